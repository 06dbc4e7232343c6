// The map's camera on request: after a change of level that kept the place it frames the place
// again (the gemeente's wijken, the wijk's buurten); after a search it flies to the result; a
// selection outside the visible part is brought into it. The area is framed beside the panels
// that lie over the map (fitPadding).
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

  // The selection stays in the visible part: when it is chosen, and when the map's size changes
  // (a sheet opening below the map on a phone), an area outside it is brought in, never zoomed into.
  useEffect(() => {
    if (!parts || !ready || variant || selectedShapes.length === 0) return;
    const { map } = parts;
    const [w, s, e, n] = bbox({ type: 'FeatureCollection', features: selectedShapes });
    const keepInView = () => {
      const container = map.getContainer();
      // The page has laid out the new size, the map not yet: size it first (its 'resize' comes back here).
      const canvas = map.getCanvas();
      if (canvas.clientHeight !== container.clientHeight || canvas.clientWidth !== container.clientWidth) {
        map.resize();
        return;
      }
      // Moving (a fly-to or the user's gesture): look again once the map is at rest.
      if (map.isMoving()) {
        map.once('idle', keepInView);
        return;
      }
      const pad = fitPadding(container, true);
      const a = map.project([w, n]);
      const b = map.project([e, s]);
      const inside =
        a.x >= pad.left &&
        a.y >= pad.top &&
        b.x <= container.clientWidth - pad.right &&
        b.y <= container.clientHeight - pad.bottom;
      if (!inside)
        map.fitBounds(
          [
            [w, s],
            [e, n],
          ],
          { padding: pad, maxZoom: map.getZoom(), duration: 300 },
        );
    };
    keepInView();
    map.on('resize', keepInView);
    return () => {
      map.off('resize', keepInView);
      map.off('idle', keepInView);
    };
  }, [parts, ready, variant, selectedShapes]);

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
