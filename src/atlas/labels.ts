// Label anchors for area names: the centre of mass of the largest polygon, or a point on its
// surface when that centre falls outside (crescent-shaped gemeenten).
import { area, booleanPointInPolygon, centerOfMass, pointOnFeature, polygon } from '@turf/turf';
import type { Feature, MultiPolygon, Polygon } from 'geojson';

export function labelPoint(f: Feature<Polygon | MultiPolygon>): [number, number] {
  const rings = f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates;
  let largest = polygon(rings[0]);
  let largestArea = area(largest);
  for (const r of rings.slice(1)) {
    const p = polygon(r);
    const a = area(p);
    if (a > largestArea) { largest = p; largestArea = a; }
  }
  const centre = centerOfMass(largest);
  const point = booleanPointInPolygon(centre, largest) ? centre : pointOnFeature(largest);
  return point.geometry.coordinates as [number, number];
}
