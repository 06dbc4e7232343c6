// The tiles maplibre draws (geo/mapTiles.ts, written by the pipeline), decoded as maplibre does:
// every tile in the level's bounds exists, the deepest zoom holds every area of the topology with
// its shape to a few metres, and the gemeente borders drawn over wijken are borders between
// gemeenten, and only those.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { feature } from 'topojson-client';
import { VectorTile } from '@mapbox/vector-tile';
import { PbfReader } from 'pbf';
import type { FeatureCollection, MultiLineString, MultiPolygon, Polygon, Position } from 'geojson';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { DEFAULT_OUT_DIR } from '../../data/pipeline/pipeline';
import { TILE_LAYERS, TILE_MAX_ZOOM, geometryFile, tilesDir, tilesFile, type Manifest } from '../../src/atlas/assets';
import { NL_BOUNDS, type AreaLevel, type AreaProperties } from '../../src/atlas/geography';
import { buildPickIndex, pickAt } from '../../src/atlas/pick';

const read = <T>(file: string): T => JSON.parse(readFileSync(join(DEFAULT_OUT_DIR, file), 'utf8')) as T;

function areas(level: AreaLevel, year: number) {
  const topo = read<Topology>(geometryFile(level, year));
  return (
    feature(topo, topo.objects[level] as GeometryCollection<AreaProperties>) as FeatureCollection<
      Polygon | MultiPolygon,
      AreaProperties
    >
  ).features;
}

/** Every feature of one tile layer at zoom z, as GeoJSON in degrees. */
function tileFeatures(level: AreaLevel, year: number, z: number, layer: string) {
  const dir = join(DEFAULT_OUT_DIR, tilesDir(level, year), String(z));
  const features = [];
  for (const x of readdirSync(dir)) {
    for (const file of readdirSync(join(dir, x))) {
      const tile = new VectorTile(new PbfReader(readFileSync(join(dir, x, file))));
      const l = tile.layers[layer];
      for (let i = 0; l && i < l.length; i++)
        features.push(l.feature(i).toGeoJSON(Number(x), Number(file.replace('.pbf', '')), z));
    }
  }
  return features;
}

const positions = (g: Polygon | MultiPolygon): Position[] =>
  g.type === 'Polygon' ? g.coordinates.flat() : g.coordinates.flat(2);
function extent(points: Position[]): number[] {
  const xs = points.map((p) => p[0]);
  const ys = points.map((p) => p[1]);
  return [Math.min(...xs), Math.min(...ys), Math.max(...xs), Math.max(...ys)];
}

describe('map tiles', () => {
  it.each([
    ['gemeente', 2015],
    ['wijk', 2015],
    ['buurt', 2015],
    ['gemeente', 2022],
  ] as const)(
    '%s %i: every tile exists; the deepest zoom holds every area, its extent within a few metres',
    (level, year) => {
      const manifest = read<Manifest>('manifest.json');
      const asset = manifest.assets.find((a) => a.file === tilesFile(level, year))!;
      expect(asset.kind).toBe('tiles');
      const files = readdirSync(join(DEFAULT_OUT_DIR, tilesDir(level, year)), { recursive: true }).filter((f) =>
        String(f).endsWith('.pbf'),
      );
      expect(files.length).toBe(asset.tiles!.count);
      const tileJson = read<{ tiles: string[]; maxzoom: number; bounds: number[] }>(tilesFile(level, year));
      expect(tileJson.maxzoom).toBe(TILE_MAX_ZOOM[level]);
      expect(tileJson.tiles[0]).toBe(`generated/${tilesDir(level, year)}/{z}/{x}/{y}.pbf`);
      // The map asks for every tile over NL_BOUNDS: the set covers them.
      const [w, s, e, n] = tileJson.bounds;
      expect(w <= NL_BOUNDS[0] && s <= NL_BOUNDS[1] && e >= NL_BOUNDS[2] && n >= NL_BOUNDS[3]).toBe(true);

      const topo = areas(level, year);
      const parts = new Map<string, Position[]>();
      for (const f of tileFeatures(level, year, TILE_MAX_ZOOM[level], TILE_LAYERS.fills)) {
        const code = String(f.properties?.code);
        parts.set(code, [...(parts.get(code) ?? []), ...positions(f.geometry as Polygon | MultiPolygon)]);
      }
      expect([...parts.keys()].sort()).toEqual(topo.map((f) => f.properties.code).sort());
      // Every 50th area: the pieces of it in all tiles span the same extent as its shape.
      for (let i = 0; i < topo.length; i += 50) {
        const want = extent(positions(topo[i].geometry));
        const got = extent(parts.get(topo[i].properties.code)!);
        expect(Math.max(...want.map((v, k) => Math.abs(v - got[k]))), topo[i].properties.code).toBeLessThan(1e-4);
      }
    },
  );

  it('wijk 2015: the gemeente borders have wijken of two gemeenten (or the sea) on their sides', () => {
    const wijken = areas('wijk', 2015);
    const index = buildPickIndex(wijken);
    const gemeenteAt = (x: number, y: number) => {
      const i = pickAt(index, x, y);
      return i < 0 ? null : wijken[i].properties.gm;
    };
    const lines = tileFeatures('wijk', 2015, TILE_MAX_ZOOM.wijk, TILE_LAYERS.borders)
      .flatMap((f) =>
        f.geometry.type === 'LineString' ? [f.geometry.coordinates] : (f.geometry as MultiLineString).coordinates,
      )
      .filter((l) => l.length >= 2);
    expect(tileFeatures('gemeente', 2015, TILE_MAX_ZOOM.gemeente, TILE_LAYERS.borders)).toEqual([]);
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
