// "In dit gebied": the services inside the selected area, grouped by category with counts.
import { useMemo } from 'react';
import { CATEGORIES, addressText, filterPoints, inArea } from '../../atlas/socialeKaart';
import { PoiDot } from './PoiDot';
import { useAtlas } from '../../state/useAtlas';
import { selectAllPoints, selectAreas, selectGeometry } from '../../state/selectors';
import { booleanPointInPolygon } from '@turf/turf';

export function AreaPoints({ code }: { code: string }) {
  const loaded = useAtlas((s) => s.voorzieningen !== null);
  const points = useAtlas(selectAllPoints);
  const geometry = useAtlas(selectGeometry);
  const chosen = useAtlas((s) => s.poiCategories);
  const areas = useAtlas(selectAreas);
  const year = useAtlas((s) => s.year);
  const { ensureVoorzieningen } = useAtlas.getState();
  const row = areas ? areas.codes.indexOf(code) : -1;
  const members = row >= 0 ? areas?.members?.[row] : undefined;
  const groups = useMemo(() => {
    if (!loaded) return [];
    // Own points carry no area codes: they are tested against the area's shape on the map.
    const shape = geometry?.features.find((f) => f.properties.code === code);
    const own = points.filter((p) => p.categorie === 'eigen' && shape && booleanPointInPolygon([p.lon, p.lat], shape));
    const inside = filterPoints(
      [
        ...inArea(
          points.filter((p) => p.categorie !== 'eigen'),
          code,
          members,
        ),
        ...own,
      ],
      { categories: chosen },
    );
    return (Object.keys(CATEGORIES) as (keyof typeof CATEGORIES)[])
      .map((c) => ({
        categorie: c,
        items: inside.filter((p) => p.categorie === c).sort((a, b) => a.naam.localeCompare(b.naam, 'nl')),
      }))
      .filter((g) => g.items.length > 0);
  }, [loaded, points, geometry, code, members, chosen]);
  if (year !== 2015) return null;
  if (!loaded)
    return (
      <button type="button" className="area-points-load" onClick={() => void ensureVoorzieningen()}>
        Voorzieningen in dit gebied tonen
      </button>
    );
  const total = groups.reduce((n, g) => n + g.items.length, 0);
  return (
    <div className="area-points">
      <h3>Voorzieningen in dit gebied ({total})</h3>
      {total === 0 ? <p>Geen voorzieningen uit de bronnen in dit gebied.</p> : null}
      {groups.map((g) => (
        <details key={g.categorie}>
          <summary>
            <PoiDot categorie={g.categorie} /> {CATEGORIES[g.categorie]} ({g.items.length})
          </summary>
          <ul className="poi-list">
            {g.items.map((p) => (
              <li key={p.id}>
                <strong>{p.naam}</strong>
                {p.teamCategorie ? <span className="value-note">{p.teamCategorie}</span> : null}
                <span className="value-note">
                  {addressText(p)}
                  {p.telefoon ? ` · ${p.telefoon}` : ''}
                </span>
                {p.website ? (
                  <a href={p.website} target="_blank" rel="noopener noreferrer">
                    website
                  </a>
                ) : null}
              </li>
            ))}
          </ul>
        </details>
      ))}
      <div className="print-only">
        {groups.map((g) => (
          <div key={g.categorie}>
            <h4>
              {CATEGORIES[g.categorie]} ({g.items.length})
            </h4>
            <ul>
              {g.items.map((p) => (
                <li key={p.id}>
                  {p.naam} — {addressText(p)}
                  {p.telefoon ? `, tel. ${p.telefoon}` : ''}
                  {p.website ? `, ${p.website}` : ''}
                </li>
              ))}
            </ul>
          </div>
        ))}
      </div>
      <p className="legend-note">
        Punten in dit gebied volgens de kaartgrenzen; bronnen: DUO (scholen 2016), CIBG DigiMV (zorgorganisaties 2014),
        adressen van ziekenhuizen en gemeentehuizen (2016).
      </p>
    </div>
  );
}
