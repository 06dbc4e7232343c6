// Which area lies under a point: a Flatbush index over the areas' bounding boxes, then an exact
// point-in-polygon test. Picking on the CPU keeps hover instant where the GPU is slow to read back.
import Flatbush from 'flatbush';
import { bbox, booleanPointInPolygon } from '@turf/turf';
import type { Feature, MultiPolygon, Polygon } from 'geojson';

export interface PickIndex<F extends Feature<Polygon | MultiPolygon>> {
  features: F[];
  tree: Flatbush | null;
}

export function buildPickIndex<F extends Feature<Polygon | MultiPolygon>>(features: F[]): PickIndex<F> {
  if (features.length === 0) return { features, tree: null };
  const tree = new Flatbush(features.length);
  for (const f of features) {
    const [minX, minY, maxX, maxY] = bbox(f);
    tree.add(minX, minY, maxX, maxY);
  }
  tree.finish();
  return { features, tree };
}

/** Index of the feature containing [lon, lat], or -1. */
export function pickAt<F extends Feature<Polygon | MultiPolygon>>(index: PickIndex<F>, lon: number, lat: number): number {
  if (!index.tree) return -1;
  const candidates = index.tree.search(lon, lat, lon, lat);
  // Smallest index first, so overlapping slivers resolve the same way every time.
  candidates.sort((a, b) => a - b);
  for (const i of candidates) if (booleanPointInPolygon([lon, lat], index.features[i])) return i;
  return -1;
}
