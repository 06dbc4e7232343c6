// The areas as maplibre's own layers: fills coloured by feature-state, borders, the hatching of
// "onvolledig", the hovered area and the outlines of selection and highlight. maplibre tiles the GeoJSON in
// its worker and draws only what is in view, simplified per zoom; a recolour only sets each
// area's state (no new geometry), and a pan runs no React code.
import type { FilterSpecification, GeoJSONSource, Map as MapLibre } from 'maplibre-gl';
import type { FeatureCollection, GeoJSON } from 'geojson';
import { GENERATED_DIR, bordersFile, fillsFile } from '../atlas/assets';
import { isRegionSystem, type AreaLevel, type Level } from '../atlas/geography';
import type { AreaFeature, Geometry } from '../state/loaders';
import type { FeatureColors } from '../state/selectors';

const FILLS = 'vlakken';
const BORDERS = 'grenzen';
const HOVER = 'hover';
const OUTLINES = 'omlijning';
const HATCHED = 'onvolledig';
/** The lowest of the area layers: a background map goes below it. */
export const FIRST_AREA_LAYER = 'vlakken';

/** Zoom from which the borders between areas show white: below it wijken and buurten are a few
 *  pixels wide, and their borders would only grey the map. */
const BORDER_MIN_ZOOM: Record<Level, number> = {
  gemeente: 0, wijk: 8.5, buurt: 10, arbeidsmarktregio: 0, jeugdregio: 0, wmoregio: 0, corop: 0,
};

/** An area's colour from its state (r, g, b 0–255, a 0–1); transparent until it is coloured. */
const STATE_COLOR = ['rgba',
  ['coalesce', ['feature-state', 'r'], 0], ['coalesce', ['feature-state', 'g'], 0],
  ['coalesce', ['feature-state', 'b'], 0], ['coalesce', ['feature-state', 'a'], 0]] as const;

/** The border: the area's own colour below minZoom, 45% white from it. Always the same kind of
 *  expression (an 'interpolate' over zoom with feature-state outputs): maplibre 6 fails in its
 *  worker when a paint property changes between a constant, a 'step' and such an expression. */
const borderColor = (minZoom: number) => ['interpolate', ['linear'], ['zoom'], minZoom - 0.01, STATE_COLOR, minZoom, 'rgba(255,255,255,0.45)'];
/** Above any zoom the map reaches: the outline stays in the area's own colour. */
const NEVER = 30;

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

