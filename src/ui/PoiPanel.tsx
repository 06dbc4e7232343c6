// The sociale kaart's controls: show the points, pick categories, with colours and counts.
import { useMemo } from 'react';
import { CATEGORIES, countByCategory, type Category } from '../atlas/socialeKaart';
import { POI_COLORS, cssColor } from '../map/poiColors';
import { useAtlas } from '../state/useAtlas';

export function PoiPanel() {
  const show = useAtlas((s) => s.showPoi);
  const points = useAtlas((s) => s.voorzieningen);
  const error = useAtlas((s) => s.voorzieningenError);
  const chosen = useAtlas((s) => s.poiCategories);
  const { setShowPoi, setPoiCategories } = useAtlas.getState();
  const counts = useMemo(() => (points ? countByCategory(points) : []), [points]);
  const toggle = (c: Category, on: boolean) => {
    const current = chosen.length > 0 ? chosen : counts.map((k) => k.categorie);
    setPoiCategories(on ? [...current, c] : current.filter((k) => k !== c));
  };
  return (
    <section className="poi-panel" aria-labelledby="poi-title">
      <h2 id="poi-title">Sociale kaart</h2>
      <label className="check"><input type="checkbox" checked={show} onChange={(e) => setShowPoi(e.target.checked)} /> Voorzieningen op de kaart</label>
      {show && !points && !error ? <p role="status">Voorzieningen laden…</p> : null}
      {error ? <p className="field-error" role="alert">{error}</p> : null}
      {show && points ? (
        <fieldset className="poi-categories">
          <legend className="visually-hidden">Categorieën</legend>
          {counts.map((c) => (
            <label key={c.categorie} className="check">
              <input type="checkbox" checked={chosen.length === 0 || chosen.includes(c.categorie)} onChange={(e) => toggle(c.categorie, e.target.checked)} />
              <span className="poi-dot" style={{ background: cssColor(POI_COLORS[c.categorie]) }} />
              {CATEGORIES[c.categorie]} <span className="value-note-inline">({c.count.toLocaleString('nl-NL')})</span>
            </label>
          ))}
        </fieldset>
      ) : null}
      {show ? <p className="legend-note">GGZ-, gehandicaptenzorg- en VVT-punten zijn organisaties op hun geregistreerde adres (DigiMV 2014), geen zorglocaties. Scholen: DUO 2016.</p> : null}
    </section>
  );
}
