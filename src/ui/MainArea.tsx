// The map area: the map (or the comparison's maps), its load state and errors in place, the
// notices, the profile (in the comparison's side column when comparing), the service panel and the pinned comparison, and the attribution.
import { lazy, Suspense } from 'react';
import { ATTRIBUTION } from '../atlas/assets';
import { levelTitle } from '../atlas/geography';
import { KADASTER_ATTRIBUTION } from '../map/pdok';
import { selectAreaCodes, selectAreas, selectLoadError } from '../state/selectors';
import { selectMapColors } from '../state/withinSelectors';
import { useAtlas } from '../state/useAtlas';
import { ErrorBoundary } from './ErrorBoundary';
import { MapPane } from './MapPane';
import { Notices } from './Notices';
import { PrintFooter } from './print/PrintFooter';
import { PrintServiceList } from './print/PrintServiceList';
import { AddressBar } from './orientation/AddressBar';
import { InfoPanel } from './profile/InfoPanel';
import { PointLegend } from './socialeKaart/PointLegend';
import { ServicePanel } from './socialeKaart/ServicePanel';
import { Tooltip } from './Tooltip';

// The comparison (and its model code) loads on first use, after the first map frame.
const CompareView = lazy(() => import('./compare/CompareView'));
const PinnedComparison = lazy(() => import('./compare/PinnedComparison'));

function LoadState() {
  const level = useAtlas((s) => s.level);
  const year = useAtlas((s) => s.year);
  const loaded = useAtlas((s) => Boolean(selectAreaCodes(s) && selectAreas(s)));
  const loadError = useAtlas(selectLoadError);
  if (loadError)
    return (
      <div className="map-error" role="alert">
        <p>
          <strong>De kaart kon niet worden geladen.</strong> {loadError}
        </p>
        <button type="button" onClick={() => void useAtlas.getState().ensureLayer(level, year)}>
          Opnieuw proberen
        </button>
      </div>
    );
  return loaded ? null : (
    <div className="map-status" role="status">
      {levelTitle(level)} {year} laden…
    </div>
  );
}

export function MainArea() {
  const loading = useAtlas((s) => !(selectAreaCodes(s) && selectAreas(s)) && !selectLoadError(s));
  const comparing = useAtlas((s) => s.mode === 'vergelijken');
  const pinCount = useAtlas((s) => s.pins.length);
  const basemap = useAtlas((s) => s.basemap);
  return (
    <main className="main" aria-busy={loading} data-mode={comparing ? 'vergelijken' : 'kaart'}>
      <ErrorBoundary
        key={`main-${comparing ? 'vergelijken' : 'kaart'}`}
        overlay
        what={comparing ? 'De vergelijking' : 'De kaart'}
      >
        {comparing ? (
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
          <MapPane id="kaart" colors={selectMapColors} label="Kaart van Nederland">
            <Tooltip map="kaart" />
          </MapPane>
        )}
      </ErrorBoundary>
      <LoadState />
      <Notices />
      {comparing ? null : (
        <ErrorBoundary what="Het profiel">
          <InfoPanel />
        </ErrorBoundary>
      )}
      {comparing ? null : (
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
        {ATTRIBUTION} · CC BY 4.0{basemap !== 'geen' && !comparing ? ` · ${KADASTER_ATTRIBUTION}` : ''}
      </p>
      <PrintServiceList />
      <PrintFooter />
    </main>
  );
}
