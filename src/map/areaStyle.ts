// The areas' sources and layers as maplibre style: the tiles of an area level (fills and the
// gemeente borders over wijken and buurten), the regions' own GeoJSON, the dashed
// outline of "onvolledig", the hovered area and the outlines of selection and highlight. Specs only; what
// each map does with them over time is AreaLayers (areaLayers.ts).
import type {
  ExpressionSpecification,
  FilterSpecification,
  LayerSpecification,
  StyleSpecification,
  VectorSourceSpecification,
} from 'maplibre-gl';
import type { FeatureCollection } from 'geojson';
import { GENERATED_DIR, OVERVIEW_ZOOM, TILE_LAYERS, TILE_MAX_ZOOM, tilesDir } from '../atlas/assets';
import { NL_BOUNDS, isRegionSystem, type AreaLevel, type Level } from '../atlas/geography';

/** The area levels' tiles: fills and the gemeente borders over wijken and buurten. */
export const FILLS = 'vlakken';
export const REGIONS = 'regios';
export const REGION_BORDERS = 'regiogrenzen';
export const HOVER = 'hover';
export const OUTLINES = 'omlijning';
export const INCOMPLETE = 'onvolledig';
/** The borders between regions (drawn from their shared segments). */
export const REGION_BORDER_LINES = 'gebiedsgrenzen';
/** The dashed outline of "onvolledig": a white line under dark dashes, readable on every class colour. */
export const INCOMPLETE_LAYERS = ['onvolledig-onder', INCOMPLETE];
export const REGION_FILLS = 'regio-vlakken';
export const GEMEENTE_BORDERS = 'gemeentegrenzen';
/** The lowest of the area layers: a background map goes below it. */
export const FIRST_AREA_LAYER = REGION_FILLS;

/** Zoom from which the borders between areas show white: below it wijken and buurten are a few
 *  pixels wide, and their borders would only grey the map. */
export const BORDER_MIN_ZOOM = { wijk: 8.5, buurt: 10 } as const;

/** An area's colour from its state (r, g, b 0–255, a 0–1); transparent until it is coloured. */
export const STATE_COLOR: ExpressionSpecification = [
  'rgba',
  ['coalesce', ['feature-state', 'r'], 0],
  ['coalesce', ['feature-state', 'g'], 0],
  ['coalesce', ['feature-state', 'b'], 0],
  ['coalesce', ['feature-state', 'a'], 0],
];

/** The border between two areas: the fills' own outline, 45% white (each border is the outline of
 *  both its areas: 45% white twice reads as about 70%). Drawn only where the fills' antialiasing is
 *  on (outlinesAtZoom), so it needs no expression: a constant costs the worker nothing per area. */
export const AREA_BORDER = 'rgba(255,255,255,0.45)';

export const EMPTY: FeatureCollection = { type: 'FeatureCollection', features: [] };
export const HOVER_LAYERS = ['hover-vlak', 'hover-lijn'];
export const OUTLINE_LAYERS = ['gemarkeerd', 'selectie-halo', 'selectie'];

const role = (r: string): FilterSpecification => ['==', ['get', 'rol'], r];

/** The tiles' source of a level. */
export function tileSource(level: AreaLevel, year: number): VectorSourceSpecification {
  return {
    type: 'vector',
    // Relative to the atlas's address; the map's transformRequest makes it whole for the worker.
    tiles: [`${GENERATED_DIR}/${tilesDir(level, year)}/{z}/{x}/{y}.pbf`],
    minzoom: 0,
    maxzoom: TILE_MAX_ZOOM[level],
    // The pipeline cuts every tile over these bounds (and the areas' own).
    bounds: NL_BOUNDS,
    promoteId: 'code',
  };
}

