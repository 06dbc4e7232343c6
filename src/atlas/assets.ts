// The generated assets' manifest: written by the pipeline, read by the browser and the CLI.
import type { AreaLevel, Level } from './geography';

export const ATTRIBUTION = 'Bron: CBS, Kadaster/PDOK';
export const GENERATED_DIR = 'generated';

export interface ManifestAsset {
  file: string;
  kind: 'geometry' | 'tiles' | 'overview' | 'table' | 'search' | 'membership' | 'facts' | 'poi';
  level?: Level;
  year: number;
  /** Features (geometry), rows (table) or entries (search). */
  count: number;
  source: string;
  attribution: string;
  licence: string;
  sha256: string;
  bytes: number;
  /** A tile set's tiles: their folder, how many files and their bytes (kind 'tiles'). */
  tiles?: { dir: string; count: number; bytes: number; sha256: string };
}

export interface Manifest {
  /** Hash over the kit files and pipeline code that produced the assets. */
  inputsHash: string;
  assets: ManifestAsset[];
  warnings: string[];
}

export function geometryFile(level: Level, year: number): string {
  return `${level}_${year}.topo.json`;
}

/** The areas as maplibre draws them: vector tiles cut at build time (geo/mapTiles.ts), described
 *  by a TileJSON file. */
export function tilesFile(level: AreaLevel, year: number): string {
  return `${level}_${year}.tegels.json`;
}

/** The tiles' folder (z/x/y.pbf under it), relative to the generated folder. */
export function tilesDir(level: AreaLevel, year: number): string {
  return `tegels/${level}_${year}`;
}

/** The areas of a level as one raster of area numbers (geo/mapOverview.ts), drawn below
 *  OVERVIEW_ZOOM instead of the tiles: the whole country without decoding a polygon. */
export function overviewFile(level: AreaLevel, year: number): string {
  return `${level}_${year}.overzicht.bin`;
}

/** The overview's resolution: one cell per pixel at this zoom. The map draws it below this zoom
 *  (a cell is a pixel or less there) and the tiles from it. */
export const OVERVIEW_ZOOM = 8;

/** The tiles' layers: the areas' fills (only their code) and, over wijken and buurten, the
 *  borders between gemeenten. */
export const TILE_LAYERS = { fills: 'vlakken', borders: 'grenzen' } as const;

/** The deepest zoom cut per level; maplibre enlarges those tiles beyond it. At this zoom a tile
 *  unit is 1–3 m, finer than the shapes' own simplification. */
export const TILE_MAX_ZOOM: Record<AreaLevel, number> = { gemeente: 10, wijk: 11, buurt: 12 };

export function tableFile(level: Level, year: number): string {
  return `${level}_${year}.table.json`;
}

export function membershipFile(year: number): string {
  return `regio_${year}.json`;
}

export const FACTS_FILE = 'facts_2016.json';
export const VOORZIENINGEN_FILE = 'voorzieningen.json';

export function searchFile(year: number): string {
  return `search_${year}.json`;
}
