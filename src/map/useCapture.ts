// The map's pixels for the PNG export: maplibre's canvas (redrawn in the same task, since maplibre
// clears its buffer after each frame), deck.gl's canvas when it draws, and the names as on screen.
import { useEffect } from 'react';
import type { PlacedLabel } from './labelPlacement';
import { registerCapture } from './mapCapture';
import { drawLabels } from './MapLabels';
import type { MapParts } from './useMapInstance';
import type { PointsOverlay } from './usePointsOverlay';

export function useCapture(
  parts: MapParts | null,
  id: string,
  overlay: PointsOverlay | null,
  labels: PlacedLabel[],
): void {
  useEffect(() => {
    if (!parts) return;
    const { map } = parts;
    return registerCapture(
      id,
      () => {
        map.redraw();
        const deckCanvas = overlay?.canvas();
        return deckCanvas ? [map.getCanvas(), deckCanvas] : [map.getCanvas()];
      },
      (ctx, scale) => drawLabels(ctx, labels, scale),
    );
  }, [parts, id, overlay, labels]);
}
