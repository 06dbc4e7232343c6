// Page layout: controls and legend beside the map; the map area shows load errors in place.
import { useEffect } from 'react';
import { ATTRIBUTION } from '../atlas/assets';
import { LEVEL_LABELS, levelTitle } from '../atlas/geography';
import { AtlasMap } from '../map/AtlasMap';
import { useAtlas } from '../state/useAtlas';
import { selectAreas, selectGeometry, selectLoadError } from '../state/selectors';
import { Controls } from './Controls';
import { InfoPanel } from './InfoPanel';
import { Legend } from './Legend';
import { Notices } from './Notices';
import { Search } from './Search';
import { Tooltip } from './Tooltip';

export function App() {
  const level = useAtlas((s) => s.level);
  const year = useAtlas((s) => s.year);
  const loaded = useAtlas((s) => Boolean(selectGeometry(s) && selectAreas(s)));
  const loadError = useAtlas(selectLoadError);
  const areas = useAtlas(selectAreas);
  const selection = useAtlas((s) => s.selection);
  const { ensureLayer, addNotice, select } = useAtlas.getState();

  useEffect(() => {
    void ensureLayer(level, year);
    // Gemeente names label every level's map.
    if (level !== 'gemeente') void ensureLayer('gemeente', year);
  }, [level, year, ensureLayer]);

  useEffect(() => {
    if (areas && selection && !areas.codes.includes(selection)) {
      addNotice(`Gebied ${selection} bestaat niet in ${LEVEL_LABELS[level].many} ${year}; er is niets geselecteerd.`);
      select(null);
    }
  }, [areas, selection, level, year, addNotice, select]);

  return (
    <div className="app">
      <header className="top">
        <h1>Wijkatlas <span className="subtitle">sociaal domein</span></h1>
        <Search />
      </header>
      <aside className="side">
        <Controls />
        <Legend />
      </aside>
      <main className="main" aria-busy={!loaded && !loadError}>
        <AtlasMap />
        <div className="crosshair" aria-hidden="true" />
        {!loaded && !loadError ? <div className="map-status" role="status">{levelTitle(level)} {year} laden…</div> : null}
        {loadError ? (
          <div className="map-error" role="alert">
            <p><strong>De kaart kon niet worden geladen.</strong> {loadError}</p>
            <button type="button" onClick={() => void ensureLayer(level, year)}>Opnieuw proberen</button>
          </div>
        ) : null}
        <Tooltip />
        <Notices />
        <InfoPanel />
        <p className="attribution">{ATTRIBUTION} · CC BY 4.0</p>
      </main>
    </div>
  );
}
