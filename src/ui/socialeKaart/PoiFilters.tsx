// Search the services by name, street, postcode or place, and filter by law and access; up to 25
// matches are listed with a "Dichtbij deze" button.
import { addressText } from '../../atlas/socialeKaart';
import { selectAllPoints, selectVisiblePoints } from '../../state/selectors';
import { useAtlas } from '../../state/useAtlas';

export function PoiFilters() {
  const text = useAtlas((s) => s.poiText);
  const wet = useAtlas((s) => s.poiWet);
  const toegang = useAtlas((s) => s.poiToegang);
  const all = useAtlas(selectAllPoints);
  const visible = useAtlas(selectVisiblePoints);
  const { setPoiText, setPoiWet, setPoiToegang, selectPoi, setNearFrom } = useAtlas.getState();
  const values = (key: 'wet' | 'toegang') =>
    [...new Set(all.map((p) => p[key]))].sort((a, b) => a.localeCompare(b, 'nl'));
  const options = (key: 'wet' | 'toegang') =>
    values(key).map((v) => (
      <option key={v || 'leeg'} value={v} disabled={v === ''}>
        {v || '(onbekend in de bron)'}
      </option>
    ));
  return (
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
          {options('wet')}
        </select>
        <label htmlFor="poi-toegang">Toegang</label>
        <select id="poi-toegang" value={toegang} onChange={(e) => setPoiToegang(e.target.value)}>
          <option value="">alle</option>
          {options('toegang')}
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
    </>
  );
}
