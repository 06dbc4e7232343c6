// Dissolved regions against the kit's official region polygons: the area ratio of every region.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { area } from '@turf/turf';
import { feature } from 'topojson-client';
import type { Feature, FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { expect } from 'vitest';
import { kitRoot } from '../../data/pipeline/kit';
import { dissolveRegions } from '../../src/atlas/dissolve';
import type { AreaProperties, RegionSystem } from '../../src/atlas/geography';
import { GENERATED, readMembership } from '../../src/cli/generated';

/** The official polygons of a kit file by code (Wmo: the geojson's feature id, else the statcode). */
function official(file: string): Map<string, Feature<Polygon | MultiPolygon>> {
  const text = readFileSync(resolve(kitRoot(), file), 'utf8');
  if (file.endsWith('.geojson'))
    return new Map(
      (JSON.parse(text) as FeatureCollection<Polygon | MultiPolygon>).features.map((f) => [String(f.id), f]),
    );
  const t = JSON.parse(text) as Topology;
  const fc = feature(t, t.objects[Object.keys(t.objects)[0]] as GeometryCollection) as FeatureCollection<
    Polygon | MultiPolygon,
    { statcode: string }
  >;
  return new Map(fc.features.map((f) => [f.properties.statcode, f]));
}

/** Every region of a system dissolved from the year's gemeenten has an area ratio within its limits. */
export function expectDissolvedNearOfficial(
  year: number,
  system: RegionSystem,
  file: string,
  limits: (code: string) => [number, number],
): void {
  const topo = JSON.parse(readFileSync(resolve(GENERATED, `gemeente_${year}.topo.json`), 'utf8')) as Topology;
  const reference = official(file);
  const dissolved = dissolveRegions(
    topo,
    topo.objects.gemeente as GeometryCollection<AreaProperties>,
    readMembership(year),
    system,
  );
  expect(dissolved).toHaveLength(reference.size);
  for (const region of dissolved) {
    const ref = reference.get(region.properties.code);
    expect(ref, region.properties.code).toBeDefined();
    const ratio = area(region) / area(ref!);
    const [lo, hi] = limits(region.properties.code);
    expect(ratio, `${region.properties.code} ${region.properties.naam}`).toBeGreaterThan(lo);
    expect(ratio, `${region.properties.code} ${region.properties.naam}`).toBeLessThan(hi);
  }
}
