// The areas as maplibre's own layers: fills coloured by feature-state, borders, the hatching of
// "onvolledig", the hovered area and the outlines of selection and highlight. The area levels come
// as vector tiles cut at build time (geo/mapTiles.ts): maplibre decodes only the tiles in view,
// a recolour only sets each area's state (no new geometry), and a pan runs no React code. Below
// OVERVIEW_ZOOM the overview raster draws them instead (areaOverview.ts). Regions, dissolved in
// the browser, are a GeoJSON source of their own.
import type {
  ExpressionSpecification,
  FilterSpecification,
  GeoJSONSource,
  LayerSpecification,
  Map as MapLibre,
  StyleSpecification,
  VectorSourceSpecification,
} from 'maplibre-gl';
import type { Feature, FeatureCollection } from 'geojson';
import { GENERATED_DIR, OVERVIEW_ZOOM, TILE_LAYERS, TILE_MAX_ZOOM, tilesDir, tilesFile } from '../atlas/assets';
import { NL_BOUNDS, isRegionSystem, type AreaLevel, type Level } from '../atlas/geography';
import type { AreaFeature, Geometry } from '../atlas/regionGeometry';
import type { FeatureColors } from '../state/selectors';
import { OverviewLayer } from './areaOverview';

/** The area levels' tiles: fills and the gemeente borders over wijken and buurten. */
const FILLS = 'vlakken';
const REGIONS = 'regios';
const REGION_BORDERS = 'regiogrenzen';
const HOVER = 'hover';
const OUTLINES = 'omlijning';
const HATCHED = 'onvolledig';
const REGION_FILLS = 'regio-vlakken';
const GEMEENTE_BORDERS = 'gemeentegrenzen';
/** The lowest of the area layers: a background map goes below it. */
export const FIRST_AREA_LAYER = REGION_FILLS;

/** Zoom from which the borders between areas show white: below it wijken and buurten are a few
 *  pixels wide, and their borders would only grey the map. */
const BORDER_MIN_ZOOM = { wijk: 8.5, buurt: 10 } as const;

/** An area's colour from its state (r, g, b 0–255, a 0–1); transparent until it is coloured. */
const STATE_COLOR: ExpressionSpecification = [
  'rgba',
  ['coalesce', ['feature-state', 'r'], 0],
  ['coalesce', ['feature-state', 'g'], 0],
  ['coalesce', ['feature-state', 'b'], 0],
  ['coalesce', ['feature-state', 'a'], 0],
];

/** The border between two areas: the fills' own outline, 45% white (each border is the outline of
 *  both its areas: 45% white twice reads as about 70%). Drawn only where the fills' antialiasing is
 *  on (outlinesAtZoom), so it needs no expression: a constant costs the worker nothing per area. */
const AREA_BORDER = 'rgba(255,255,255,0.45)';

const EMPTY: FeatureCollection = { type: 'FeatureCollection', features: [] };
const HOVER_LAYERS = ['hover-vlak', 'hover-lijn'];
const OUTLINE_LAYERS = ['gemarkeerd', 'selectie-halo', 'selectie'];

/** A layer without features still costs a stencil pass per tile on a software renderer: hidden. */
function show(map: MapLibre, layers: string[], visible: boolean): void {
  for (const id of layers) {
    const value = visible ? 'visible' : 'none';
    if (map.getLayoutProperty(id, 'visibility') !== value) map.setLayoutProperty(id, 'visibility', value);
  }
}

/** Sets a paint property of a fill layer only when it changes (a set is a style change and a render). */
function paintFills(
  map: MapLibre,
  layer: string,
  property: 'fill-opacity' | 'fill-antialias',
  value: number | boolean,
): void {
  if (map.getLayer(layer) && map.getPaintProperty(layer, property) !== value)
    map.setPaintProperty(layer, property, value);
}
const role = (r: string): FilterSpecification => ['==', ['get', 'rol'], r];

