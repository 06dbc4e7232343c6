// Borders between regions drawn from a gemeente topology whose neighbours do not share arcs.
// The kit's 2022 gemeenten were simplified polygon by polygon, so two neighbours have slightly
// different borders and topojson finds few shared arcs: a mesh of the single-sided arcs would
// draw the borders between gemeenten of one region too. Here each single-sided segment is kept
// only when the areas a short step to either side of it belong to different regions (or one
// side is outside every gemeente: the coast or the national border).
import type { Feature, MultiLineString, MultiPolygon, Polygon } from 'geojson';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { buildPickIndex, pickAt } from './pick';

/** Step to either side of a segment, in degrees of latitude (≈ 330 m): wider than the slivers
 *  between independently simplified neighbours (simplified at 0.001°, ≈ 70–110 m). */
export const SIDE_STEP = 0.003;

/**
 * The segments of `lines` (as flat [x0, y0, x1, y1, …]) whose two sides lie in different regions.
 * regionOf maps a feature index to its region; -1 / undefined sides count as "outside".
 */
export function regionBorderSegments<F extends Feature<Polygon | MultiPolygon>>(
  lines: MultiLineString,
  features: F[],
  regionOf: (feature: F) => string | undefined,
  step = SIDE_STEP,
): number[] {
  const index = buildPickIndex(features);
  const regionAt = (lon: number, lat: number) => {
    const i = pickAt(index, lon, lat);
    return i < 0 ? undefined : regionOf(features[i]);
  };
  const out: number[] = [];
  for (const line of lines.coordinates) {
    for (let k = 1; k < line.length; k++) {
      const [x0, y0] = line[k - 1];
      const [x1, y1] = line[k];
      const mx = (x0 + x1) / 2;
      const my = (y0 + y1) / 2;
      const cos = Math.cos((my * Math.PI) / 180);
      // The normal in a local metric frame (longitude shrunk by cos φ), back to degrees.
      const dx = (x1 - x0) * cos;
      const dy = y1 - y0;
      const length = Math.hypot(dx, dy);
      if (length === 0) continue;
      const nx = ((-dy / length) * step) / cos;
      const ny = (dx / length) * step;
      if (regionAt(mx + nx, my + ny) !== regionAt(mx - nx, my - ny)) out.push(x0, y0, x1, y1);
    }
  }
  return out;
}

/**
 * Whether neighbours share their borders in this topology: more arc points used by two
 * geometries than by one. False for the kit's 2022 gemeenten (simplified polygon by polygon).
 */
export function sharesBorders(topology: Topology, object: GeometryCollection): boolean {
  const uses = new Map<number, number>();
  const walk = (arcs: unknown): void => {
    if (typeof arcs === 'number') {
      const i = arcs < 0 ? ~arcs : arcs;
      uses.set(i, (uses.get(i) ?? 0) + 1);
      return;
    }
    if (Array.isArray(arcs)) for (const a of arcs) walk(a);
  };
  for (const g of object.geometries) walk((g as { arcs?: unknown }).arcs);
  let single = 0;
  let shared = 0;
  for (const [i, n] of uses) {
    const points = topology.arcs[i]?.length ?? 0;
    if (n > 1) shared += points;
    else single += points;
  }
  return shared >= single;
}
