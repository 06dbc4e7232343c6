// The map's areas as vector tiles, cut once at build time: maplibre then only decodes the tiles in
// view, instead of parsing and cutting a whole level's GeoJSON in its worker at every level switch.
// Every tile in the level's bounds is written (an empty tile as an empty file), so maplibre never
// asks for a file that is not there.
import { GeoJSONVT, type GeoJSONVTTile } from '@maplibre/geojson-vt';
import { fromGeojsonVt } from '@maplibre/vt-pbf';
import type { Feature, FeatureCollection, MultiLineString, MultiPolygon, Polygon } from 'geojson';
import { TILE_LAYERS } from '../src/atlas/assets';

/** maplibre's tile grid: 4096 units a side, 64 units of neighbouring tile around it. */
const EXTENT = 4096;
const BUFFER = 64;
/** Simplification in tile units per zoom, as maplibre uses for its own GeoJSON tiles. */
const TOLERANCE = 3;

export interface Tile {
  z: number;
  x: number;
  y: number;
  data: Uint8Array;
}

const tileX = (lon: number, z: number) => Math.floor(((lon + 180) / 360) * 2 ** z);
const tileY = (lat: number, z: number) => {
  const r = (lat * Math.PI) / 180;
  return Math.floor(((1 - Math.log(Math.tan(r) + 1 / Math.cos(r)) / Math.PI) / 2) * 2 ** z);
};

export type Bounds = [number, number, number, number];

/** [west, south, east, north] of the fills. */
function boundsOf(fills: FeatureCollection<Polygon | MultiPolygon>): Bounds {
  const b: Bounds = [Infinity, Infinity, -Infinity, -Infinity];
  for (const f of fills.features) {
    const polygons = f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates;
    for (const [x, y] of polygons.flat(2)) {
      b[0] = Math.min(b[0], x);
      b[1] = Math.min(b[1], y);
      b[2] = Math.max(b[2], x);
      b[3] = Math.max(b[3], y);
    }
  }
  return b;
}

/** The fills and (when given) the borders cut into every tile from zoom 0 to maxZoom that overlaps
 *  the fills' bounds or the bounds the map asks tiles for (`within`); a tile without shapes has
 *  empty data. Returns the tiles and the bounds they cover. */
export function cutTiles(
  fills: FeatureCollection<Polygon | MultiPolygon, { code: string }>,
  borders: Feature<MultiLineString> | null,
  maxZoom: number,
  within: Bounds,
): { tiles: Tile[]; bounds: Bounds } {
  const own = boundsOf(fills);
  const bounds: Bounds = [
    Math.min(own[0], within[0]),
    Math.min(own[1], within[1]),
    Math.max(own[2], within[2]),
    Math.max(own[3], within[3]),
  ];
  const options = { maxZoom, indexMaxZoom: 0, tolerance: TOLERANCE, extent: EXTENT, buffer: BUFFER };
  const fillIndex = new GeoJSONVT(fills, options);
  const borderIndex = borders
    ? new GeoJSONVT({ type: 'FeatureCollection', features: [borders] } as never, options)
    : null;
  const [west, south, east, north] = bounds;
  const tiles: Tile[] = [];
  for (let z = 0; z <= maxZoom; z++) {
    for (let x = tileX(west, z); x <= tileX(east, z); x++) {
      for (let y = tileY(north, z); y <= tileY(south, z); y++) {
        const layers: Record<string, GeoJSONVTTile> = {};
        const fill = fillIndex.getTile(z, x, y);
        if (fill && fill.features.length > 0) layers[TILE_LAYERS.fills] = fill;
        const border = borderIndex?.getTile(z, x, y);
        if (border && border.features.length > 0) layers[TILE_LAYERS.borders] = border;
        const data =
          Object.keys(layers).length > 0 ? fromGeojsonVt(layers, { version: 2, extent: EXTENT }) : new Uint8Array(0);
        tiles.push({ z, x, y, data });
      }
    }
  }
  return { tiles, bounds };
}
