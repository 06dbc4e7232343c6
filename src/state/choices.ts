// The user's choices: what the map shows and how. The URL mirrors them (url.ts); the store holds
// them with the loaded data (store.ts). Defaults and limits are said once, here.
import type { Classification } from '../atlas/classify';
import { DEFAULT_CLASSIFICATION } from '../atlas/classificationText';
import { DEFAULT_YEAR, type Level } from '../atlas/geography';
import type { MapView } from '../atlas/mapView';
import type { PaletteName } from '../atlas/palettes';
import type { Category } from '../atlas/socialeKaart';
import type { Mode } from '../atlas/choiceChanges';
import type { CorrectedScale } from '../atlas/nationalScale';
import type { CsvDialect } from '../atlas/csv';

export type { Mode, MapView };

export interface Choices {
  level: Level;
  year: number;
  indicator: string;
  classification: Classification;
  palette: PaletteName;
  selection: string | null;
  view: MapView | null;
  /** 'kaart': one choropleth; 'vergelijken': observed and risk-corrected side by side. */
  mode: Mode;
  /** Risk factors of the model; null = the indicator's default set. */
  factors: string[] | null;
  /** Colours of the corrected map: the SCP's observed quintiles, or the distance to the national rate. */
  correctedScale: CorrectedScale;
  /** The map colours the selected gemeente's wijken by their deviation from its own rate. */
  withinMap: boolean;
  /** Areas pinned for side-by-side comparison (at most MAX_PINS, any level). */
  pins: string[];
  /** The sociale kaart layer and its category filter (empty = all). */
  showPoi: boolean;
  poiCategories: Category[];
  /** Free-text, law and access filters of the points. */
  poiText: string;
  poiWet: string;
  poiToegang: string;
  /** "Dichtbij": the spot the nearest services are measured from. */
  nearFrom: [number, number] | null;
  /** Background map under the areas: none (offline) or a PDOK BRT-Achtergrondkaart variant. */
  basemap: Basemap;
  /** Opacity of the area colours in percent (lower shows more of the background or the points). */
  opacity: number;
  /** The one "CSV-opmaak" of every export: Dutch Excel (;, decimal comma, BOM) or international. */
  csvDialect: CsvDialect;
}

export const BASEMAPS = ['geen', 'grijs', 'standaard'] as const;
export type Basemap = (typeof BASEMAPS)[number];
export const isBasemap = (v: unknown): v is Basemap =>
  typeof v === 'string' && (BASEMAPS as readonly string[]).includes(v);
export const MIN_OPACITY = 20;
/** The colour coverage a background map comes with, unless the user chose one: streets and water show through. */
export const BASEMAP_OPACITY = 60;
/** The coverage that goes without saying (and without a link parameter) for a background map. */
export const defaultOpacity = (basemap: Basemap): number => (basemap === 'geen' ? 100 : BASEMAP_OPACITY);

export const MAX_PINS = 4;

export const DEFAULT_PALETTE: PaletteName = 'YlGnBu';

export function defaultChoices(defaultIndicator: string): Choices {
  return {
    level: 'gemeente',
    year: DEFAULT_YEAR,
    indicator: defaultIndicator,
    classification: DEFAULT_CLASSIFICATION,
    palette: DEFAULT_PALETTE,
    selection: null,
    view: null,
    mode: 'kaart',
    factors: null,
    correctedScale: 'scp',
    withinMap: false,
    pins: [],
    showPoi: false,
    poiCategories: [],
    poiText: '',
    poiWet: '',
    poiToegang: '',
    nearFrom: null,
    basemap: 'geen',
    opacity: 100,
    csvDialect: 'nl',
  };
}
