// The overview: a level's areas as a raster of area numbers, one cell per pixel at OVERVIEW_ZOOM.
// Below that zoom the map draws it with a colour per number (src/map/areaOverview.ts): the whole
// country in one texture, where the tiles would make maplibre's worker decode every buurt's polygon
// (about a second for the 12,000 buurten on a computer without a GPU).
import { deflateSync } from 'node:zlib';
import type { FeatureCollection, MultiPolygon, Polygon, Position } from 'geojson';
import { encodeOverview, mercatorX, mercatorY, type Overview } from '../src/atlas/overviewFormat';
import type { Bounds } from './mapTiles';

/** Fills the cells whose centre lies inside a polygon (even-odd over its rings, so holes stay). */
function fillPolygon(cells: Uint16Array, width: number, height: number, rings: Position[][], n: number): void {
  let top = Infinity;
  let bottom = -Infinity;
  for (const ring of rings)
    for (const [, y] of ring) {
      top = Math.min(top, y);
      bottom = Math.max(bottom, y);
    }
  const firstRow = Math.max(0, Math.ceil(top - 0.5));
  const lastRow = Math.min(height - 1, Math.floor(bottom - 0.5));
  const xs: number[] = [];
  for (let row = firstRow; row <= lastRow; row++) {
    const yc = row + 0.5;
    xs.length = 0;
    for (const ring of rings) {
      for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
        const [xa, ya] = ring[j];
        const [xb, yb] = ring[i];
        if (ya <= yc !== yb <= yc) xs.push(xa + ((yc - ya) * (xb - xa)) / (yb - ya));
      }
    }
    xs.sort((a, b) => a - b);
    for (let k = 0; k + 1 < xs.length; k += 2) {
      const from = Math.max(0, Math.ceil(xs[k] - 0.5));
      const to = Math.min(width - 1, Math.ceil(xs[k + 1] - 0.5) - 1);
      if (to >= from) cells.fill(n, row * width + from, row * width + to + 1);
    }
  }
}

/** The areas' raster over bounds ([west, south, east, north] in degrees), one cell per pixel at
 *  the zoom (512-pixel tiles), aligned to that zoom's pixel grid. Area i of the collection is
 *  number i + 1. An area smaller than a cell can have no cell of its own. */
export function rasterizeAreas(
  fills: FeatureCollection<Polygon | MultiPolygon, { code: string }>,
  bounds: Bounds,
  zoom: number,
): Overview {
  if (fills.features.length >= 0xffff)
    throw new Error(`te veel gebieden voor het overzicht (${fills.features.length})`);
  const world = 512 * 2 ** zoom;
  const [west, south, east, north] = bounds;
  const x0 = Math.floor(mercatorX(west) * world);
  const y0 = Math.floor(mercatorY(north) * world);
  const width = Math.ceil(mercatorX(east) * world) - x0;
  const height = Math.ceil(mercatorY(south) * world) - y0;
  const cells = new Uint16Array(width * height);
  const toCell = ([lon, lat]: Position): Position => [mercatorX(lon) * world - x0, mercatorY(lat) * world - y0];
  fills.features.forEach((f, i) => {
    const polygons = f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates;
    for (const polygon of polygons)
      fillPolygon(
        cells,
        width,
        height,
        polygon.map((ring) => ring.map(toCell)),
        i + 1,
      );
  });
  return {
    width,
    height,
    bounds: [x0 / world, y0 / world, (x0 + width) / world, (y0 + height) / world],
    codes: fills.features.map((f) => f.properties.code),
    cells,
  };
}

/** The overview file: encoded and deflated (the browser inflates it with DecompressionStream). */
export function overviewBytes(overview: Overview): Uint8Array {
  return deflateSync(encodeOverview(overview), { level: 9 });
}
