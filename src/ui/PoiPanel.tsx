// The sociale kaart's controls: show the points, pick categories, with colours and counts.
import { useMemo } from 'react';
import { CATEGORIES, countByCategory, type Category } from '../atlas/socialeKaart';
import { POI_COLORS, cssColor } from '../map/poiColors';
import { useAtlas } from '../state/useAtlas';
import { selectNearest, selectVisiblePoints } from '../state/selectors';
import { formatNumber } from '../atlas/format';

export function PoiPanel() {
  const show = useAtlas((s) => s.showPoi);
  const points = useAtlas((s) => s.voorzieningen);
  const error = useAtlas((s) => s.voorzieningenError);
  const chosen = useAtlas((s) => s.poiCategories);
  const text = useAtlas((s) => s.poiText);
  const visible = useAtlas(selectVisiblePoints);
  const near = useAtlas(selectNearest);
  const nearFrom = useAtlas((s) => s.nearFrom);
  const picking = useAtlas((s) => s.pickingNear);
  const { setShowPoi, setPoiCategories, setPoiText, setPickingNear, setNearFrom } = useAtlas.getState();
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
      {show && points ? (
        <>
          <label htmlFor="poi-text">Zoek op naam, straat, postcode of plaats</label>
          <input id="poi-text" type="search" value={text} onChange={(e) => setPoiText(e.target.value)} placeholder="bijv. 3317 AM of Albatros" />
          <p className="legend-note" role="status">{visible.length.toLocaleString('nl-NL')} voorzieningen op de kaart{visible.length > 0 ? '; donkergrijze groepen bevatten meer categorieën' : ''}.</p>
          <div className="near">
            <button type="button" aria-pressed={picking} onClick={() => setPickingNear(!picking)}>{picking ? 'Klik nu een plek op de kaart…' : 'Dichtbij: kies een plek op de kaart'}</button>
            {nearFrom ? <button type="button" onClick={() => setNearFrom(null)}>Wissen</button> : null}
          </div>
          {nearFrom ? (
            <ol className="near-list" aria-label="Dichtstbijzijnde voorzieningen">
              {near.map(({ point, metres }) => (
                <li key={point.id}>
                  <span className="poi-dot" style={{ background: cssColor(POI_COLORS[point.categorie]) }} /> {point.naam}
                  <span className="value-note">{metres < 1000 ? `${Math.round(metres / 10) * 10} m` : `${formatNumber(metres / 1000, 1)} km`} hemelsbreed · {CATEGORIES[point.categorie]} · {[`${point.straat} ${point.huisnummer}`.trim(), point.plaats].filter(Boolean).join(', ')}</span>
                </li>
              ))}
            </ol>
          ) : null}
        </>
      ) : null}
      {show ? <p className="legend-note">GGZ-, gehandicaptenzorg- en VVT-punten zijn organisaties op hun geregistreerde adres (DigiMV 2014), geen zorglocaties. Scholen: DUO 2016.</p> : null}
    </section>
  );
}
