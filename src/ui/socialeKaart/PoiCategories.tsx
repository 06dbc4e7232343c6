// The categories of the sociale kaart with their colours and counts: tick to show, or "alleen deze".
import { useMemo } from 'react';
import { CATEGORIES, countByCategory, type Category } from '../../atlas/socialeKaart';
import { selectAllPoints } from '../../state/selectors';
import { useAtlas } from '../../state/useAtlas';
import { PoiDot } from './PoiDot';

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
      {chosen.length > 0 ? (
        <button type="button" className="link-button" onClick={() => setPoiCategories([])}>
          alle categorieën tonen
        </button>
      ) : null}
    </fieldset>
  );
}
