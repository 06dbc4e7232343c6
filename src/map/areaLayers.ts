// The areas on one map, over time: which level's tiles its source holds, their reveal once every
// tile in view is there and coloured, the overview below OVERVIEW_ZOOM, the borders by zoom, the
// and the opacity. One object per map, owned by
// the map's component (the layers' specs are areaStyle.ts). The area levels come as vector tiles
// cut at build time: maplibre decodes only the tiles in view, a recolour only sets each area's
// state (no new geometry), and a pan runs no React code. The onvolledig outline, hover and outlines are
// AreaMarks (areaMarks.ts). Regions, dissolved in the browser, are a
// GeoJSON source of their own.
import type { GeoJSONSource, Map as MapLibre } from 'maplibre-gl';
import { OVERVIEW_ZOOM, TILE_LAYERS, tilesDir } from '../atlas/assets';
import { hasTileSet, paintFills, show } from './styleEdits';
import { assetName, isRegionSystem, type AreaLevel, type Level } from '../atlas/geography';
import type { Geometry } from '../atlas/regionGeometry';
import type { FeatureColors } from '../state/selectors';
import { OverviewLayer } from './areaOverview';
import {
  BORDER_MIN_ZOOM,
  EMPTY,
  FILLS,
  GEMEENTE_BORDERS,
  REGION_BORDER_LINES,
  REGIONS,
  REGION_BORDERS,
  REGION_FILLS,
  fillLayer,
  gemeenteBorderLayer,
  tileSource,
} from './areaStyle';

/** The sources whose failure to load leaves the map empty (a missing generated file). */
export const AREA_SOURCES = [FILLS];

export class AreaLayers {
  /** Which level's tiles the tile source holds (tilesDir), or null for regions. */
  private tileSet: string | null;
  /** A new tile layer not yet shown, and whether its areas have their colours: it shows once they
   *  have and its tiles in view are loaded. */
  private pendingReveal: { painted: boolean } | null = null;
  private level: Level;
  /** The areas' opacity ("Dekking"), kept for a tile layer made anew. */
  private opacity = 1;
  /** Whether the level's tiles have been shown whole (at or above OVERVIEW_ZOOM). */
  private tilesShown = false;
  /** The areas below OVERVIEW_ZOOM (areaOverview.ts). */
  private readonly overview: OverviewLayer;
  /** What the layers show now: the regions' shapes, the colours and their level. */
  private shown: { geometry: Geometry | null; colors: FeatureColors | null; key: string } = {
    geometry: null,
    colors: null,
    key: '',
  };

  /** Follows a map made with areaStyle(level, year): its zoom (borders), its tiles (the reveal)
   *  and, once its style is there, the overview layer. */
  constructor(
    private readonly map: MapLibre,
    level: Level,
    year: number,
  ) {
    this.level = level;
    this.tileSet = isRegionSystem(level) ? null : tilesDir(level, year);
    if (!isRegionSystem(level)) this.pendingReveal = { painted: false };
    this.overview = new OverviewLayer(
      () => this.overviewShows(),
      () => this.tilesAtEveryZoom(),
    );
    // The overview's file loads with the style, not after it.
    this.overview.show(isRegionSystem(level) ? null : level, year);
    map.on('zoom', () => this.outlinesAtZoom());
    map.on('sourcedata', (e) => {
      if (e.sourceId !== FILLS) return;
      this.reveal();
      if (map.getZoom() >= OVERVIEW_ZOOM && map.isSourceLoaded(FILLS)) this.tilesShown = true;
    });
    const addOwn = () => {
      if (!map.getLayer(this.overview.id))
        map.addLayer(this.overview, map.getLayer(FILLS) ? FILLS : REGION_BORDER_LINES);
      this.outlinesAtZoom();
    };
    map.once('style.load', addOwn);
    // After a lost WebGL context maplibre loads its style again (a frame later), without custom
    // layers and without feature-state: the layers add theirs, and the colours are painted anew.
    map.on('webglcontextrestored', () => map.once('style.load', addOwn));
  }

  /** The overview draws the areas below OVERVIEW_ZOOM, and above it until the level's tiles in
   *  view have loaded once (after a level switch or a zoom in); not under every later pan, where
   *  it would cost a frame its whole area. */
  private overviewShows(): boolean {
    return this.map.getZoom() < OVERVIEW_ZOOM || (this.map.getSource(FILLS) !== undefined && !this.tilesShown);
  }

  /** A level whose overview file failed to load: its tiles draw it at every zoom. */
  private tilesAtEveryZoom(): void {
    this.overview.drop();
    for (const id of [FILLS, GEMEENTE_BORDERS]) if (this.map.getLayer(id)) this.map.setLayerZoomRange(id, 0, 24);
  }

  /** Whether the map's last frame holds the areas drawn by the overview in their current colours
   *  (true where the overview draws nothing). */
  overviewDrawn(): boolean {
    return this.overview.isDrawn(this.map);
  }

  private reveal(): void {
    const map = this.map;
    if (!this.pendingReveal?.painted || !map.getSource(FILLS) || !map.isSourceLoaded(FILLS)) return;
    this.pendingReveal = null;
    paintFills(map, FILLS, 'fill-opacity', this.opacity);
    if (map.getLayer(GEMEENTE_BORDERS)) map.setPaintProperty(GEMEENTE_BORDERS, 'line-opacity', 1);
  }

