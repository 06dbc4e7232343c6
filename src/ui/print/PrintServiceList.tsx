// The wijkteam's service list on paper: the services nearest to the chosen spot ("Dichtbij") and the
// team's own lists, each with address, phone and website. The side panel that holds them on screen
// does not print; this list is drawn only while printing, and only with the sociale kaart on.
import { formatNumber } from '../../atlas/format';
import { CATEGORIES, addressText, type Voorziening } from '../../atlas/socialeKaart';
import { selectNearest } from '../../state/selectors';
import { useAtlas } from '../../state/useAtlas';
import { distanceText } from '../socialeKaart/NearList';
import { usePrinting } from './usePrinting';

const kind = (p: Voorziening) => p.teamCategorie || CATEGORIES[p.categorie];

function ServiceRows({ points, distances }: { points: Voorziening[]; distances?: number[] }) {
  return (
    <table className="print-services">
      <thead>
        <tr>
          <th scope="col">Naam</th>
          <th scope="col">Soort</th>
          <th scope="col">Adres</th>
          <th scope="col">Telefoon</th>
          {distances ? <th scope="col">Afstand</th> : <th scope="col">Website</th>}
        </tr>
      </thead>
      <tbody>
        {points.map((p, i) => (
          <tr key={p.id}>
            <td>{p.naam}</td>
            <td>{kind(p)}</td>
            <td>{addressText(p)}</td>
            <td>{p.telefoon}</td>
            <td>{distances ? `${distanceText(distances[i])} hemelsbreed` : p.website}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function PrintServiceContent() {
  const near = useAtlas(selectNearest);
  const nearFrom = useAtlas((s) => s.nearFrom);
  const from = useAtlas((s) =>
    s.nearOrigin === 'adres' && s.address
      ? s.address.label
      : s.nearOrigin === 'voorziening' && s.poiSelected
        ? s.poiSelected.naam
        : null,
  );
  const lists = useAtlas((s) => s.ownLists);
  if (!nearFrom && lists.length === 0) return null;
  const spot = nearFrom ? `${formatNumber(nearFrom[1], 5)} N; ${formatNumber(nearFrom[0], 5)} O` : '';
  return (
    <section className="print-only print-service-list">
      {nearFrom ? (
        <>
          <h2>Dichtbij {from ?? `het gekozen punt (${spot})`}</h2>
          <ServiceRows points={near.map((n) => n.point)} distances={near.map((n) => n.metres)} />
        </>
      ) : null}
      {lists.map((list) => (
        <div key={list.id}>
          <h2>
            Eigen lijst: {list.name} ({list.points.length})
          </h2>
          <ServiceRows
            points={[...list.points].sort(
              (a, b) => kind(a).localeCompare(kind(b), 'nl') || a.naam.localeCompare(b.naam, 'nl'),
            )}
          />
        </div>
      ))}
      <p className="legend-source">
        Voorzieningen: DUO, CIBG DigiMV en adressen van ziekenhuizen en gemeentehuizen; eigen lijsten: ingelezen in deze
        browser.
      </p>
    </section>
  );
}

export function PrintServiceList() {
  const shown = useAtlas((s) => s.showPoi);
  return usePrinting() && shown ? <PrintServiceContent /> : null;
}
