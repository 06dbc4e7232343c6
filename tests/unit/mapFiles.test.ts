// The files maplibre draws (geo/mapFiles.ts, written by the pipeline): the fills carry the codes
// of the topology in its order and its shapes to a metre; the gemeente borders drawn over wijken
// are borders between gemeenten, and only those.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { feature } from 'topojson-client';
import type { Feature, FeatureCollection, MultiLineString, MultiPolygon, Polygon } from 'geojson';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { DEFAULT_OUT_DIR } from '../../data/pipeline';
import { bordersFile, fillsFile, geometryFile } from '../../src/atlas/assets';
import type { AreaLevel, AreaProperties } from '../../src/atlas/geography';
import { buildPickIndex, pickAt } from '../../src/atlas/pick';

const read = <T>(file: string): T => JSON.parse(readFileSync(join(DEFAULT_OUT_DIR, file), 'utf8')) as T;

function areas(level: AreaLevel, year: number) {
  const topo = read<Topology>(geometryFile(level, year));
  return (feature(topo, topo.objects[level] as GeometryCollection<AreaProperties>) as FeatureCollection<Polygon | MultiPolygon, AreaProperties>).features;
}

describe('map files', () => {
  it.each([['gemeente', 2015], ['wijk', 2015], ['buurt', 2015], ['gemeente', 2022]] as const)('%s %i: the fills are the topology\'s areas, same order, within a metre', (level, year) => {
    const topo = areas(level, year);
    const fills = read<FeatureCollection<Polygon | MultiPolygon, { code: string }>>(fillsFile(level, year));
    expect(fills.features.map((f) => f.properties.code)).toEqual(topo.map((f) => f.properties.code));
    // Every 50th area, every vertex: rounded to 1e-5 degree, nothing moved or dropped.
    for (let i = 0; i < topo.length; i += 50) {
      const a = topo[i].geometry.coordinates.flat(3) as unknown as number[];
      const b = fills.features[i].geometry.coordinates.flat(3) as unknown as number[];
      expect(b.length).toBe(a.length);
      expect(Math.max(...a.map((v, k) => Math.abs(v - b[k])))).toBeLessThanOrEqual(0.5e-5 + 1e-12);
    }
  });

  it('wijk 2015: the gemeente borders have wijken of two gemeenten (or the sea) on their sides', () => {
    const wijken = areas('wijk', 2015);
    const index = buildPickIndex(wijken);
    const borders = read<Feature<MultiLineString>>(bordersFile('wijk', 2015));
    const gemeenteAt = (x: number, y: number) => { const i = pickAt(index, x, y); return i < 0 ? null : wijken[i].properties.gm; };
    const lines = borders.geometry.coordinates.filter((l) => l.length >= 2);
    let checked = 0;
    let between = 0;
    for (let i = 0; i < lines.length; i += 7) {
      const line = lines[i];
      // The longest segment of the line: its sides lie clearly apart from other borders there.
      let k = 0;
      const len = (j: number) => Math.hypot(line[j + 1][0] - line[j][0], line[j + 1][1] - line[j][1]);
      for (let j = 1; j < line.length - 1; j++) if (len(j) > len(k)) k = j;
      const [[x0, y0], [x1, y1]] = [line[k], line[k + 1]];
      const [mx, my] = [(x0 + x1) / 2, (y0 + y1) / 2];
      const [nx, ny] = [(-(y1 - y0) / len(k)) * 2e-5, ((x1 - x0) / len(k)) * 2e-5];
      checked++;
      if (gemeenteAt(mx + nx, my + ny) !== gemeenteAt(mx - nx, my - ny)) between++;
    }
    expect(checked).toBeGreaterThan(50);
    // Simplified borders wander a little from the picked shapes; nearly every sample must agree.
    expect(between / checked).toBeGreaterThan(0.9);
  });
});
