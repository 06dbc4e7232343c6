// What tests and the benchmark read of the maps, in one place (window.__wijkatlas): each map's
// maplibre instance, the names it placed, and the key of the last frame it drew with everything
// in it. Read-only use; nothing is set on the product's elements.
import type { Map as MapLibre } from 'maplibre-gl';
import type { PlacedLabel } from './labelPlacement';

export interface AtlasProbe {
  maps: Record<string, MapLibre>;
  labels: Record<string, PlacedLabel[]>;
  /** Per map, the key of the last frame drawn (selectDrawKey). */
  drawn: Record<string, string>;
  /** The key of the main map's last drawn frame. */
  lastDrawn: string;
}

declare global {
  interface Window {
    __wijkatlas?: AtlasProbe;
  }
}

function probe(): AtlasProbe {
  return (window.__wijkatlas ??= { maps: {}, labels: {}, drawn: {}, lastDrawn: '' });
}

export function exposeMap(id: string, map: MapLibre): () => void {
  probe().maps[id] = map;
  return () => {
    if (probe().maps[id] === map) delete probe().maps[id];
  };
}

export function exposeLabels(id: string, labels: PlacedLabel[]): void {
  probe().labels[id] = labels;
}

/** A map drew a key for the first time: marked for the benchmark (drawn:<key>) and the tests. */
export function reportDrawn(id: string, key: string, main: boolean): void {
  performance.mark(`drawn:${key}`);
  probe().drawn[id] = key;
  if (main) probe().lastDrawn = key;
}
