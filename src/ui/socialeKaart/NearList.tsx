// "Dichtbij": pick a spot on the map, and the ten nearest services with their straight-line distance.
import { formatNumber } from '../../atlas/format';
import { CATEGORIES, addressText } from '../../atlas/socialeKaart';
import { selectNearest } from '../../state/selectors';
import { useAtlas } from '../../state/useAtlas';
import type { NearOrigin } from '../../state/slices/socialeKaart';
import { PoiDot } from './PoiDot';

export const distanceText = (metres: number) =>
  metres < 1000 ? `${Math.round(metres / 10) * 10} m` : `${formatNumber(metres / 1000, 1)} km`;

/** The ten nearest services to the chosen spot, shown where "Dichtbij" was asked for. */
export function NearResults({ origin }: { origin: NearOrigin }) {
  const near = useAtlas(selectNearest);
  const nearFrom = useAtlas((s) => s.nearFrom);
  const shownHere = useAtlas((s) => s.nearOrigin === origin);
  const { selectPoi } = useAtlas.getState();
  if (!nearFrom || !shownHere) return null;
  return (
    <ol className="near-list" aria-label="Dichtstbijzijnde voorzieningen" data-near={origin}>
      {near.map(({ point, metres }) => (
        <li key={point.id}>
          <PoiDot categorie={point.categorie} />{' '}
          <button type="button" className="link-button" onClick={() => selectPoi(point)}>
            {point.naam}
          </button>
          <span className="value-note">
            {distanceText(metres)} hemelsbreed · {point.teamCategorie || CATEGORIES[point.categorie]} ·{' '}
            {addressText(point, false)}
          </span>
        </li>
      ))}
    </ol>
  );
}

export function NearList() {
  const nearFrom = useAtlas((s) => s.nearFrom);
  const picking = useAtlas((s) => s.pickingNear);
  const { setPickingNear, setNearFrom } = useAtlas.getState();
  return (
    <>
      <div className="near">
        <button type="button" aria-pressed={picking} onClick={() => setPickingNear(!picking)}>
          {picking ? 'Klik nu een plek op de kaart…' : 'Dichtbij: kies een plek op de kaart'}
        </button>
        {nearFrom ? (
          <button type="button" onClick={() => setNearFrom(null)}>
            Wissen
          </button>
        ) : null}
      </div>
      <NearResults origin="paneel" />
    </>
  );
}
