// Fetches generated assets from the page's own origin and checks them before they reach the store.
import { feature, mesh } from 'topojson-client';
import type { Feature, FeatureCollection, MultiLineString, MultiPolygon, Polygon } from 'geojson';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { GENERATED_DIR, geometryFile, searchFile, tableFile, type Manifest } from '../atlas/assets';
import type { AreaProperties, Level } from '../atlas/geography';
import type { AreaTable } from '../atlas/indicators';
import { entriesFromRows, type SearchEntry, type SearchRow } from '../atlas/search';

export class AssetError extends Error {}

const base = `${import.meta.env.BASE_URL}${GENERATED_DIR}/`;

async function fetchJson<T>(file: string): Promise<T> {
  let response: Response;
  try {
    response = await fetch(`${base}${file}`);
  } catch {
    throw new AssetError(`Kon ${file} niet laden (geen verbinding met de server).`);
  }
  if (!response.ok) throw new AssetError(`Kon ${file} niet laden (HTTP ${response.status}).`);
  try {
    return (await response.json()) as T;
  } catch {
    throw new AssetError(`${file} is geen geldige JSON; bouw de gegevens opnieuw met npm run data.`);
  }
}

export type AreaFeature = Feature<Polygon | MultiPolygon, AreaProperties>;

export interface Geometry {
  level: Level;
  year: number;
  features: AreaFeature[];
  /** Gemeente borders drawn over wijk and buurt fills; null at gemeente level. */
  gemeenteBorders: MultiLineString | null;
}

export function loadManifest(): Promise<Manifest> {
  return fetchJson<Manifest>('manifest.json');
}

const gemeenteOf = (g: { properties?: unknown }) => (g.properties as AreaProperties | undefined)?.gm;

export async function loadGeometry(level: Level, year: number): Promise<Geometry> {
  const file = geometryFile(level, year);
  const topo = await fetchJson<Topology>(file);
  const object = topo.objects?.[level] as GeometryCollection<AreaProperties> | undefined;
  if (!object || object.type !== 'GeometryCollection') throw new AssetError(`${file} bevat geen object "${level}".`);
  const fc = feature(topo, object) as FeatureCollection<Polygon | MultiPolygon, AreaProperties>;
  const gemeenteBorders = level === 'gemeente' ? null
    : mesh(topo, object, (a, b) => a === b || gemeenteOf(a) !== gemeenteOf(b));
  return { level, year, features: fc.features, gemeenteBorders };
}

export async function loadTable(level: Level, year: number): Promise<AreaTable> {
  const file = tableFile(level, year);
  const table = await fetchJson<AreaTable>(file);
  if (!Array.isArray(table.codes) || !table.columns || table.codes.length !== table.names?.length) {
    throw new AssetError(`${file} heeft niet de verwachte opbouw.`);
  }
  return table;
}

export async function loadSearch(year: number): Promise<SearchEntry[]> {
  const rows = await fetchJson<SearchRow[]>(searchFile(year));
  if (!Array.isArray(rows)) throw new AssetError(`${searchFile(year)} heeft niet de verwachte opbouw.`);
  return entriesFromRows(rows);
}
