// The side panel (a bottom sheet on a phone): choices, background map, share and export, the
// legend (or the comparison's explanation), own tables and the sociale kaart.
import { lazy, Suspense } from 'react';
import { useAtlas } from '../state/useAtlas';
import { Controls } from './Controls';
import { ErrorBoundary } from './ErrorBoundary';
import { Legend } from './Legend';
import { BasemapControls } from './orientation/BasemapControls';
import { OwnTables } from './ownData/OwnTables';
import { ShareExport } from './ShareExport';
import { PoiPanel } from './socialeKaart/PoiPanel';

// The comparison (and its model code) loads on first use, after the first map frame.
const ComparePanel = lazy(() => import('./compare/ComparePanel'));

export function SidePanel({ open }: { open: boolean }) {
  const comparing = useAtlas((s) => s.mode === 'vergelijken');
  return (
    <aside className="side" id="instellingen" data-open={open} aria-label="Instellingen, legenda en sociale kaart">
      <Controls />
      {comparing ? null : <BasemapControls />}
      <ShareExport />
      <ErrorBoundary
        key={`legend-${comparing ? 'vergelijken' : 'kaart'}`}
        what={comparing ? 'De uitleg van de vergelijking' : 'De legenda'}
      >
        {comparing ? (
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
      {comparing ? null : (
        <ErrorBoundary what="De sociale kaart">
          <PoiPanel />
        </ErrorBoundary>
      )}
    </aside>
  );
}
