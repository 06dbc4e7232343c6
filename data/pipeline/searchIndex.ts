// Search entries for every area of one year: code, name, where it lies and its bounding box,
// so the browser can zoom to an area before its level's geometry is loaded.
import { bbox } from '@turf/turf';
import type { SearchRow } from '../../src/atlas/search';
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import type { AreaProperties } from '../../src/atlas/geography';

const round = (v: number) => Math.round(v * 1e4) / 1e4;

export function searchRows(
  features: Feature<Polygon | MultiPolygon, AreaProperties>[],
  gemeenteNames: Map<string, string>,
  wijkNames: Map<string, string>,
  context = '',
): SearchRow[] {
  return features.map((f) => {
    const { code, naam, gm, wk } = f.properties;
    const parts = [wk ? wijkNames.get(wk) : undefined, gm ? gemeenteNames.get(gm) : undefined].filter(Boolean);
    const [minX, minY, maxX, maxY] = bbox(f).map(round);
    return [code, naam, parts.join(', ') || context, minX, minY, maxX, maxY];
  });
}
