// The categories of the sociale kaart with their colours and counts: tick to show, or "alleen deze".
import { useMemo } from 'react';
import { CATEGORIES, countByCategory, type Category } from '../../atlas/socialeKaart';
import { selectAllPoints, selectOwnCategories } from '../../state/selectors';
import { ownColorIndex } from '../../atlas/ownCategories';
import { OWN_COLORS } from '../../map/poiColors';
import { useAtlas } from '../../state/useAtlas';
import { PoiDot } from './PoiDot';

/** The team's own categories, each with its colour and a tick to show or hide it. */
function OwnCategoryFilter() {
  const own = useAtlas(selectOwnCategories);
  const hidden = useAtlas((s) => s.hiddenOwnCategories);
  const { setHiddenOwnCategories } = useAtlas.getState();
  if (own.length === 0) return null;
  return (
    <ul className="own-categories" aria-label="Eigen categorieën">
      {own.map((c) => (
        <li key={c}>
          <label className="check">
            <input
              type="checkbox"
              checked={!hidden.includes(c)}
              onChange={(e) =>
                setHiddenOwnCategories(e.target.checked ? hidden.filter((h) => h !== c) : [...hidden, c])
              }
            />
            <PoiDot color={OWN_COLORS[ownColorIndex(own, c)]} own />
            {c}
          </label>
        </li>
      ))}
    </ul>
  );
}

export function PoiCategories() {
  const chosen = useAtlas((s) => s.poiCategories);
  const all = useAtlas(selectAllPoints);
  const { setPoiCategories } = useAtlas.getState();
  const counts = useMemo(() => countByCategory(all), [all]);
  const toggle = (c: Category, on: boolean) => {
    const current = chosen.length > 0 ? chosen : counts.map((k) => k.categorie);
    setPoiCategories(on ? [...current, c] : current.filter((k) => k !== c));
  };
  return (
    <fieldset className="poi-categories">
      <legend className="visually-hidden">Categorieën</legend>
      {counts.map((c) => (
        <div key={c.categorie} className="poi-category">
          <label className="check">
            <input
              type="checkbox"
              checked={chosen.length === 0 || chosen.includes(c.categorie)}
              onChange={(e) => toggle(c.categorie, e.target.checked)}
            />
            <PoiDot categorie={c.categorie} />
            {CATEGORIES[c.categorie]} <span className="value-note-inline">({c.count.toLocaleString('nl-NL')})</span>
          </label>
          <button
            type="button"
            className="link-button"
            onClick={() => setPoiCategories([c.categorie])}
            aria-label={`alleen deze: ${CATEGORIES[c.categorie]}`}
          >
            alleen deze
          </button>
        </div>
      ))}
      <OwnCategoryFilter />
      {chosen.length > 0 ? (
        <button type="button" className="link-button" onClick={() => setPoiCategories([])}>
          alle categorieën tonen
        </button>
      ) : null}
    </fieldset>
  );
}
