// The shapes of one level and year as the browser holds them: features with code and name, the
// topology they came from, and for regions the shapes dissolved from the gemeenten with the
// borders between two regions.
import { feature, mesh } from 'topojson-client';
import type { Feature, FeatureCollection, MultiLineString, MultiPolygon, Polygon } from 'geojson';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { dissolveRegions } from './dissolve';
import { regionBorderSegments, sharesBorders } from './regionBorders';
import type { AreaProperties, Level, Membership, RegionSystem } from './geography';

export type AreaFeature = Feature<Polygon | MultiPolygon, AreaProperties>;

export interface Geometry {
  level: Level;
  year: number;
  features: AreaFeature[];
  /** The source topology and object, for dissolving regions (gemeente level only). */
  topology?: Topology;
  object?: GeometryCollection<AreaProperties>;
  /** For regions: the borders between two regions, each once, computed on first use. Other
   *  levels draw their fills' outlines and the gemeente borders from the generated files
   *  (geo/mapFiles.ts). */
  regionBorders?: () => MultiLineString;
  /** False when neighbours were simplified one by one (kit 2022): hairline gaps between them are
   *  closed by outlining each area in its own colour. */
  sharedBorders: boolean;
}

/** The shapes of a topology's object (of the level's name); null when the topology lacks it. */
export function geometryFromTopology(topo: Topology, level: Level, year: number): Geometry | null {
  const object = topo.objects?.[level] as GeometryCollection<AreaProperties> | undefined;
  if (!object || object.type !== 'GeometryCollection') return null;
  const fc = feature(topo, object) as FeatureCollection<Polygon | MultiPolygon, AreaProperties>;
  return { level, year, features: fc.features, topology: topo, object, sharedBorders: sharesBorders(topo, object) };
}

/** Regions of one system as a Geometry, dissolved from the gemeente topology of the same year. */
export function regionGeometry(gemeenten: Geometry, membership: Membership, system: RegionSystem): Geometry {
  const { topology, object } = gemeenten;
  if (!topology || !object) throw new Error(`Geen gemeentetopologie voor ${system} ${membership.year}.`);
  const regionOf = new Map(membership.gemeenten.map((g, i) => [g, membership.systems[system].regionOf[i]]));
  const region = (g: { properties?: unknown }) =>
    regionOf.get((g.properties as AreaProperties | undefined)?.code ?? '');
  let borders: MultiLineString | null = null;
  const shared = gemeenten.sharedBorders;
  const bordersOf = (): MultiLineString => {
    if (shared) return mesh(topology, object, (a, b) => a === b || region(a) !== region(b));
    // Neighbours simplified one by one (kit 2022): single-sided arcs are region borders only
    // where the two sides lie in different regions.
    const between = mesh(topology, object, (a, b) => a !== b && region(a) !== region(b));
    const single = regionBorderSegments(
      mesh(topology, object, (a, b) => a === b),
      gemeenten.features,
      (f) => regionOf.get(f.properties.code),
    );
    const coordinates = [...between.coordinates];
    for (let i = 0; i < single.length; i += 4)
      coordinates.push([
        [single[i], single[i + 1]],
        [single[i + 2], single[i + 3]],
      ]);
    return { type: 'MultiLineString', coordinates };
  };
  return {
    level: system,
    year: membership.year,
    features: dissolveRegions(topology, object, membership, system),
    regionBorders: () => (borders ??= bordersOf()),
    sharedBorders: shared,
  };
}
