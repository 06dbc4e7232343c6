// The map's camera on request: after a change of level that kept the place it frames the place
// again (the gemeente's wijken, the wijk's buurten); after a search it flies to the result. The
// area is framed beside the panels that lie over the map (fitPadding).
import { useEffect, useRef } from 'react';
import { bbox } from '@turf/turf';
import type { AreaFeature } from '../atlas/regionGeometry';
import { useAtlas } from '../state/useAtlas';
import { fitPadding } from './fitPadding';
import type { MapParts } from './useMapInstance';

export function useCamera(
  parts: MapParts | null,
  ready: boolean,
  variant: string | undefined,
  selectedShapes: AreaFeature[],
): void {
  const focusId = useAtlas((s) => s.focusId);
  const flyTo = useAtlas((s) => s.flyTo);
  const framed = useRef(0);

  useEffect(() => {
    if (!parts || !ready || variant || selectedShapes.length === 0 || framed.current === focusId) return;
    framed.current = focusId;
    const [w, s, e, n] = bbox({ type: 'FeatureCollection', features: selectedShapes });
    parts.map.fitBounds(
      [
        [w, s],
        [e, n],
      ],
      { padding: fitPadding(parts.map.getContainer(), true), maxZoom: 15, duration: 600 },
    );
  }, [parts, focusId, selectedShapes, ready, variant]);

  useEffect(() => {
    if (!parts || !flyTo) return;
    const [w, s, e, n] = flyTo.bbox;
    // Leave the area fully visible beside the panels that lie over the map (profile, comparison).
    const profileOpen = Boolean(useAtlas.getState().selection);
    parts.map.fitBounds(
      [
        [w, s],
        [e, n],
      ],
      { padding: fitPadding(parts.map.getContainer(), profileOpen), maxZoom: 15, duration: 600 },
    );
  }, [parts, flyTo]);
}
