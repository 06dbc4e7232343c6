// The colours of the service points, on the map next to them (the side panel has the filters).
import { useMemo } from 'react';
import { CATEGORIES, countByCategory } from '../../atlas/socialeKaart';
import { MIXED_COLOR, NEAR_COLOR, OWN_COLORS } from '../../map/poiColors';
import { cssColor } from '../../atlas/palettes';
import { PoiDot } from './PoiDot';
import { useAtlas } from '../../state/useAtlas';
import { selectOwnCategories, selectVisiblePoints } from '../../state/selectors';
import { OTHER_OWN, ownCategories, ownLegend } from '../../atlas/ownCategories';

export function PointLegend() {
  const visible = useAtlas(selectVisiblePoints);
  const nearFrom = useAtlas((s) => s.nearFrom);
  const counts = useMemo(() => countByCategory(visible), [visible]);
  const own = useAtlas(selectOwnCategories);
  const shownOwn = useMemo(() => new Set(ownCategories(visible)), [visible]);
  if (counts.length === 0) return null;
  return (
    <section className="point-legend" aria-label="Legenda voorzieningen">
      <ul>
        {counts
          .filter((c) => c.categorie !== 'eigen')
          .map((c) => (
            <li key={c.categorie}>
              <PoiDot categorie={c.categorie} />
              {CATEGORIES[c.categorie]}
            </li>
          ))}
        {ownLegend(own)
          .filter((e) => e.label === OTHER_OWN || shownOwn.has(e.label))
          .map((e) => (
            <li key={`eigen-${e.label}`} data-own-category={e.label}>
              <PoiDot color={OWN_COLORS[e.index]} own />
              {e.label}
            </li>
          ))}
        <li>
          <PoiDot color={MIXED_COLOR} />
          Groep met meer categorieën
        </li>
        {nearFrom ? (
          <li>
            <span className="poi-ring" style={{ borderColor: cssColor(NEAR_COLOR) }} />
            Dichtbij
          </li>
        ) : null}
      </ul>
    </section>
  );
}
