// Fetches generated assets from the page's own origin and checks them before they reach the store.
import type { Topology } from 'topojson-specification';
import {
  FACTS_FILE,
  GENERATED_DIR,
  VOORZIENINGEN_FILE,
  geometryFile,
  membershipFile,
  overviewFile,
  searchFile,
  tableFile,
  type Manifest,
} from '../atlas/assets';
import { decodeOverview, type Overview } from '../atlas/overviewFormat';
import { geometryFromTopology, type Geometry } from '../atlas/regionGeometry';
import type { AreaLevel, Membership } from '../atlas/geography';
import type { Facts } from '../../data/catalogue/facts';
import type { AreaTable } from '../atlas/indicators';
import { entriesFromRows, type SearchEntry, type SearchRow } from '../atlas/search';
import type { Voorziening } from '../atlas/socialeKaart';

export class AssetError extends Error {}

const base = `${import.meta.env.BASE_URL}${GENERATED_DIR}/`;

/** A generated file's response, or an AssetError naming what is wrong with it. */
async function fetchAsset(file: string): Promise<Response> {
  let response: Response;
  try {
    response = await fetch(`${base}${file}`);
  } catch {
    throw new AssetError(`Kon ${file} niet laden (geen verbinding met de server).`);
  }
  if (response.status === 404)
    throw new AssetError(`${file} ontbreekt op de server; bouw de gegevens opnieuw met npm run data (of npm install).`);
  if (!response.ok) throw new AssetError(`Kon ${file} niet laden (HTTP ${response.status}).`);
  // A server that answers every unknown path with the page itself (vite preview, many static hosts).
  if (/text\/html/i.test(response.headers.get('content-type') ?? ''))
    throw new AssetError(
      `${file} ontbreekt op de server (de server gaf een webpagina terug); bouw de gegevens opnieuw met npm run data (of npm install).`,
    );
  return response;
}

async function fetchJson<T>(file: string): Promise<T> {
  const response = await fetchAsset(file);
  try {
    return (await response.json()) as T;
  } catch {
    throw new AssetError(`${file} is geen geldige JSON; bouw de gegevens opnieuw met npm run data.`);
  }
}

let manifest: Promise<Manifest> | null = null;

/** The manifest, fetched once; a failed fetch is retried on the next call. */
export function loadManifest(): Promise<Manifest> {
  manifest ??= fetchJson<Manifest>('manifest.json').catch((error: unknown) => {
    manifest = null;
    throw error;
  });
  return manifest;
}

/** Checks a loaded asset against the manifest's count, so a stale or truncated file is named. */
export function checkCount(m: Manifest, file: string, count: number): void {
  const entry = m.assets.find((a) => a.file === file);
  if (!entry) throw new AssetError(`${file} staat niet in manifest.json; bouw de gegevens opnieuw met npm run data.`);
  if (entry.count !== count)
    throw new AssetError(
      `${file} bevat ${count} gebieden, maar manifest.json noemt er ${entry.count}; bouw de gegevens opnieuw met npm run data.`,
    );
}

/** The table of one level and year, checked against the manifest's count. */
export async function loadLayerTable(level: AreaLevel, year: number): Promise<AreaTable> {
  const [m, table] = await Promise.all([loadManifest(), loadTable(level, year)]);
  checkCount(m, tableFile(level, year), table.codes.length);
  return table;
}

/** The shapes of one level and year, checked against the manifest's count. */
export async function loadLayerGeometry(level: AreaLevel, year: number): Promise<Geometry> {
  const [m, geometry] = await Promise.all([loadManifest(), loadGeometry(level, year)]);
  checkCount(m, geometryFile(level, year), geometry.features.length);
  return geometry;
}

export async function loadGeometry(level: AreaLevel, year: number): Promise<Geometry> {
  const file = geometryFile(level, year);
  const geometry = geometryFromTopology(await fetchJson<Topology>(file), level, year);
  if (!geometry) throw new AssetError(`${file} bevat geen object "${level}".`);
  return geometry;
}

const overviews = new Map<string, Promise<Overview>>();

/** A level's overview (the raster the map draws below OVERVIEW_ZOOM), read once whichever map or
 *  loader asks first: the store asks for it with the level's table, before the map is made. */
export function loadOverview(level: AreaLevel, year: number): Promise<Overview> {
  const file = overviewFile(level, year);
  let overview = overviews.get(file);
  if (!overview) {
    overview = fetchAsset(file)
      .then((response) => {
        if (!response.body) throw new AssetError(`${file} is leeg; bouw de gegevens opnieuw met npm run data.`);
        return new Response(response.body.pipeThrough(new DecompressionStream('deflate'))).arrayBuffer();
      })
      .then(decodeOverview);
    overview.catch(() => overviews.delete(file));
    overviews.set(file, overview);
  }
  return overview;
}

export function loadMembership(year: number): Promise<Membership> {
  return fetchJson<Membership>(membershipFile(year));
}

export async function loadTable(level: AreaLevel, year: number): Promise<AreaTable> {
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

export async function loadVoorzieningen(): Promise<Voorziening[]> {
  const points = await fetchJson<Voorziening[]>(VOORZIENINGEN_FILE);
  if (!Array.isArray(points)) throw new AssetError(`${VOORZIENINGEN_FILE} heeft niet de verwachte opbouw.`);
  return points;
}

/** The Drechtsteden reference figures: part of the catalogue once read. */
export async function loadFacts(): Promise<Facts> {
  const facts = await fetchJson<Facts>(FACTS_FILE);
  if (!Array.isArray(facts?.rows)) throw new AssetError(`${FACTS_FILE} heeft niet de verwachte opbouw.`);
  return facts;
}
