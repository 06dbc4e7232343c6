// The sociale kaart in the side panel: show the services, by category, search and filter them,
// the nearest to a spot, and the team's own lists.
import { useAtlas } from '../../state/useAtlas';
import { NearList } from './NearList';
import { OwnLists } from './OwnLists';
import { PoiCategories } from './PoiCategories';
import { PoiFilters } from './PoiFilters';

export function PoiPanel() {
  const show = useAtlas((s) => s.showPoi);
  const points = useAtlas((s) => s.voorzieningen);
  const error = useAtlas((s) => s.voorzieningenError);
  const { setShowPoi } = useAtlas.getState();
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
        <>
          <PoiCategories />
          <PoiFilters />
          <NearList />
        </>
      ) : null}
      <OwnLists />
      {show ? (
        <p className="legend-note">
          GGZ-, gehandicaptenzorg- en VVT-punten zijn organisaties op hun geregistreerde adres (bron: CIBG DigiMV 2014),
          geen zorglocaties. Scholen: bron DUO, adressen van scholen 2016. Klik op een punt voor de gegevens.
        </p>
      ) : null}
    </section>
  );
}
