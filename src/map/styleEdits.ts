// Edits of a map's style that cost a frame each: made only when they change something.
import type { Map as MapLibre } from 'maplibre-gl';
import { GENERATED_DIR, tilesFile } from '../atlas/assets';
import type { AreaLevel } from '../atlas/geography';

/** A layer without features still costs a stencil pass per tile on a software renderer: hidden. */
export function show(map: MapLibre, layers: string[], visible: boolean): void {
  for (const id of layers) {
    const value = visible ? 'visible' : 'none';
    if (map.getLayoutProperty(id, 'visibility') !== value) map.setLayoutProperty(id, 'visibility', value);
  }
}

/** Sets a paint property of a fill layer only when it changes (a set is a style change and a render). */
export function paintFills(
  map: MapLibre,
  layer: string,
  property: 'fill-opacity' | 'fill-antialias',
  value: number | boolean,
): void {
  if (map.getLayer(layer) && map.getPaintProperty(layer, property) !== value)
    map.setPaintProperty(layer, property, value);
}

/** Whether a level's tile set is on the server: its TileJSON is there and names tiles (maplibre
 *  draws a missing tile as empty, without an error). */
export function hasTileSet(level: AreaLevel, year: number): Promise<boolean> {
  return fetch(`${import.meta.env.BASE_URL}${GENERATED_DIR}/${tilesFile(level, year)}`)
    .then((r) => (r.ok ? r.json() : null))
    .then((tileJson: { tiles?: unknown } | null) => Array.isArray(tileJson?.tiles))
    .catch(() => false);
}
