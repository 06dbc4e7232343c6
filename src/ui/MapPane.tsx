// A map with its tooltip (given as children) and keyboard crosshair. The map module (maplibre)
// loads beside the first data, not before it: the page starts fetching the areas at once.
import { lazy, startTransition, Suspense, useEffect, useState, type ReactNode } from 'react';
import type { AtlasMapProps } from '../map/AtlasMap';
import { useAtlas } from '../state/useAtlas';

const AtlasMap = lazy(() => import('../map/AtlasMap').then((m) => ({ default: m.AtlasMap })));

export function MapPane({ children, ...props }: AtlasMapProps & { children?: ReactNode }) {
  // A page opened on a selected area (a shared link) shows its profile first: the map is made in a
  // transition, after the updates that draw the profile (made first, it held the profile back ~0.4 s).
  const [mounted, setMounted] = useState(() => useAtlas.getState().selection === null);
  useEffect(() => {
    if (!mounted) startTransition(() => setMounted(true));
  }, [mounted]);
  const busy = <div className="map" role="region" aria-label={props.label} aria-busy="true" />;
  return (
    <div className="map-pane">
      <Suspense fallback={busy}>{mounted ? <AtlasMap {...props} /> : busy}</Suspense>
      <div className="crosshair" aria-hidden="true" />
      {children}
    </div>
  );
}
