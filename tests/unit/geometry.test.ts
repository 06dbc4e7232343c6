// The generated topologies: counts, cut properties, size, and neighbours that share their borders.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { DEFAULT_OUT_DIR } from '../../data/pipeline/pipeline';
import type { AreaProperties } from '../../src/atlas/geography';

function load(file: string) {
  const text = readFileSync(join(DEFAULT_OUT_DIR, file), 'utf8');
  const topo = JSON.parse(text) as Topology;
  const object = Object.values(topo.objects)[0] as GeometryCollection<AreaProperties>;
  const geometries = object.geometries as unknown as Geom[];
  return { text, topo, geometries };
}

interface Geom {
  type: string;
  arcs?: unknown;
  properties?: AreaProperties;
}

function arcsOf(g: Geom): Set<number> {
  const polygons = (g.type === 'Polygon' ? [g.arcs] : g.type === 'MultiPolygon' ? g.arcs : []) as number[][][];
  return new Set(polygons.flat(2).map((a) => (a < 0 ? ~a : a)));
}

describe('generated geometry', () => {
  it.each([
    ['gemeente_2015.topo.json', 393],
    ['wijk_2015.topo.json', 2796],
    ['buurt_2015.topo.json', 12229],
    ['gemeente_2023.topo.json', 342],
  ])('%s has %i polygon features with only code, name and parent codes', (file, count) => {
    const { topo, geometries } = load(file);
    expect(topo.transform).toBeDefined();
    expect(geometries).toHaveLength(count);
    for (const g of geometries) {
      expect(['Polygon', 'MultiPolygon']).toContain(g.type);
      expect(Object.keys(g.properties ?? {}).every((k) => ['code', 'naam', 'gm', 'wk'].includes(k))).toBe(true);
    }
    expect(geometries.some((g) => g.properties?.code === 'GM0998')).toBe(false);
  });

  it('buurt 2015 is at most 1 MB gzip', () => {
    expect(gzipSync(load('buurt_2015.topo.json').text).length).toBeLessThanOrEqual(1_000_000);
  });

  it('every Dordrecht wijk shares a border arc with another Dordrecht wijk', () => {
    const dordrecht = load('wijk_2015.topo.json').geometries.filter((g) => g.properties?.gm === 'GM0505');
    expect(dordrecht.length).toBeGreaterThan(5);
    for (const w of dordrecht) {
      const mine = arcsOf(w);
      const shares = dordrecht.some((other) => other !== w && [...arcsOf(other)].some((a) => mine.has(a)));
      expect(shares, w.properties?.code).toBe(true);
    }
  });
});
