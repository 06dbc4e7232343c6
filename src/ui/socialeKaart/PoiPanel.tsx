// The sociale kaart's controls: show the points, pick categories, with colours and counts.
import { useMemo } from 'react';
import { CATEGORIES, addressText, countByCategory, type Category } from '../../atlas/socialeKaart';
import { PoiDot } from './PoiDot';
import { useAtlas } from '../../state/useAtlas';
import { selectAllPoints, selectNearest, selectVisiblePoints } from '../../state/selectors';
import { formatNumber } from '../../atlas/format';
import { download } from '../download';

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
  const ownLists = useAtlas((s) => s.ownLists);
  const wet = useAtlas((s) => s.poiWet);
  const toegang = useAtlas((s) => s.poiToegang);
  const { setPoiWet, setPoiToegang } = useAtlas.getState();
  const values = (key: 'wet' | 'toegang') =>
    [...new Set(all.map((p) => p[key]))].sort((a, b) => a.localeCompare(b, 'nl'));
  const report = useAtlas((s) => s.importReport);
  const skipped = report ? report.errors.filter((e) => !e.kept).length : 0;
  const {
    setShowPoi,
    setPoiCategories,
    setPoiText,
    setPickingNear,
    setNearFrom,
    importOwnList,
    removeOwnList,
    selectPoi,
  } = useAtlas.getState();
  const exportCsv = async () => {
    const { pointsCsv } = await import('../../atlas/pointsCsv');
    download(new Blob([pointsCsv(visible)], { type: 'text/csv;charset=utf-8' }), 'voorzieningen.csv');
  };
  const all = useAtlas(selectAllPoints);
  const counts = useMemo(() => (points ? countByCategory(all) : []), [points, all]);
  const toggle = (c: Category, on: boolean) => {
    const current = chosen.length > 0 ? chosen : counts.map((k) => k.categorie);
    setPoiCategories(on ? [...current, c] : current.filter((k) => k !== c));
  };
  return (
    <section className="poi-panel" aria-labelledby="poi-title">
      <h2 id="poi-title">Sociale kaart</h2>
      <label className="check">
        <input type="checkbox" checked={show} onChange={(e) => setShowPoi(e.target.checked)} /> Voorzieningen op de
        kaart
      </label>
      {show && !points && !error ? <p role="status">Voorzieningen laden…</p> : null}
      {error ? (
        <p className="field-error" role="alert">
          {error}
        </p>
      ) : null}
      {show && points ? (
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
      ) : null}
      {show && points ? (
        <>
          <label htmlFor="poi-text">Zoek op naam, straat, postcode of plaats</label>
          <input
            id="poi-text"
            type="search"
            value={text}
            onChange={(e) => setPoiText(e.target.value)}
            placeholder="bijv. 3317 AM of Albatros"
          />
          <div className="poi-selects">
            <label htmlFor="poi-wet">Wet</label>
            <select id="poi-wet" value={wet} onChange={(e) => setPoiWet(e.target.value)}>
              <option value="">alle</option>
              {values('wet').map((v) => (
                <option key={v || 'leeg'} value={v} disabled={v === ''}>
                  {v || '(onbekend in de bron)'}
                </option>
              ))}
            </select>
            <label htmlFor="poi-toegang">Toegang</label>
            <select id="poi-toegang" value={toegang} onChange={(e) => setPoiToegang(e.target.value)}>
              <option value="">alle</option>
              {values('toegang').map((v) => (
                <option key={v || 'leeg'} value={v} disabled={v === ''}>
                  {v || '(onbekend in de bron)'}
                </option>
              ))}
            </select>
          </div>
          {text.trim() && visible.length > 0 && visible.length <= 25 ? (
            <ul className="poi-results" aria-label="Gevonden voorzieningen">
              {visible.map((p) => (
                <li key={p.id}>
                  <button type="button" className="link-button" onClick={() => selectPoi(p)}>
                    {p.naam}
                  </button>
                  <span className="value-note">{addressText(p)}</span>
                  <button type="button" onClick={() => setNearFrom([p.lon, p.lat])}>
                    Dichtbij deze
                  </button>
                </li>
              ))}
            </ul>
          ) : null}
          <p className="legend-note" role="status">
            {visible.length.toLocaleString('nl-NL')} voorzieningen op de kaart
            {visible.length > 0 ? '; donkergrijze groepen bevatten meer categorieën' : ''}.
          </p>
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
          {nearFrom ? (
            <ol className="near-list" aria-label="Dichtstbijzijnde voorzieningen">
              {near.map(({ point, metres }) => (
                <li key={point.id}>
                  <PoiDot categorie={point.categorie} />{' '}
                  <button type="button" className="link-button" onClick={() => selectPoi(point)}>
                    {point.naam}
                  </button>
                  <span className="value-note">
                    {metres < 1000 ? `${Math.round(metres / 10) * 10} m` : `${formatNumber(metres / 1000, 1)} km`}{' '}
                    hemelsbreed · {CATEGORIES[point.categorie]} · {addressText(point, false)}
                  </span>
                </li>
              ))}
            </ol>
          ) : null}
        </>
      ) : null}
      <div className="own-lists">
        <h3>Eigen lijst</h3>
        <label htmlFor="own-list-file">Importeer CSV of GeoJSON (naam, categorie, adres, en lat/lon of RD x/y)</label>
        <input
          id="own-list-file"
          type="file"
          accept=".csv,.txt,.geojson,.json,text/csv,application/geo+json,application/json"
          onChange={(e) => {
            const f = e.target.files?.[0];
            if (f) void importOwnList(f);
            e.target.value = '';
          }}
        />
        <p className="legend-note">De lijst blijft in deze browser (IndexedDB) en wordt nergens heen gestuurd.</p>
        {report ? (
          <div className="import-report" role="status">
            <p>
              <strong>{report.file}</strong>: {report.imported} {report.imported === 1 ? 'punt' : 'punten'} ingelezen
              {skipped > 0 ? `, ${skipped} ${skipped === 1 ? 'fout' : 'fouten'} (die regels zijn overgeslagen)` : ''}
              {report.errors.length > skipped
                ? `, ${report.errors.length - skipped} ${report.errors.length - skipped === 1 ? 'opmerking' : 'opmerkingen'} bij ingelezen regels`
                : ''}
              .
            </p>
            {report.errors.length > 0 ? (
              <ul className="import-errors">
                {report.errors.slice(0, 50).map((e, i) => (
                  <li key={i}>
                    {e.row > 0 ? `regel ${e.row}` : 'bestand'}
                    {e.column ? `, kolom ${e.column}` : ''}: {e.message}
                  </li>
                ))}
                {report.errors.length > 50 ? <li>… en nog {report.errors.length - 50}</li> : null}
              </ul>
            ) : null}
          </div>
        ) : null}
        {ownLists.length > 0 ? (
          <ul className="own-list-items">
            {ownLists.map((l) => (
              <li key={l.id}>
                {l.name} ({l.points.length}){' '}
                <button
                  type="button"
                  onClick={() => void removeOwnList(l.id)}
                  aria-label={`Lijst ${l.name} verwijderen`}
                >
                  Verwijderen
                </button>
              </li>
            ))}
          </ul>
        ) : null}
        {show && visible.length > 0 ? (
          <button type="button" onClick={() => void exportCsv()}>
            Exporteer de getoonde lijst (CSV, {visible.length})
          </button>
        ) : null}
      </div>
      {show ? (
        <p className="legend-note">
          GGZ-, gehandicaptenzorg- en VVT-punten zijn organisaties op hun geregistreerde adres (bron: CIBG DigiMV 2014),
          geen zorglocaties. Scholen: bron DUO, adressen van scholen 2016. Klik op een punt voor de gegevens.
        </p>
      ) : null}
    </section>
  );
}
