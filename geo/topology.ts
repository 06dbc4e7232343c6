// GeoJSON features → one quantised, topology-preserving simplified TopoJSON object.
// Simplifying the topology (not each polygon) keeps the borders of neighbours identical:
// a shared arc is simplified once and used by both sides.
import { topology } from 'topojson-server';
import { presimplify, simplify } from 'topojson-simplify';
import { quantize } from 'topojson-client';
import type { Feature, Geometry, Polygon, MultiPolygon } from 'geojson';
import type { Objects, Topology } from 'topojson-specification';
import type { AreaProperties } from '../src/atlas/geography';

export interface TopologyOptions {
  /** Grid size of the quantisation (points per axis over the extent). */
  quantization: number;
  /** Minimum triangle area (degrees²) a point needs to survive Visvalingam simplification; 0 keeps all. */
  minWeight: number;
}

export type AreaFeature = Feature<Polygon | MultiPolygon, AreaProperties>;

export function buildTopology(name: string, features: AreaFeature[], options: TopologyOptions): Topology {
  const collection = { type: 'FeatureCollection' as const, features: features as Feature<Geometry, AreaProperties>[] };
  let topo = topology({ [name]: collection }, options.quantization);
  if (options.minWeight > 0) {
    // presimplify works in absolute coordinates, so the result is quantised (delta-encoded) again.
    const simplified = simplify(presimplify(topo as Topology<Objects<object>>), options.minWeight);
    topo = quantize(simplified, options.quantization);
  }
  delete (topo as { bbox?: unknown }).bbox;
  return topo;
}
