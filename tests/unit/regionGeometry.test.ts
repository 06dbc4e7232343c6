// Shapes of one level from a topology, and regions dissolved from the gemeenten with the borders
// between two regions only.
import { length } from '@turf/turf';
import { describe, expect, it } from 'vitest';
import { REGION_SYSTEMS } from '../../src/atlas/geography';
import { geometryFromTopology, regionGeometry } from '../../src/atlas/regionGeometry';
import { readMembership } from '../../src/cli/generated';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Topology } from 'topojson-specification';
import { GENERATED } from '../../src/cli/generated';

const topology = JSON.parse(readFileSync(join(GENERATED, 'gemeente_2015.topo.json'), 'utf8')) as Topology;

describe('shapes from a topology', () => {
  const gemeenten = geometryFromTopology(topology, 'gemeente', 2015)!;

  it('reads the level object with every feature, and nothing for a level the topology lacks', () => {
    expect(gemeenten.features).toHaveLength(393);
    expect(gemeenten.sharedBorders).toBe(true);
    expect(geometryFromTopology(topology, 'wijk', 2015)).toBeNull();
  });

  it.each(REGION_SYSTEMS)(
    'dissolves the %s from the gemeenten, with borders shorter than all gemeente borders',
    (system) => {
      const membership = readMembership(2015);
      const regions = regionGeometry(gemeenten, membership, system);
      expect(regions.features.map((f) => f.properties.code)).toEqual(membership.systems[system].codes);
      const borders = regions.regionBorders!();
      expect(regions.regionBorders!()).toBe(borders);
      const km = length({ type: 'Feature', properties: {}, geometry: borders });
      expect(km).toBeGreaterThan(1000);
      expect(km).toBeLessThan(20_000);
    },
  );

  it('refuses gemeenten without their topology', () => {
    expect(() => regionGeometry({ ...gemeenten, topology: undefined }, readMembership(2015), 'corop')).toThrow(
      /gemeentetopologie/,
    );
  });
});
