// Page layout: controls and legend beside the map; the map area shows load errors in place.
import { lazy, Suspense, useEffect, useState } from 'react';
import { ATTRIBUTION } from '../atlas/assets';
import { LEVEL_LABELS, isParentCode, liesIn, levelTitle } from '../atlas/geography';
import { useAtlas } from '../state/useAtlas';
import { selectAreaCodes, selectAreas, selectFeatureColors, selectLoadError } from '../state/selectors';
import { Controls } from './Controls';
import { InfoPanel } from './profile/InfoPanel';
import { loadForView } from './loadForView';
import { Legend } from './Legend';
import { Notices } from './Notices';
import { Search } from './Search';
import { MapPane } from './MapPane';
import { Tooltip } from './Tooltip';
import { PoiPanel } from './socialeKaart/PoiPanel';
import { ServicePanel } from './socialeKaart/ServicePanel';
import { PointLegend } from './socialeKaart/PointLegend';
import { BasemapControls } from './orientation/BasemapControls';
import { AddressBar } from './orientation/AddressBar';
import { KADASTER_ATTRIBUTION } from '../map/pdok';
import { OwnTables } from './ownData/OwnTables';
import { ShareExport } from './ShareExport';
import { useFileDrop } from './ownData/useFileDrop';
import { ErrorBoundary } from './ErrorBoundary';
import { onKeptChange } from '../state/kept';

// The comparison (and its model code) loads on first use, after the first map frame.
const CompareView = lazy(() => import('./compare/CompareView'));
const ComparePanel = lazy(() => import('./compare/ComparePanel'));
const PinnedComparison = lazy(() => import('./compare/PinnedComparison'));

export function App() {
  const level = useAtlas((s) => s.level);
  const year = useAtlas((s) => s.year);
  const loaded = useAtlas((s) => Boolean(selectAreaCodes(s) && selectAreas(s)));
  const loadError = useAtlas(selectLoadError);
  const areas = useAtlas(selectAreas);
  const selection = useAtlas((s) => s.selection);
  const mode = useAtlas((s) => s.mode);
  const pinCount = useAtlas((s) => s.pins.length);
  const basemap = useAtlas((s) => s.basemap);
  const { ensureLayer, addNotice, select, setMode } = useAtlas.getState();

  const hasSelection = selection !== null;
  useEffect(() => {
    loadForView({ level, year, mode, selection: hasSelection });
  }, [level, year, mode, hasSelection]);

  const showPoi = useAtlas((s) => s.showPoi);
  useEffect(() => {
    void useAtlas.getState().loadOwnLists();
    void useAtlas.getState().loadOwn();
    // Another tab imported or removed a list or table: read them again.
    return onKeptChange((kind) => void useAtlas.getState().refreshKept(kind));
  }, []);
  // Escape closes the topmost panel: the service, then the profile or list, then the found address.
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== 'Escape' || e.defaultPrevented || document.querySelector('dialog[open]')) return;
      const s = useAtlas.getState();
      if (s.poiSelected) s.selectPoi(null);
      else if (s.selection) s.select(null);
      else if (s.address) s.showAddress(null);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
  // On a phone the side panel is a bottom sheet, opened and closed from the header.
  const [sheetOpen, setSheetOpen] = useState(false);
  const drop = useFileDrop();
  useEffect(() => {
    if (showPoi) void useAtlas.getState().ensureVoorzieningen();
  }, [showPoi]);

  useEffect(() => {
    // A gemeente or wijk that is the focus of its wijken or buurten exists when one of them does.
    const known = (code: string) =>
      isParentCode(code, level) ? areas?.codes.some((c) => liesIn(c, code)) : areas?.codes.includes(code);
    if (areas && selection && !known(selection)) {
      addNotice(`Gebied ${selection} bestaat niet in ${LEVEL_LABELS[level].many} ${year}; er is niets geselecteerd.`);
      select(null);
    }
  }, [areas, selection, level, year, addNotice, select]);

  return (
    <div className="app" {...drop.handlers} data-dropping={drop.over || undefined}>
      <header className="top">
        <h1>
          Wijkatlas <span className="subtitle">sociaal domein</span>
        </h1>
        <nav className="modes" aria-label="Weergave">
          <button type="button" aria-pressed={mode === 'kaart'} onClick={() => setMode('kaart')}>
            Kaart
          </button>
          <button type="button" aria-pressed={mode === 'vergelijken'} onClick={() => setMode('vergelijken')}>
            Regio's vergelijken
          </button>
        </nav>
        <button
          type="button"
          className="sheet-toggle"
          aria-expanded={sheetOpen}
          aria-controls="instellingen"
          onClick={() => setSheetOpen(!sheetOpen)}
        >
          {sheetOpen ? 'Kaart tonen' : 'Instellingen'}
        </button>
        <Search />
      </header>
      <aside
        className="side"
        id="instellingen"
        data-open={sheetOpen}
        aria-label="Instellingen, legenda en sociale kaart"
      >
        <Controls />
        {mode === 'vergelijken' ? null : <BasemapControls />}
        <ShareExport />
        <ErrorBoundary
          key={`legend-${mode}`}
          what={mode === 'vergelijken' ? 'De uitleg van de vergelijking' : 'De legenda'}
        >
          {mode === 'vergelijken' ? (
            <Suspense fallback={<p>Vergelijking laden…</p>}>
              <ComparePanel />
            </Suspense>
          ) : (
            <Legend />
          )}
        </ErrorBoundary>
        <ErrorBoundary what="Eigen tabellen">
          <OwnTables />
        </ErrorBoundary>
        {mode === 'vergelijken' ? null : (
          <ErrorBoundary what="De sociale kaart">
            <PoiPanel />
          </ErrorBoundary>
        )}
      </aside>
      <main className="main" aria-busy={!loaded && !loadError} data-mode={mode}>
        <ErrorBoundary key={`main-${mode}`} overlay what={mode === 'vergelijken' ? 'De vergelijking' : 'De kaart'}>
          {mode === 'vergelijken' ? (
            <Suspense
              fallback={
                <div className="map-status" role="status">
                  Vergelijking laden…
                </div>
              }
            >
              <CompareView />
            </Suspense>
          ) : (
            <MapPane id="kaart" colors={selectFeatureColors} label="Kaart van Nederland">
              <Tooltip map="kaart" />
            </MapPane>
          )}
        </ErrorBoundary>
        {!loaded && !loadError ? (
          <div className="map-status" role="status">
            {levelTitle(level)} {year} laden…
          </div>
        ) : null}
        {loadError ? (
          <div className="map-error" role="alert">
            <p>
              <strong>De kaart kon niet worden geladen.</strong> {loadError}
            </p>
            <button type="button" onClick={() => void ensureLayer(level, year)}>
              Opnieuw proberen
            </button>
          </div>
        ) : null}
        <Notices />
        <ErrorBoundary what="Het profiel">
          <InfoPanel />
        </ErrorBoundary>
        {mode === 'vergelijken' ? null : (
          <ErrorBoundary what="De voorziening">
            <ServicePanel />
            <PointLegend />
            <AddressBar />
          </ErrorBoundary>
        )}
        {pinCount > 0 ? (
          <ErrorBoundary what="De vergelijking van vastgepinde gebieden">
            <Suspense fallback={null}>
              <PinnedComparison />
            </Suspense>
          </ErrorBoundary>
        ) : null}
        <p className="attribution">
          {ATTRIBUTION} · CC BY 4.0{basemap !== 'geen' && mode !== 'vergelijken' ? ` · ${KADASTER_ATTRIBUTION}` : ''}
        </p>
      </main>
    </div>
  );
}