// The fill's own one-pixel outline (fill-antialias, drawn as GL lines: the cheapest border there
// is) is the border between areas. Transparent until every tile in view is there and the areas
// have their colours: a software renderer then draws the level once, not once per arriving tile
// (each such frame takes the CPU the worker needs to decode the rest).
export const fillLayer = (): LayerSpecification => ({
  id: FILLS,
  type: 'fill',
  source: FILLS,
  minzoom: OVERVIEW_ZOOM,
  'source-layer': TILE_LAYERS.fills,
  paint: { 'fill-color': STATE_COLOR, 'fill-outline-color': AREA_BORDER, 'fill-opacity': 0 },
});
export const gemeenteBorderLayer = (): LayerSpecification => ({
  id: GEMEENTE_BORDERS,
  type: 'line',
  source: FILLS,
  minzoom: OVERVIEW_ZOOM,
  'source-layer': TILE_LAYERS.borders,
  paint: { 'line-color': 'rgba(40,40,40,0.9)', 'line-width': 1.3, 'line-opacity': 0 },
});
const hidden = () => ({ visibility: 'none' }) as const;

/** The areas' sources and layers, as part of the map's first style, with the tiles of the level
 *  the map opens on: those are asked for in the map's first frame (added on its load event, they
 *  waited for that event, the source's own setup and another frame). */
export function areaStyle(level: Level, year: number): Pick<StyleSpecification, 'sources' | 'layers'> {
  const empty = { type: 'geojson', data: EMPTY } as const;
  const tiles = isRegionSystem(level) ? null : level;
  return {
    sources: {
      [REGIONS]: { ...empty, promoteId: 'code' },
      [REGION_BORDERS]: empty,
      [INCOMPLETE]: empty,
      [HOVER]: empty,
      [OUTLINES]: empty,
      ...(tiles ? { [FILLS]: tileSource(tiles, year) } : {}),
    },
    // Regions dissolved from gemeenten simplified one by one (kit 2022) keep slivers inside; their
    // borders are drawn from the segments between two regions instead (regionBorders.ts).
    layers: [
      {
        id: REGION_FILLS,
        type: 'fill',
        source: REGIONS,
        layout: hidden(),
        paint: { 'fill-color': STATE_COLOR, 'fill-outline-color': STATE_COLOR, 'fill-opacity': 1 },
      },
      ...(tiles ? [fillLayer()] : []),
      {
        id: REGION_BORDER_LINES,
        type: 'line',
        source: REGION_BORDERS,
        layout: hidden(),
        paint: { 'line-color': 'rgba(255,255,255,0.67)', 'line-width': 1 },
      },
      {
        id: INCOMPLETE_LAYERS[0],
        type: 'line',
        source: INCOMPLETE,
        layout: hidden(),
        paint: { 'line-color': '#ffffff', 'line-width': 3.5 },
      },
      {
        id: INCOMPLETE,
        type: 'line',
        source: INCOMPLETE,
        layout: hidden(),
        paint: { 'line-color': '#1d1d1d', 'line-width': 2, 'line-dasharray': [2, 1.5] },
      },
      ...(tiles ? [gemeenteBorderLayer()] : []),
      {
        id: 'hover-vlak',
        layout: hidden(),
        type: 'fill',
        source: HOVER,
        paint: { 'fill-color': 'rgba(255,255,255,0.35)' },
      },
      {
        id: 'hover-lijn',
        layout: hidden(),
        type: 'line',
        source: HOVER,
        paint: { 'line-color': '#1e1e1e', 'line-width': 1.5 },
      },
      {
        id: 'gemarkeerd',
        layout: hidden(),
        type: 'line',
        source: OUTLINES,
        filter: role('markering'),
        paint: { 'line-color': '#d95f02', 'line-width': 2.5 },
      },
      {
        id: 'selectie-halo',
        layout: hidden(),
        type: 'line',
        source: OUTLINES,
        filter: role('selectie'),
        paint: { 'line-color': '#ffffff', 'line-width': 5 },
      },
      {
        id: 'selectie',
        layout: hidden(),
        type: 'line',
        source: OUTLINES,
        filter: role('selectie'),
        paint: { 'line-color': '#000000', 'line-width': 2.5 },
      },
    ],
  };
}