/** Sets a paint property of the fills only when it changes (a set is a style change and a render). */
function paintFills(map: MapLibre, property: 'fill-opacity' | 'fill-antialias', value: number | boolean): void {
  if (map.getPaintProperty(FILLS, property) !== value) map.setPaintProperty(FILLS, property, value);
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

/** Adds the sources and layers once, on the map's load. */
export function addAreaLayers(map: MapLibre): void {
  map.addSource(FILLS, { type: 'geojson', data: EMPTY, promoteId: 'code' });
  map.addSource(BORDERS, { type: 'geojson', data: EMPTY });
  map.addSource(HATCHED, { type: 'geojson', data: EMPTY });
  map.addSource(HOVER, { type: 'geojson', data: EMPTY });
  map.addSource(OUTLINES, { type: 'geojson', data: EMPTY });
  map.addImage('arcering', hatchImage());
  map.on('zoom', () => outlinesAtZoom(map));
  // The fill's own one-pixel outline (fill-antialias, drawn as GL lines: the cheapest border there
  // is) is the border between areas, white from the zoom where it helps, else in the area's colour.
  map.addLayer({ id: FILLS, type: 'fill', source: FILLS, paint: { 'fill-color': STATE_COLOR as never, 'fill-outline-color': borderColor(NEVER) as never, 'fill-opacity': 1 } });
  map.addLayer({ id: HATCHED, type: 'fill', source: HATCHED, layout: { visibility: 'none' }, paint: { 'fill-pattern': 'arcering' } });
  // Regions dissolved from gemeenten simplified one by one (kit 2022) keep slivers inside; their
  // borders are drawn from the segments between two regions instead (regionBorders.ts).
  map.addLayer({ id: 'gebiedsgrenzen', type: 'line', source: BORDERS, layout: { visibility: 'none' }, paint: { 'line-color': 'rgba(255,255,255,0.67)', 'line-width': 1 } });
  map.addLayer({ id: 'gemeentegrenzen', type: 'line', layout: { visibility: 'none' }, source: BORDERS, paint: { 'line-color': 'rgba(40,40,40,0.9)', 'line-width': 1.3 } });
  map.addLayer({ id: 'hover-vlak', layout: { visibility: 'none' }, type: 'fill', source: HOVER, paint: { 'fill-color': 'rgba(255,255,255,0.35)' } });
  map.addLayer({ id: 'hover-lijn', layout: { visibility: 'none' }, type: 'line', source: HOVER, paint: { 'line-color': '#1e1e1e', 'line-width': 1.5 } });
  map.addLayer({ id: 'gemarkeerd', layout: { visibility: 'none' }, type: 'line', source: OUTLINES, filter: role('markering'), paint: { 'line-color': '#d95f02', 'line-width': 2.5 } });
  map.addLayer({ id: 'selectie-halo', layout: { visibility: 'none' }, type: 'line', source: OUTLINES, filter: role('selectie'), paint: { 'line-color': '#ffffff', 'line-width': 5 } });
  map.addLayer({ id: 'selectie', layout: { visibility: 'none' }, type: 'line', source: OUTLINES, filter: role('selectie'), paint: { 'line-color': '#000000', 'line-width': 2.5 } });
}

const source = (map: MapLibre, id: string) => map.getSource(id) as GeoJSONSource | undefined;

const levelOf = new WeakMap<MapLibre, Level>();

/** The fills' outlines cost a line per border in every frame; wijken and buurten share their
 *  borders exactly, so below the zoom where the outlines turn white they are left out. */
function outlinesAtZoom(map: MapLibre): void {
  const level = levelOf.get(map);
  if (!level) return;
  const needed = !(level === 'wijk' || level === 'buurt') || map.getZoom() >= BORDER_MIN_ZOOM[level] - 0.01;
  paintFills(map, 'fill-antialias', needed);
}

/** Switches the fills' border style and the border layers to a level. */
function styleFor(map: MapLibre, level: Level): void {
  levelOf.set(map, level);
  outlinesAtZoom(map);
  const regions = isRegionSystem(level);
  show(map, ['gebiedsgrenzen'], regions);
  show(map, ['gemeentegrenzen'], level === 'wijk' || level === 'buurt');
  // Each border is the outline of both its areas: 45% white twice reads as about 70%.
  map.setPaintProperty(FILLS, 'fill-outline-color', borderColor(regions ? NEVER : BORDER_MIN_ZOOM[level]) as never);
}

/** New shapes for the fills and the borders: the old areas' states go, the style follows the level. */
function showShapes(map: MapLibre, level: Level, fills: string | GeoJSON, borders: string | GeoJSON): void {
  const fillSource = source(map, FILLS);
  const borderSource = source(map, BORDERS);
  if (!fillSource || !borderSource) return;
  map.removeFeatureState({ source: FILLS });
  fillSource.setData(fills);
  borderSource.setData(borders);
  styleFor(map, level);
}

/** An area level's generated files, fetched and tiled by maplibre's worker from the moment the
 *  level is chosen (the atlas's own copy of the shapes loads beside them). */
export function showFiles(map: MapLibre, level: AreaLevel, year: number): void {
  const base = `${import.meta.env.BASE_URL}${GENERATED_DIR}/`;
  showShapes(map, level, `${base}${fillsFile(level, year)}`, level === 'gemeente' ? EMPTY : `${base}${bordersFile(level, year)}`);
}

/** Regions, dissolved here from the gemeenten, with the borders between two regions. */
export function showRegions(map: MapLibre, geometry: Geometry): void {
  const borders = geometry.regionBorders?.();
  showShapes(map, geometry.level, { type: 'FeatureCollection', features: geometry.features },
    borders ? { type: 'Feature', properties: {}, geometry: borders } : EMPTY);
}

/** Colours every area through its feature-state: an attribute update, no new geometry. */
export function paintAreas(map: MapLibre, geometry: Geometry, colors: FeatureColors): void {
  const c = colors.colors;
  geometry.features.forEach((f, i) => {
    map.setFeatureState({ source: FILLS, id: f.properties.code }, { r: c[i * 4], g: c[i * 4 + 1], b: c[i * 4 + 2], a: c[i * 4 + 3] / 255 });
  });
  // An empty source set again would reload its tiles and cost a second render.
  const hatched = colors.hatched.length > 0;
  if (hatched || map.getLayoutProperty(HATCHED, 'visibility') !== 'none') {
    source(map, HATCHED)?.setData({ type: 'FeatureCollection', features: colors.hatched.map((i) => geometry.features[i]) });
  }
  show(map, [HATCHED], hatched);
}

/** The opacity of the area colours ("Dekking"), 0.2–1, linear (40% covers 40%). */
export function setAreaOpacity(map: MapLibre, opacity: number): void {
  paintFills(map, 'fill-opacity', opacity);
}

/** The area under the pointer, in a source of its own: a hover reloads one shape, not the selection. */
export function showHover(map: MapLibre, hovered: AreaFeature | null): void {
  source(map, HOVER)?.setData({ type: 'FeatureCollection', features: hovered ? [hovered] : [] });
  show(map, HOVER_LAYERS, hovered !== null);
}

/** The highlighted and selected areas, each role drawn by its own layers from one small source. */
export function showOutlines(map: MapLibre, highlighted: AreaFeature[], selected: AreaFeature[]): void {
  const tagged = (features: AreaFeature[], rol: string) => features.map((f) => ({ type: 'Feature' as const, geometry: f.geometry, properties: { rol } }));
  const features = [...tagged(highlighted, 'markering'), ...tagged(selected, 'selectie')];
  source(map, OUTLINES)?.setData({ type: 'FeatureCollection', features });
  show(map, OUTLINE_LAYERS, features.length > 0);
}

/** The sources whose failure to load leaves the map empty (a missing generated file). */
export const AREA_SOURCES = [FILLS, BORDERS];
