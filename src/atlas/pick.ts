// Which area lies under a point: a Flatbush index over the areas' bounding boxes, then an exact
// point-in-polygon test. Picking on the CPU keeps hover instant where the GPU is slow to read back.
import Flatbush from 'flatbush';
import { bbox, booleanPointInPolygon } from '@turf/turf';
import type { Feature, MultiPolygon, Polygon } from 'geojson';

export interface PickIndex<F extends Feature<Polygon | MultiPolygon>> {
  features: F[];
  tree: Flatbush | null;
}

export type Extent = [number, number, number, number];

const extents = new WeakMap<Feature, Extent>();
/** A feature's bounding box [west, south, east, north], computed once per feature (the pick index
 *  and the map's name placement both need it). */
export function featureExtent(f: Feature<Polygon | MultiPolygon>): Extent {
  let e = extents.get(f);
  if (!e) extents.set(f, (e = bbox(f) as Extent));
  return e;
}

export function buildPickIndex<F extends Feature<Polygon | MultiPolygon>>(features: F[]): PickIndex<F> {
  if (features.length === 0) return { features, tree: null };
  const tree = new Flatbush(features.length);
  for (const f of features) {
    const [minX, minY, maxX, maxY] = featureExtent(f);
    tree.add(minX, minY, maxX, maxY);
  }
  tree.finish();
  return { features, tree };
}

const indexes = new WeakMap<object, PickIndex<Feature<Polygon | MultiPolygon>>>();
/** The pick index of a set of features, built on first use and kept while the set lives (the map's
 *  hover and click, an address found online and an imported list share it). */
export function pickIndexOf<F extends Feature<Polygon | MultiPolygon>>(features: F[]): PickIndex<F> {
  let index = indexes.get(features);
  if (!index) indexes.set(features, (index = buildPickIndex(features)));
  return index as PickIndex<F>;
}

/** Index of the feature containing [lon, lat], or -1. */
export function pickAt<F extends Feature<Polygon | MultiPolygon>>(
  index: PickIndex<F>,
  lon: number,
  lat: number,
): number {
  if (!index.tree) return -1;
  const candidates = index.tree.search(lon, lat, lon, lat);
  // Smallest index first, so overlapping slivers resolve the same way every time.
  candidates.sort((a, b) => a - b);
  for (const i of candidates) if (booleanPointInPolygon([lon, lat], index.features[i])) return i;
  return -1;
}

/** Margin around the land outline, in degrees of latitude (≈ 1,3 km): points on a beach or a quay count. */
export const LAND_MARGIN = 0.012;

/**
 * Whether a point lies on or near the land of these areas (the gemeenten of the Netherlands): in an
 * area, or within LAND_MARGIN of one in any of eight directions.
 */
export function nearAreas<F extends Feature<Polygon | MultiPolygon>>(
  index: PickIndex<F>,
): (lon: number, lat: number) => boolean {
  return (lon, lat) => {
    if (pickAt(index, lon, lat) >= 0) return true;
    const dx = LAND_MARGIN / Math.cos((lat * Math.PI) / 180);
    for (const [ax, ay] of [
      [1, 0],
      [-1, 0],
      [0, 1],
      [0, -1],
      [0.7, 0.7],
      [-0.7, 0.7],
      [0.7, -0.7],
      [-0.7, -0.7],
    ]) {
      if (pickAt(index, lon + ax * dx, lat + ay * LAND_MARGIN) >= 0) return true;
    }
    return false;
  };
}
