// deck.gl over the areas, loaded only when a map first shows service points, the "Dichtbij" rings
// or a found address: its overlay is added once and given its layers as they change. A frame with
// points counts as drawn only once the overlay has drawn it too.
import { useEffect, useState } from 'react';
import type { Voorziening } from '../atlas/socialeKaart';
import { selectClusterIndex, selectNearest, selectVisiblePoints, selectOwnCategories } from '../state/selectors';
import { useAtlas } from '../state/useAtlas';
import type { MapboxOverlay } from './layers';
import type { MapParts } from './useMapInstance';

type OverlayModule = typeof import('./layers');
let overlayModule: Promise<OverlayModule> | null = null;
/** deck.gl and the overlay's layers, imported once, when a map first shows points or markers. */
const loadOverlay = () => (overlayModule ??= import('./layers'));

interface Overlay {
  deck: MapboxOverlay;
  layersOf: OverlayModule['overlayLayers'];
}

const NO_POINTS: Voorziening[] = [];

export interface PointsOverlay {
  /** deck.gl's canvas, for the PNG export (null until loaded). */
  canvas(): HTMLCanvasElement | null;
}

export function usePointsOverlay(
  parts: MapParts | null,
  variant: string | undefined,
  drawKey: string,
  zoom: number,
): PointsOverlay | null {
  const points = useAtlas((s) => (variant ? NO_POINTS : selectVisiblePoints(s)));
  const clusters = useAtlas((s) => (variant ? null : selectClusterIndex(s)));
  const nearFrom = useAtlas((s) => (variant ? null : s.nearFrom));
  const near = useAtlas(selectNearest);
  const address = useAtlas((s) => (variant ? null : s.address));
  const ownCategories = useAtlas(selectOwnCategories);
  const [overlay, setOverlay] = useState<Overlay | null>(null);
  const wanted = points.length > 0 || nearFrom !== null || address !== null;

  // Service points are part of the key: a frame with them counts as drawn once the overlay drew it.
  useEffect(() => {
    parts?.drawn.setNeedsOverlay(points.length > 0);
  }, [parts, points]);

  useEffect(() => {
    if (!parts || !wanted || overlay) return;
    let removed = false;
    const { map, drawn } = parts;
    void loadOverlay().then((m) => {
      if (removed) return;
      const deck = new m.MapboxOverlay({
        interleaved: false,
        layers: [],
        // deck.gl's canvas only draws; the map canvas below it takes focus and keys.
        onLoad: () => {
          for (const canvas of map.getContainer().querySelectorAll('canvas:not(.maplibregl-canvas)')) {
            canvas.setAttribute('tabindex', '-1');
            canvas.setAttribute('aria-hidden', 'true');
          }
        },
        onAfterRender: () => drawn.overlayDrawn(),
      });
      map.addControl(deck);
      setOverlay({ deck, layersOf: m.overlayLayers });
    });
    return () => {
      removed = true;
    };
  }, [parts, wanted, overlay]);

  // The overlay goes with its map.
  useEffect(() => () => setOverlay(null), [parts]);

  useEffect(() => {
    if (!overlay || !parts) return;
    parts.drawn.overlayGiven(drawKey);
    const nearPoints = nearFrom ? near.map((n) => n.point) : [];
    overlay.deck.setProps({
      layers: overlay.layersOf({ points, clusters, nearFrom, near: nearPoints, address, ownCategories }, zoom),
    });
  }, [overlay, parts, points, clusters, nearFrom, near, zoom, drawKey, address, ownCategories]);

  return overlay ? { canvas: () => overlay.deck.getCanvas() } : null;
}
