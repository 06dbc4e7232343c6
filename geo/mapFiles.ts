// What the map draws, as GeoJSON: the areas' fills (only their code, the key of their colour) and,
// over wijken and buurten, the borders between gemeenten. geo/mapTiles.ts cuts them into the vector
// tiles maplibre draws; the topology stays the atlas's own geometry.
import { feature, mesh } from 'topojson-client';
import type { Feature, FeatureCollection, MultiLineString, MultiPolygon, Polygon, Position } from 'geojson';
import type { GeometryCollection, Topology } from 'topojson-specification';
import type { AreaLevel, AreaProperties } from '../src/atlas/geography';

/** Five decimals of a degree is about a metre: finer than any pixel the map draws. */
const round = (p: Position): Position => [Math.round(p[0] * 1e5) / 1e5, Math.round(p[1] * 1e5) / 1e5];

function roundGeometry(g: Polygon | MultiPolygon): Polygon | MultiPolygon {
  return g.type === 'Polygon'
    ? { type: 'Polygon', coordinates: g.coordinates.map((ring) => ring.map(round)) }
    : { type: 'MultiPolygon', coordinates: g.coordinates.map((poly) => poly.map((ring) => ring.map(round))) };
}

/** The fills: one feature per area with only its code, in the topology's order. */
export function fillCollection(
  topo: Topology,
  level: AreaLevel,
): FeatureCollection<Polygon | MultiPolygon, { code: string }> {
  const object = topo.objects[level] as GeometryCollection<AreaProperties>;
  const fc = feature(topo, object) as FeatureCollection<Polygon | MultiPolygon, AreaProperties>;
  return {
    type: 'FeatureCollection',
    features: fc.features.map((f) => ({
      type: 'Feature',
      properties: { code: f.properties.code },
      geometry: roundGeometry(f.geometry),
    })),
  };
}

/** The borders between gemeenten, each once, drawn over wijken and buurten (the borders between
 *  the areas themselves are the fills' own outlines). */
export function gemeenteBorders(
  topo: Topology,
  level: 'wijk' | 'buurt',
): Feature<MultiLineString, Record<string, never>> {
  const object = topo.objects[level] as GeometryCollection<AreaProperties>;
  const gm = (g: { properties?: unknown }) => (g.properties as AreaProperties | undefined)?.gm;
  const lines = mesh(topo, object, (a, b) => a === b || gm(a) !== gm(b));
  return {
    type: 'Feature',
    properties: {},
    geometry: { type: 'MultiLineString', coordinates: lines.coordinates.map((l) => l.map(round)) },
  };
}
