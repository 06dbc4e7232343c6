// The generated assets' manifest: written by the pipeline, read by the browser and the CLI.
import type { Level } from './geography';

export const ATTRIBUTION = 'Bron: CBS, Kadaster/PDOK';
export const GENERATED_DIR = 'generated';

export interface ManifestAsset {
  file: string;
  kind: 'geometry' | 'fills' | 'borders' | 'table' | 'search' | 'membership' | 'facts' | 'poi';
  level?: Level;
  year: number;
  /** Features (geometry), rows (table) or entries (search). */
  count: number;
  source: string;
  attribution: string;
  licence: string;
  sha256: string;
  bytes: number;
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

/** The areas as maplibre draws them (GeoJSON fills with only their code; geo/mapFiles.ts). */
export function fillsFile(level: Level, year: number): string {
  return `${level}_${year}.vlakken.geojson`;
}

/** The borders between gemeenten over wijken or buurten (geo/mapFiles.ts). */
export function bordersFile(level: Level, year: number): string {
  return `${level}_${year}.grenzen.geojson`;
}

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
