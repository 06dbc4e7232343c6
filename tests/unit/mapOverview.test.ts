// The overview (geo/mapOverview.ts): a raster of area numbers the map draws below OVERVIEW_ZOOM.
// Cut from shapes whose cells are known, read back as the browser reads it, and the generated
// files checked against the atlas's own shapes: the area at a cell's centre is the cell's area.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { inflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { feature } from 'topojson-client';
import type { FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { DEFAULT_OUT_DIR } from '../../data/pipeline/pipeline';
import { overviewBytes, rasterizeAreas } from '../../geo/mapOverview';
import { OVERVIEW_ZOOM, geometryFile, overviewFile, type Manifest } from '../../src/atlas/assets';
import {
  decodeOverview,
  encodeOverview,
  mercatorX,
  mercatorY,
  overviewCellAt,
  type Overview,
} from '../../src/atlas/overviewFormat';
import { NL_BOUNDS, type AreaLevel, type AreaProperties } from '../../src/atlas/geography';
import { buildPickIndex, pickAt } from '../../src/atlas/pick';

const inflate = (bytes: Uint8Array): Overview => {
  const raw = inflateSync(bytes);
  return decodeOverview(raw.buffer.slice(raw.byteOffset, raw.byteOffset + raw.byteLength));
};

/** Degrees of the point at a fraction of a Web Mercator cell. */
const lon = (x: number) => x * 360 - 180;
const lat = (y: number) => (Math.atan(Math.sinh(Math.PI * (1 - 2 * y))) * 180) / Math.PI;

type Fills = FeatureCollection<Polygon | MultiPolygon, { code: string }>;
const square = (w: number, s: number, e: number, n: number) => [
  [w, s],
  [e, s],
  [e, n],
  [w, n],
  [w, s],
];

describe('overview raster', () => {
  // Two neighbours and one square with a hole, at zoom 4 (cells of about 0.18° at 512 px a tile).
  const fills: Fills = {
    type: 'FeatureCollection',
    features: [
      {
        type: 'Feature',
        properties: { code: 'A' },
        geometry: { type: 'Polygon', coordinates: [square(0, 0, 10, 10)] },
      },
      {
        type: 'Feature',
        properties: { code: 'B' },
        geometry: { type: 'Polygon', coordinates: [square(10, 0, 20, 10)] },
      },
      {
        type: 'Feature',
        properties: { code: 'C' },
        geometry: { type: 'Polygon', coordinates: [square(0, 20, 20, 30), square(5, 22, 15, 28).reverse()] },
      },
    ],
  };
  const overview = rasterizeAreas(fills, [-1, -1, 21, 31], 4);
  const numberAt = (x: number, y: number) => overviewCellAt(overview, mercatorX(x), mercatorY(y));

  it('numbers each area in order and fills the cells whose centre it covers, holes left out', () => {
    expect(overview.codes).toEqual(['A', 'B', 'C']);
    expect(numberAt(5, 5)).toBe(1);
    expect(numberAt(15, 5)).toBe(2);
    expect(numberAt(2, 25)).toBe(3);
    expect(numberAt(10, 25)).toBe(0); // the hole
    expect(numberAt(10, 15)).toBe(0); // between the squares
    expect(numberAt(-0.9, 5)).toBe(0);
    // A cell is 360 / (512 × 16) ≈ 0.044° wide: 10° is about 228 cells across.
    const row = Math.floor(
      ((mercatorY(5) - overview.bounds[1]) / (overview.bounds[3] - overview.bounds[1])) * overview.height,
    );
    const cells = overview.cells.subarray(row * overview.width, (row + 1) * overview.width);
    const count = (n: number) => cells.filter((c) => c === n).length;
    expect(Math.abs(count(1) - 10 / (360 / (512 * 16)))).toBeLessThanOrEqual(1);
    expect(Math.abs(count(2) - count(1))).toBeLessThanOrEqual(1);
    // Exactly the cells whose centre lies inside: from the first centre east of 0° to the last west of 20°.
    const column = (x: number) => (mercatorX(x) - overview.bounds[0]) * 512 * 2 ** 4;
    expect(cells.indexOf(1)).toBe(Math.ceil(column(0) - 0.5));
    expect(cells.lastIndexOf(2)).toBe(Math.ceil(column(20) - 0.5) - 1);
  });

  it('lies on the pixel grid of its zoom and covers the bounds asked for', () => {
    const world = 512 * 2 ** 4;
    const [west, north, east, south] = overview.bounds;
    for (const v of [west, north, east, south]) expect(Math.abs(v * world - Math.round(v * world))).toBeLessThan(1e-6);
    expect(Math.round((east - west) * world)).toBe(overview.width);
    expect(Math.round((south - north) * world)).toBe(overview.height);
    expect(west <= mercatorX(-1) && east >= mercatorX(21) && north <= mercatorY(31) && south >= mercatorY(-1)).toBe(
      true,
    );
  });

  it('reads back what was written; a cut-off or wrong file is refused', () => {
    const back = inflate(overviewBytes(overview));
    expect({ ...back, cells: [...back.cells] }).toEqual({ ...overview, cells: [...overview.cells] });
    const raw = encodeOverview(overview);
    expect(() => decodeOverview(raw.slice(0, raw.length - 2).buffer)).toThrow(/onvolledig/);
    expect(() => decodeOverview(new Uint8Array([200, 0, 0, 0, 1]).buffer)).toThrow(/kop/);
  });
});

describe('generated overviews', () => {
  const read = (file: string) => readFileSync(join(DEFAULT_OUT_DIR, file));
  it.each([
    ['gemeente', 2015],
    ['wijk', 2015],
    ['buurt', 2015],
    ['gemeente', 2023],
  ] as const)(
    "%s %i: in the manifest; the area at a cell's centre is the cell's area",
    (level: AreaLevel, year: number) => {
      const manifest = JSON.parse(read('manifest.json').toString()) as Manifest;
      const asset = manifest.assets.find((a) => a.file === overviewFile(level, year))!;
      expect(asset.kind).toBe('overview');
      const overview = inflate(read(asset.file));
      const topo = JSON.parse(read(geometryFile(level, year)).toString()) as Topology;
      const shapes = (
        feature(topo, topo.objects[level] as GeometryCollection<AreaProperties>) as FeatureCollection<
          Polygon | MultiPolygon,
          AreaProperties
        >
      ).features;
      expect(overview.codes).toEqual(shapes.map((f) => f.properties.code));
      // One cell per pixel at OVERVIEW_ZOOM, over the whole country.
      const [west, north, east, south] = overview.bounds;
      expect(Math.round((east - west) * 512 * 2 ** OVERVIEW_ZOOM)).toBe(overview.width);
      expect(
        west <= mercatorX(NL_BOUNDS[0]) &&
          east >= mercatorX(NL_BOUNDS[2]) &&
          north <= mercatorY(NL_BOUNDS[3]) &&
          south >= mercatorY(NL_BOUNDS[1]),
      ).toBe(true);
      // Every 97th cell: the shape under its centre is its area (or none); a few cells whose centre
      // lies within a metre of a border may differ (the tiles' coordinates are rounded to a metre).
      const index = buildPickIndex(shapes);
      let checked = 0;
      let same = 0;
      let filled = 0;
      for (let i = 0; i < overview.cells.length; i += 97) {
        const col = i % overview.width;
        const row = Math.floor(i / overview.width);
        const x = west + ((col + 0.5) / overview.width) * (east - west);
        const y = north + ((row + 0.5) / overview.height) * (south - north);
        const picked = pickAt(index, lon(x), lat(y));
        checked++;
        if (picked + 1 === overview.cells[i]) same++;
        if (overview.cells[i] > 0) filled++;
      }
      expect(filled).toBeGreaterThan(checked * 0.3);
      expect(same / checked).toBeGreaterThan(0.999);
      // Nearly every area has cells of its own (the rest are smaller than a cell).
      const present = new Set(overview.cells);
      expect(present.size - 1).toBeGreaterThan(shapes.length * 0.99);
    },
  );
});
