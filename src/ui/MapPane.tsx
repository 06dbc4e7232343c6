// A map with its tooltip (given as children) and keyboard crosshair. The map module (maplibre)
// loads beside the first data, not before it: the page starts fetching the areas at once.
import { lazy, Suspense, type ReactNode } from 'react';
import type { AtlasMapProps } from '../map/AtlasMap';

const AtlasMap = lazy(() => import('../map/AtlasMap').then((m) => ({ default: m.AtlasMap })));

export function MapPane({ children, ...props }: AtlasMapProps & { children?: ReactNode }) {
  return (
    <div className="map-pane">
      <Suspense fallback={<div className="map" role="region" aria-label={props.label} aria-busy="true" />}>
        <AtlasMap {...props} />
      </Suspense>
      <div className="crosshair" aria-hidden="true" />
      {children}
    </div>
  );
}
