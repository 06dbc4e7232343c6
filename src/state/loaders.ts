// Fetches generated assets from the page's own origin and checks them before they reach the store.
import { feature, mesh } from 'topojson-client';
import type { Feature, FeatureCollection, MultiLineString, MultiPolygon, Polygon } from 'geojson';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { GENERATED_DIR, VOORZIENINGEN_FILE, geometryFile, membershipFile, searchFile, tableFile, type Manifest } from '../atlas/assets';
import { dissolveRegions } from '../atlas/dissolve';
import { regionBorderSegments, sharesBorders } from '../atlas/regionBorders';
import type { AreaLevel, AreaProperties, Level, Membership, RegionSystem } from '../atlas/geography';
import type { AreaTable } from '../atlas/indicators';
import { entriesFromRows, type SearchEntry, type SearchRow } from '../atlas/search';
import type { Voorziening } from '../atlas/socialeKaart';

export class AssetError extends Error {}

const base = `${import.meta.env.BASE_URL}${GENERATED_DIR}/`;

async function fetchJson<T>(file: string): Promise<T> {
  let response: Response;
  try {
    response = await fetch(`${base}${file}`);
  } catch {
    throw new AssetError(`Kon ${file} niet laden (geen verbinding met de server).`);
  }
  if (response.status === 404) throw new AssetError(`${file} ontbreekt op de server; bouw de gegevens opnieuw met npm run data (of npm install).`);
  if (!response.ok) throw new AssetError(`Kon ${file} niet laden (HTTP ${response.status}).`);
  // A server that answers every unknown path with the page itself (vite preview, many static hosts).
  if (/text\/html/i.test(response.headers.get('content-type') ?? '')) throw new AssetError(`${file} ontbreekt op de server (de server gaf een webpagina terug); bouw de gegevens opnieuw met npm run data (of npm install).`);
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
  /** The source topology and object, for dissolving regions (gemeente level only). */
  topology?: Topology;
  object?: GeometryCollection<AreaProperties>;
  /** Every border once (shared arcs are not drawn twice), as line segments, computed on first
   *  use. The map draws them for regions; other levels draw their fills' outlines and the
   *  gemeente borders from the generated files (geo/mapFiles.ts). */
  areaBorders(): Segments;
  /** False when neighbours were simplified one by one (kit 2022): hairline gaps between them are
   *  closed by outlining each area in its own colour. */
  sharedBorders: boolean;
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
  if (entry.count !== count) throw new AssetError(`${file} bevat ${count} gebieden, maar manifest.json noemt er ${entry.count}; bouw de gegevens opnieuw met npm run data.`);
}

/** Geometry and table of one level and year, loaded in parallel and checked against the manifest. */
export async function loadLayer(level: AreaLevel, year: number): Promise<{ geometry: Geometry; table: AreaTable }> {
  const [m, geometry, table] = await Promise.all([loadManifest(), loadGeometry(level, year), loadTable(level, year)]);
  checkCount(m, geometryFile(level, year), geometry.features.length);
  checkCount(m, tableFile(level, year), table.codes.length);
  return { geometry, table };
}

/** Line segments as flat [x0, y0, x1, y1, …] pairs (region borders; regionBorders.ts). */
export interface Segments {
  length: number;
  positions: Float32Array;
}

export function toSegments(lines: MultiLineString): Segments {
  let count = 0;
  for (const line of lines.coordinates) count += Math.max(0, line.length - 1);
  const positions = new Float32Array(count * 4);
  let o = 0;
  for (const line of lines.coordinates) {
    for (let i = 1; i < line.length; i++) {
      positions[o++] = line[i - 1][0];
      positions[o++] = line[i - 1][1];
      positions[o++] = line[i][0];
      positions[o++] = line[i][1];
    }
  }
  return { length: count, positions };
}

export async function loadGeometry(level: AreaLevel, year: number): Promise<Geometry> {
  const file = geometryFile(level, year);
  const topo = await fetchJson<Topology>(file);
  const object = topo.objects?.[level] as GeometryCollection<AreaProperties> | undefined;
  if (!object || object.type !== 'GeometryCollection') throw new AssetError(`${file} bevat geen object "${level}".`);
  const fc = feature(topo, object) as FeatureCollection<Polygon | MultiPolygon, AreaProperties>;
  let borders: Segments | null = null;
  const areaBorders = () => (borders ??= toSegments(mesh(topo, object)));
  return { level, year, features: fc.features, areaBorders, topology: topo, object, sharedBorders: sharesBorders(topo, object) };
}

/** Regions of one system as a Geometry, dissolved from the gemeente topology of the same year. */
export function regionGeometry(gemeenten: Geometry, membership: Membership, system: RegionSystem): Geometry {
  const { topology, object } = gemeenten;
  if (!topology || !object) throw new AssetError(`Geen gemeentetopologie voor ${system} ${membership.year}.`);
  const regionOf = new Map(membership.gemeenten.map((g, i) => [g, membership.systems[system].regionOf[i]]));
  const region = (g: { properties?: unknown }) => regionOf.get((g.properties as AreaProperties | undefined)?.code ?? '');
  let borders: Segments | null = null;
  const shared = gemeenten.sharedBorders;
  const bordersOf = (): Segments => {
    if (shared) return toSegments(mesh(topology, object, (a, b) => a === b || region(a) !== region(b)));
    // Neighbours simplified one by one (kit 2022): single-sided arcs are region borders only
    // where the two sides lie in different regions.
    const between = toSegments(mesh(topology, object, (a, b) => a !== b && region(a) !== region(b)));
    const single = regionBorderSegments(mesh(topology, object, (a, b) => a === b), gemeenten.features, (f) => regionOf.get(f.properties.code));
    const positions = new Float32Array(between.positions.length + single.length);
    positions.set(between.positions);
    positions.set(single, between.positions.length);
    return { length: positions.length / 4, positions };
  };
  return {
    level: system, year: membership.year,
    features: dissolveRegions(topology, object, membership, system),
    areaBorders: () => (borders ??= bordersOf()),
    sharedBorders: shared,
  };
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
