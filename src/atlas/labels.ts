// Label anchors for area names: the centre of mass of the largest polygon, or a point on its
// surface when that centre falls outside (crescent-shaped gemeenten).
import { area, booleanPointInPolygon, centerOfMass, pointOnFeature, polygon } from '@turf/turf';
import type { Feature, MultiPolygon, Polygon } from 'geojson';

/** The name as a label: "Wijk 07 Wielwijk" reads "Wielwijk" (the number is CBS's, not the name). */
export function shortName(naam: string): string {
  const rest = /^Wijk \d{2} (.+)$/.exec(naam);
  return rest ? rest[1] : naam;
}

export function labelPoint(f: Feature<Polygon | MultiPolygon>): [number, number] {
  const rings = f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates;
  let largest = polygon(rings[0]);
  let largestArea = area(largest);
  for (const r of rings.slice(1)) {
    const p = polygon(r);
    const a = area(p);
    if (a > largestArea) {
      largest = p;
      largestArea = a;
    }
  }
  const centre = centerOfMass(largest);
  const point = booleanPointInPolygon(centre, largest) ? centre : pointOnFeature(largest);
  return point.geometry.coordinates as [number, number];
}