  /** The tiles' source and its two layers, for one level or none (regions). A new level replaces
   *  both: the old tiles would only draw transparent, and a source given its tiles' address (not a
   *  TileJSON to fetch first) asks for the tiles in view at the next frame. */
  private setTileLayers(level: AreaLevel | null, year: number): boolean {
    const map = this.map;
    const key = level ? tilesDir(level, year) : null;
    if (this.tileSet === key) return false;
    this.tileSet = key;
    if (map.getSource(FILLS)) {
      map.removeLayer(FILLS);
      map.removeLayer(GEMEENTE_BORDERS);
      map.removeSource(FILLS);
    }
    this.overview.show(level, year);
    this.tilesShown = false;
    if (!level) return true;
    map.addSource(FILLS, tileSource(level, year));
    map.addLayer(fillLayer(), REGION_BORDER_LINES);
    this.pendingReveal = { painted: false };
    map.addLayer(gemeenteBorderLayer(), 'hover-vlak');
    return true;
  }

  /** The borders are the fills' outlines (antialiasing), drawn from the zoom where the areas are
   *  wide enough for them; below it wijken and buurten are a few pixels wide, their borders would
   *  only grey the map, and each costs a line in every frame. */
  private outlinesAtZoom(): void {
    const level = this.level;
    const needed = !(level === 'wijk' || level === 'buurt') || this.map.getZoom() >= BORDER_MIN_ZOOM[level];
    paintFills(this.map, FILLS, 'fill-antialias', needed);
  }

  /** The level's layers: its tiles, or the regions' layers (a region's visibility only changes
   *  between regions and areas: it is a layout change, after which maplibre lays out its source
   *  again). False when the tiles were already those of the level. */
  private showLevel(level: Level, year: number): boolean {
    const changed = this.setTileLayers(isRegionSystem(level) ? null : level, year);
    this.level = level;
    this.outlinesAtZoom();
    show(this.map, [REGION_FILLS, REGION_BORDER_LINES], isRegionSystem(level));
    return changed;
  }

  /** An area level's tiles, from the moment the level is chosen (the atlas's own copy of the
   *  shapes loads after them). Null when they are shown already; else whether the level's tile
   *  set is there. */
  showFiles(level: AreaLevel, year: number): Promise<boolean> | null {
    return this.showLevel(level, year) ? hasTileSet(level, year) : null;
  }

  /** Regions, dissolved here from the gemeenten, with the borders between two regions. */
  private showRegions(geometry: Geometry): void {
    const borders = geometry.regionBorders?.();
    this.map.removeFeatureState({ source: REGIONS });
    const source = (id: string) => this.map.getSource<GeoJSONSource>(id);
    void source(REGIONS)?.setData({ type: 'FeatureCollection', features: geometry.features });
    void source(REGION_BORDERS)?.setData(borders ? { type: 'Feature', properties: {}, geometry: borders } : EMPTY);
    this.showLevel(geometry.level, geometry.year);
  }

  /** Colours every area through its feature-state: an attribute update, no new geometry. The
   *  areas of a tile level are coloured by code, before the atlas's own copy of their shapes. */
  private paint(level: Level, year: number, colors: FeatureColors): void {
    const map = this.map;
    const c = colors.colors;
    const target = isRegionSystem(level) ? { source: REGIONS } : { source: FILLS, sourceLayer: TILE_LAYERS.fills };
    if (!map.getSource(target.source)) return;
    if (!isRegionSystem(level)) this.overview.setColors(level, year, colors);
    colors.codes.forEach((code, i) => {
      map.setFeatureState(
        { ...target, id: code },
        { r: c[i * 4], g: c[i * 4 + 1], b: c[i * 4 + 2], a: c[i * 4 + 3] / 255 },
      );
    });
    if (this.pendingReveal && !isRegionSystem(level) && this.tileSet === tilesDir(level, year)) {
      this.pendingReveal.painted = true;
      this.reveal();
    }
  }

  /** The areas of a level in their colours (regions also their dissolved shapes); true when
   *  something changed that needs a new frame. A new level's tiles start uncoloured, so a level
   *  change paints them anew. */
  showAreas(level: Level, year: number, geometry: Geometry | undefined, colors: FeatureColors): boolean {
    const key = assetName(level, year);
    let changed = false;
    if (geometry && isRegionSystem(geometry.level) && geometry !== this.shown.geometry) {
      this.showRegions(geometry);
      changed = true;
    }
    if (colors !== this.shown.colors || key !== this.shown.key) {
      this.paint(level, year, colors);
      changed = true;
    }
    this.shown = { geometry: geometry ?? null, colors, key };
    return changed;
  }

  /** The level and year (assetName) whose colours the layers show. */
  get shownKey(): string {
    return this.shown.key;
  }

  /** After a lost WebGL context the map lost every area's colour: the next showAreas paints all. */
  forgetShown(): void {
    this.shown = { geometry: null, colors: null, key: '' };
  }

  /** The opacity of the area colours ("Dekking"), 0.2–1, linear (40% covers 40%). */
  setOpacity(opacity: number): void {
    this.opacity = opacity;
    this.overview.setOpacity(opacity);
    if (!this.pendingReveal) paintFills(this.map, FILLS, 'fill-opacity', opacity);
    paintFills(this.map, REGION_FILLS, 'fill-opacity', opacity);
  }

  /** The code of the area drawn at a pixel, read from the overview or the tiles in view (while the
   *  atlas's own shapes of the level still load); null where no area is drawn. */
  codeAt(point: [number, number]): string | null {
    const fromOverview = this.overview.codeAt(this.map, point);
    if (fromOverview !== undefined) return fromOverview;
    if (!this.map.getLayer(FILLS)) return null;
    const [area] = this.map.queryRenderedFeatures(point, { layers: [FILLS] });
    const code: unknown = area?.properties?.code ?? area?.id;
    return typeof code === 'string' ? code : null;
  }
}
