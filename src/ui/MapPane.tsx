// A map with its tooltip (given as children) and keyboard crosshair.
import type { ReactNode } from 'react';
import { AtlasMap, type AtlasMapProps } from '../map/AtlasMap';

export function MapPane({ children, ...props }: AtlasMapProps & { children?: ReactNode }) {
  return (
    <div className="map-pane">
      <AtlasMap {...props} />
      <div className="crosshair" aria-hidden="true" />
      {children}
    </div>
  );
}