/** Diagonal lines on a transparent 16-pixel tile: the "onvolledig" hatching. */
function hatchImage(): ImageData {
  const size = 16;
  const data = new Uint8ClampedArray(size * size * 4);
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) if ((x + y) % 8 < 2) data.set([30, 30, 30, 150], (y * size + x) * 4);
  }
  return new ImageData(data, size, size);
}

/** The tiles' source of a level. */
function tileSource(level: AreaLevel, year: number): VectorSourceSpecification {
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
const fillLayer = (): LayerSpecification => ({
  id: FILLS,
  type: 'fill',
  source: FILLS,
  minzoom: OVERVIEW_ZOOM,
  'source-layer': TILE_LAYERS.fills,
  paint: { 'fill-color': STATE_COLOR, 'fill-outline-color': AREA_BORDER, 'fill-opacity': 0 },
});
const gemeenteBorderLayer = (): LayerSpecification => ({
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
      [HATCHED]: empty,
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
      { id: HATCHED, type: 'fill', source: HATCHED, layout: hidden(), paint: { 'fill-pattern': 'arcering' } },
      {
        id: 'gebiedsgrenzen',
        type: 'line',
        source: REGION_BORDERS,
        layout: hidden(),
        paint: { 'line-color': 'rgba(255,255,255,0.67)', 'line-width': 1 },
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

/** Follows a map made with areaStyle(level, year): its zoom (borders), its tiles (the reveal) and,
 *  once its style is there, the hatching's image. */
export function attachAreaLayers(map: MapLibre, level: Level, year: number): void {
  tileSetOf.set(map, isRegionSystem(level) ? null : tilesDir(level, year));
  if (!isRegionSystem(level)) revealOf.set(map, { painted: false });
  levelOf.set(map, level);
  const overview = new OverviewLayer(overviewShows, () => tilesAtEveryZoom(map));
  overviewOf.set(map, overview);
  // The overview's file loads with the style, not after it.
  overview.show(isRegionSystem(level) ? null : level, year);
  map.on('zoom', () => outlinesAtZoom(map));
  map.on('sourcedata', (e) => {
    if (e.sourceId !== FILLS) return;
    reveal(map);
    if (map.getZoom() >= OVERVIEW_ZOOM && map.isSourceLoaded(FILLS)) tilesShown.add(map);
  });
  const addOwn = () => {
    if (!map.hasImage('arcering')) map.addImage('arcering', hatchImage());
    if (!map.getLayer(overview.id)) map.addLayer(overview, map.getLayer(FILLS) ? FILLS : HATCHED);
    outlinesAtZoom(map);
  };
  map.once('style.load', addOwn);
  // After a lost WebGL context maplibre loads its style again (a frame later), without custom
  // layers and without feature-state (the map's component paints the areas again).
  map.on('webglcontextrestored', () => map.once('style.load', addOwn));
}

/** Each map's overview: the areas below OVERVIEW_ZOOM (areaOverview.ts). */
const overviewOf = new WeakMap<MapLibre, OverviewLayer>();

/** Maps whose level's tiles have been shown whole (at or above OVERVIEW_ZOOM). */
const tilesShown = new WeakSet<MapLibre>();

/** The overview draws the areas below OVERVIEW_ZOOM, and above it until the level's tiles in view
 *  have loaded once (after a level switch or a zoom in); not under every later pan, where it would
 *  cost a frame its whole area. */
function overviewShows(map: MapLibre): boolean {
  return map.getZoom() < OVERVIEW_ZOOM || (map.getSource(FILLS) !== undefined && !tilesShown.has(map));
}

/** A level whose overview file failed to load: its tiles draw it at every zoom. */
function tilesAtEveryZoom(map: MapLibre): void {
  overviewOf.get(map)?.drop();
  for (const id of [FILLS, GEMEENTE_BORDERS]) if (map.getLayer(id)) map.setLayerZoomRange(id, 0, 24);
}

/** Whether the map's last frame holds the areas drawn by the overview in their current colours
 *  (true where the overview draws nothing). */
export function overviewDrawn(map: MapLibre): boolean {
  return overviewOf.get(map)?.isDrawn(map) ?? true;
}

/** A new tile layer not yet shown, and whether its areas have their colours: it shows once they
 *  have and its tiles in view are loaded. */
const revealOf = new WeakMap<MapLibre, { painted: boolean }>();

function reveal(map: MapLibre): void {
  if (!revealOf.get(map)?.painted || !map.getSource(FILLS) || !map.isSourceLoaded(FILLS)) return;
  revealOf.delete(map);
  paintFills(map, FILLS, 'fill-opacity', opacityOf.get(map) ?? 1);
  if (map.getLayer(GEMEENTE_BORDERS)) map.setPaintProperty(GEMEENTE_BORDERS, 'line-opacity', 1);
}

/** Which level's tiles a map's tile source holds. */
const tileSetOf = new WeakMap<MapLibre, string | null>();

/** The tiles' source and its two layers, for one level or none (regions). A new level replaces
 *  both: the old tiles would only draw transparent, and a source given its tiles' address (not a
 *  TileJSON to fetch first) asks for the tiles in view at the next frame. */
function setTileLayers(map: MapLibre, level: AreaLevel | null, year: number): boolean {
  const key = level ? tilesDir(level, year) : null;
  if ((tileSetOf.get(map) ?? null) === key) return false;
  tileSetOf.set(map, key);
  if (map.getSource(FILLS)) {
    map.removeLayer(FILLS);
    map.removeLayer(GEMEENTE_BORDERS);
    map.removeSource(FILLS);
  }
  overviewOf.get(map)?.show(level, year);
  tilesShown.delete(map);
  if (!level) return true;
  map.addSource(FILLS, tileSource(level, year));
  map.addLayer(fillLayer(), HATCHED);
  revealOf.set(map, { painted: false });
  map.addLayer(gemeenteBorderLayer(), 'hover-vlak');
  return true;
}

const source = (map: MapLibre, id: string) => map.getSource(id) as GeoJSONSource | undefined;

const levelOf = new WeakMap<MapLibre, Level>();
/** The areas' opacity ("Dekking"), kept for a tile layer made anew. */
const opacityOf = new WeakMap<MapLibre, number>();

/** The borders are the fills' outlines (antialiasing), drawn from the zoom where the areas are wide
 *  enough for them; below it wijken and buurten are a few pixels wide, their borders would only
 *  grey the map, and each costs a line in every frame. */
function outlinesAtZoom(map: MapLibre): void {
  const level = levelOf.get(map);
  if (!level) return;
  const needed = !(level === 'wijk' || level === 'buurt') || map.getZoom() >= BORDER_MIN_ZOOM[level];
  paintFills(map, FILLS, 'fill-antialias', needed);
}

/** The level's layers: its tiles, or the regions' layers (a region's visibility only changes
 *  between regions and areas: it is a layout change, after which maplibre lays out its source
 *  again). False when the tiles were already those of the level. */
function showLevel(map: MapLibre, level: Level, year: number): boolean {
  const changed = setTileLayers(map, isRegionSystem(level) ? null : level, year);
  levelOf.set(map, level);
  outlinesAtZoom(map);
  show(map, [REGION_FILLS, 'gebiedsgrenzen'], isRegionSystem(level));
  return changed;
}

/** Whether a level's tile set is on the server: its TileJSON is there and names tiles (maplibre
 *  draws a missing tile as empty, without an error). */
export function hasTileSet(level: AreaLevel, year: number): Promise<boolean> {
  return fetch(`${import.meta.env.BASE_URL}${GENERATED_DIR}/${tilesFile(level, year)}`)
    .then((r) => (r.ok ? r.json() : null))
    .then((tileJson: { tiles?: unknown } | null) => Array.isArray(tileJson?.tiles))
    .catch(() => false);
}

/** An area level's tiles, from the moment the level is chosen (the atlas's own copy of the shapes
 *  loads after them). Null when they are shown already; else whether the level's tile set is there. */
export function showFiles(map: MapLibre, level: AreaLevel, year: number): Promise<boolean> | null {
  return showLevel(map, level, year) ? hasTileSet(level, year) : null;
}

/** Regions, dissolved here from the gemeenten, with the borders between two regions. */
export function showRegions(map: MapLibre, geometry: Geometry): void {
  const borders = geometry.regionBorders?.();
  map.removeFeatureState({ source: REGIONS });
  source(map, REGIONS)?.setData({ type: 'FeatureCollection', features: geometry.features });
  source(map, REGION_BORDERS)?.setData(borders ? { type: 'Feature', properties: {}, geometry: borders } : EMPTY);
  showLevel(map, geometry.level, geometry.year);
}

/** Colours every area through its feature-state: an attribute update, no new geometry. The areas
 *  of a tile level are coloured by code, before the atlas's own copy of their shapes is read. */
export function paintAreas(map: MapLibre, level: Level, year: number, colors: FeatureColors): void {
  const c = colors.colors;
  const target = isRegionSystem(level) ? { source: REGIONS } : { source: FILLS, sourceLayer: TILE_LAYERS.fills };
  if (!map.getSource(target.source)) return;
  if (!isRegionSystem(level)) overviewOf.get(map)?.setColors(level, year, colors);
  colors.codes.forEach((code, i) => {
    map.setFeatureState(
      { ...target, id: code },
      { r: c[i * 4], g: c[i * 4 + 1], b: c[i * 4 + 2], a: c[i * 4 + 3] / 255 },
    );
  });
  const pending = revealOf.get(map);
  if (pending && !isRegionSystem(level) && tileSetOf.get(map) === tilesDir(level, year)) {
    pending.painted = true;
    reveal(map);
  }
}

/** The areas hatched as "onvolledig" (regions whose value leaves out members without a figure). */
export function showHatched(map: MapLibre, shapes: AreaFeature[]): void {
  setSmallSource(map, HATCHED, shapes, [HATCHED]);
}

/** A small GeoJSON source and its layers, shown while it has features. An empty source is not set
 *  empty again: that would reload its tiles and cost a render. */
function setSmallSource(map: MapLibre, id: string, features: Feature[], layers: string[]): void {
  const shown = features.length > 0;
  if (shown || map.getLayoutProperty(layers[0], 'visibility') !== 'none')
    source(map, id)?.setData({ type: 'FeatureCollection', features });
  show(map, layers, shown);
}

/** The opacity of the area colours ("Dekking"), 0.2–1, linear (40% covers 40%). */
export function setAreaOpacity(map: MapLibre, opacity: number): void {
  opacityOf.set(map, opacity);
  overviewOf.get(map)?.setOpacity(opacity);
  if (!revealOf.has(map)) paintFills(map, FILLS, 'fill-opacity', opacity);
  paintFills(map, REGION_FILLS, 'fill-opacity', opacity);
}

/** The area under the pointer, in a source of its own: a hover reloads one shape, not the selection. */
export function showHover(map: MapLibre, hovered: AreaFeature | null): void {
  setSmallSource(map, HOVER, hovered ? [hovered] : [], HOVER_LAYERS);
}

/** The highlighted and selected areas, each role drawn by its own layers from one small source. */
export function showOutlines(map: MapLibre, highlighted: AreaFeature[], selected: AreaFeature[]): void {
  const tagged = (features: AreaFeature[], rol: string) =>
    features.map((f) => ({ type: 'Feature' as const, geometry: f.geometry, properties: { rol } }));
  setSmallSource(map, OUTLINES, [...tagged(highlighted, 'markering'), ...tagged(selected, 'selectie')], OUTLINE_LAYERS);
}

/** The code of the area drawn at a pixel, read from the overview or the tiles in view (while the
 *  atlas's own shapes of the level still load); null where no area is drawn. */
export function codeAt(map: MapLibre, point: [number, number]): string | null {
  const fromOverview = overviewOf.get(map)?.codeAt(map, point);
  if (fromOverview !== undefined) return fromOverview;
  if (!map.getLayer(FILLS)) return null;
  const [area] = map.queryRenderedFeatures(point, { layers: [FILLS] });
  const code = area?.properties?.code ?? area?.id;
  return typeof code === 'string' ? code : null;
}

/** The sources whose failure to load leaves the map empty (a missing generated file). */
export const AREA_SOURCES = [FILLS];
