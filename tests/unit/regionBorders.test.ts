// Borders between regions over gemeenten that were simplified one by one (no shared arcs).
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Feature, Polygon } from 'geojson';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { describe, expect, it } from 'vitest';
import { GENERATED } from '../../src/cli/generated';
import { regionBorderSegments, sharesBorders } from '../../src/atlas/regionBorders';

describe('region borders over gemeenten that do not share arcs', () => {
  const square = (code: string, x0: number, x1: number): Feature<Polygon, { code: string }> => ({
    type: 'Feature',
    properties: { code },
    geometry: {
      type: 'Polygon',
      coordinates: [
        [
          [x0, 52],
          [x1, 52],
          [x1, 52.1],
          [x0, 52.1],
          [x0, 52],
        ],
      ],
    },
  });
  // A and B (region X) with a 0,0005° sliver between them, as after simplifying one by one; C (region Y) beyond.
  const features = [square('A', 5, 5.1), square('B', 5.1005, 5.2), square('C', 5.2, 5.3)];
  const region: Record<string, string> = { A: 'X', B: 'X', C: 'Y' };
  const edge = (x: number) => ({
    type: 'MultiLineString' as const,
    coordinates: [
      [
        [x, 52.02],
        [x, 52.08],
      ],
    ],
  });

  it('drops the border between two gemeenten of one region, keeps the border between regions and the outline', () => {
    const keep = (x: number) => regionBorderSegments(edge(x), features, (f) => region[f.properties.code]).length > 0;
    expect(keep(5.1)).toBe(false);
    expect(keep(5.1005)).toBe(false);
    expect(keep(5.2)).toBe(true);
    expect(keep(5)).toBe(true);
    expect(keep(5.3)).toBe(true);
  });

  it('tells which kit topologies share their borders', () => {
    for (const [year, shares] of [
      [2015, true],
      [2022, false],
      [2023, true],
    ] as const) {
      const t = JSON.parse(readFileSync(resolve(GENERATED, `gemeente_${year}.topo.json`), 'utf8')) as Topology;
      expect(sharesBorders(t, t.objects.gemeente as GeometryCollection), String(year)).toBe(shares);
    }
  });
});
