// Builds every generated asset from the source kit: `npm install` runs it, and `npm start` runs it
// again, where it returns at once unless a kit file or the pipeline code changed.
import { createHash } from 'node:crypto';
import {
  chmodSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  renameSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { assertKit, KIT_FILES, kitRoot, KitMissingError, readKitText } from './kit';
import { KitFormatError, parseKitFeatureCollection } from './kitJson';
import { tableFromKwbCsv, tableFromProperties, tableFromSparseCsv } from './tables';
import { COLUMNS_2023 } from './columns2023';
import { COLUMNS_2022 } from './columns2022';
import { duplicateCodes, formatIssue, geometryTableMismatch, missingParents, type PipelineIssue } from './validate';
import { searchRows } from './searchIndex';
import { buildTopology, type AreaFeature, type TopologyOptions } from '../geo/topology';
import { fillCollection, gemeenteBorders } from '../geo/mapFiles';
import { cutTiles } from '../geo/mapTiles';
import { overviewBytes, rasterizeAreas } from '../geo/mapOverview';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { buurten2015, gemeenten2015, gemeenten2022, gemeenten2023, wijken2015 } from '../geo/boundaries';
import {
  ATTRIBUTION,
  FACTS_FILE,
  GENERATED_DIR,
  OVERVIEW_ZOOM,
  TILE_LAYERS,
  TILE_MAX_ZOOM,
  VOORZIENINGEN_FILE,
  geometryFile,
  overviewFile,
  tilesDir,
  tilesFile,
  membershipFile,
  searchFile,
  tableFile,
  type Manifest,
  type ManifestAsset,
} from '../src/atlas/assets';
import {
  LEVEL_LABELS,
  NL_BOUNDS,
  REGION_SYSTEMS,
  type AreaLevel,
  type AreaProperties,
  type Membership,
} from '../src/atlas/geography';
import { dissolveRegions } from '../src/atlas/dissolve';
import { membershipFromCsv } from './memberships';
import { addFactColumns, factsFromCsv, type Facts } from './facts';
import { POI_LAYERS, addPoiCounts, normaliseLayer } from './poi';
import type { Voorziening } from '../src/atlas/socialeKaart';
import { feature } from 'topojson-client';
import type { FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import type { AreaTable } from '../src/atlas/indicators';

const ROOT = resolve(fileURLToPath(import.meta.url), '../..');
export const DEFAULT_OUT_DIR = join(ROOT, 'public', 'generated');
const LICENCE = 'CC BY 4.0';

/** Quantisation grid and minimum Visvalingam area (degrees²; 1e-6 ≈ 7,600 m²) per layer. */
const GEOMETRY: Record<string, TopologyOptions> = {
  gemeente_2015: { quantization: 5e4, minWeight: 0 },
  // The kit's 2022 file is simplified already (0.001°, 5 decimals).
  gemeente_2022: { quantization: 5e4, minWeight: 0 },
  gemeente_2023: { quantization: 5e4, minWeight: 1e-6 },
  wijk_2015: { quantization: 5e4, minWeight: 1e-6 },
  buurt_2015: { quantization: 5e4, minWeight: 3e-7 },
};

const SOURCES = {
  kwb2015: 'CBS Kerncijfers wijken en buurten 2015 (kit: indicators/kwb_2015_*.csv)',
  geo2015: 'CBS/PDOK wijk- en buurtkaart 2015 (kit: boundaries/*_2015)',
  gm2023: 'CBS/PDOK wijkenbuurten 2023, gemeenten (kit: boundaries/gemeente_2023.geojson)',
  gm2022: 'CBS/PDOK wijkenbuurten 2022, gemeenten (kit: boundaries/gemeente_2022.geojson)',
  kwb2022: 'CBS Kerncijfers wijken en buurten 2022, gemeenten (kit: indicators/kwb_2022_gemeente.csv)',
};

function inputsHash(root: string): string {
  const hash = createHash('sha256');
  for (const file of Object.values(KIT_FILES)) hash.update(file).update(readFileSync(resolve(root, file)));
  for (const dir of ['data', 'geo']) {
    for (const file of readdirSync(join(ROOT, dir))
      .filter((f) => f.endsWith('.ts'))
      .sort()) {
      hash.update(file).update(readFileSync(join(ROOT, dir, file)));
    }
  }
  for (const file of [
    'src/atlas/assets.ts',
    'src/atlas/csvErrors.ts',
    'src/atlas/search.ts',
    'src/atlas/dissolve.ts',
    'src/atlas/geography.ts',
    'src/atlas/socialeKaart.ts',
    'src/atlas/pick.ts',
  ])
    hash.update(readFileSync(join(ROOT, file)));
  return hash.digest('hex');
}

const sha256 = (content: string | Uint8Array) => createHash('sha256').update(content).digest('hex');

/** Up to date: the same inputs, and every generated file still what the manifest says (a mixed set is rebuilt). */
function isUpToDate(hash: string, outDir: string): boolean {
  const manifestPath = join(outDir, 'manifest.json');
  if (!existsSync(manifestPath)) return false;
  try {
    const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as Manifest;
    return (
      manifest.inputsHash === hash &&
      manifest.assets.every(
        (a) =>
          existsSync(join(outDir, a.file)) &&
          sha256(readFileSync(join(outDir, a.file))) === a.sha256 &&
          (!a.tiles ||
            readdirSync(join(outDir, a.tiles.dir), { recursive: true }).filter((f) => String(f).endsWith('.pbf'))
              .length === a.tiles.count),
      )
    );
  } catch {
    return false;
  }
}

interface LayerInput {
  level: AreaLevel;
  year: number;
  features: AreaFeature[];
  table: AreaTable;
  geometrySource: string;
  tableSource: string;
}

function validate(layers: LayerInput[]): PipelineIssue[] {
  const issues: PipelineIssue[] = [];
  const byKey = new Map(layers.map((l) => [`${l.level}_${l.year}`, l]));
  for (const layer of layers) {
    const geometryCodes = layer.features.map((f) => f.properties.code);
    issues.push(...duplicateCodes(geometryCodes, layer.geometrySource));
    issues.push(...duplicateCodes(layer.table.codes, layer.tableSource));
    issues.push(...geometryTableMismatch(geometryCodes, layer.geometrySource, layer.table.codes, layer.tableSource));
    const gemeenten = byKey.get(`gemeente_${layer.year}`);
    if (layer.level !== 'gemeente' && gemeenten && layer.table.parents.gm) {
      issues.push(
        ...missingParents(
          layer.table.codes,
          layer.table.parents.gm,
          gemeenten.table.codes,
          layer.tableSource,
          'gemeente',
        ),
      );
    }
    const wijken = byKey.get(`wijk_${layer.year}`);
    if (layer.level === 'buurt' && wijken && layer.table.parents.wk) {
      issues.push(
        ...missingParents(layer.table.codes, layer.table.parents.wk, wijken.table.codes, layer.tableSource, 'wijk'),
      );
    }
  }
  return issues;
}

function readLayers(root: string): {
  layers: LayerInput[];
  memberships: Membership[];
  facts: Facts;
  issues: PipelineIssue[];
} {
  const issues: PipelineIssue[] = [];
  const kwb = (file: 'kwbGemeente2015' | 'kwbWijk2015' | 'kwbBuurt2015', level: AreaLevel) => {
    const parsed = tableFromKwbCsv(readKitText(root, file), level, 2015, KIT_FILES[file], SOURCES.kwb2015);
    issues.push(...parsed.issues);
    return parsed.table;
  };
  const gm2023 = gemeenten2023(readKitText(root, 'gemeente2023'), KIT_FILES.gemeente2023);
  const kwb2022 = tableFromSparseCsv(
    readKitText(root, 'kwbGemeente2022'),
    COLUMNS_2022,
    'gemeente',
    2022,
    'gwb_code',
    'naam',
    KIT_FILES.kwbGemeente2022,
    SOURCES.kwb2022,
  );
  issues.push(...kwb2022.issues);
  const layers: LayerInput[] = [
    {
      level: 'gemeente',
      year: 2015,
      features: gemeenten2015(readKitText(root, 'gemeente2015'), KIT_FILES.gemeente2015),
      table: kwb('kwbGemeente2015', 'gemeente'),
      geometrySource: KIT_FILES.gemeente2015,
      tableSource: KIT_FILES.kwbGemeente2015,
    },
    {
      level: 'wijk',
      year: 2015,
      features: wijken2015(readKitText(root, 'wijk2015'), KIT_FILES.wijk2015),
      table: kwb('kwbWijk2015', 'wijk'),
      geometrySource: KIT_FILES.wijk2015,
      tableSource: KIT_FILES.kwbWijk2015,
    },
    {
      level: 'buurt',
      year: 2015,
      features: buurten2015(readKitText(root, 'buurt2015'), KIT_FILES.buurt2015),
      table: kwb('kwbBuurt2015', 'buurt'),
      geometrySource: KIT_FILES.buurt2015,
      tableSource: KIT_FILES.kwbBuurt2015,
    },
    {
      level: 'gemeente',
      year: 2022,
      features: gemeenten2022(readKitText(root, 'gemeente2022'), KIT_FILES.gemeente2022),
      table: kwb2022.table,
      geometrySource: KIT_FILES.gemeente2022,
      tableSource: KIT_FILES.kwbGemeente2022,
    },
    {
      level: 'gemeente',
      year: 2023,
      features: gm2023.features,
      table: tableFromProperties(
        gm2023.properties,
        COLUMNS_2023,
        'gemeente',
        2023,
        'gemeentecode',
        'gemeentenaam',
        SOURCES.gm2023,
      ),
      geometrySource: KIT_FILES.gemeente2023,
      tableSource: KIT_FILES.gemeente2023,
    },
  ];
  const gemeenteTable = (year: number) => layers.find((l) => l.level === 'gemeente' && l.year === year)!.table;
  const memberships = (
    [
      [2015, 'membership2015'],
      [2022, 'membership2022'],
    ] as const
  ).map(([year, file]) => {
    const parsed = membershipFromCsv(readKitText(root, file), year, KIT_FILES[file], gemeenteTable(year).codes);
    issues.push(...parsed.issues);
    return parsed.membership;
  });
  const facts = factsFromCsv(readKitText(root, 'factsDrechtsteden2016'), KIT_FILES.factsDrechtsteden2016);
  issues.push(...facts.issues);
  // The Drechtsteden gemeenten have the same codes in 2015 and 2022: the 2016 reference figures
  // stand next to the figures of both years.
  for (const year of [2015, 2022])
    issues.push(...addFactColumns(gemeenteTable(year), facts.facts, KIT_FILES.factsDrechtsteden2016));
  return { layers, memberships, facts: facts.facts, issues };
}

/** A file computed in memory (an asset, or a tile of one); nothing is written until every asset is ready. */
interface Staged {
  file: string;
  content: string | Uint8Array;
}

function stage(
  staged: Staged[],
  file: string,
  content: string | Uint8Array,
  meta: Omit<ManifestAsset, 'file' | 'sha256' | 'bytes' | 'attribution' | 'licence'>,
): ManifestAsset {
  const asset: ManifestAsset = {
    file,
    ...meta,
    attribution: ATTRIBUTION,
    licence: LICENCE,
    sha256: sha256(content),
    bytes: Buffer.byteLength(content),
  };
  staged.push({ file, content });
  return asset;
}

/** A level's vector tiles with the TileJSON that describes them, and its overview (the manifest's assets). */
function stageTiles(staged: Staged[], topo: Topology, level: AreaLevel, year: number, source: string): ManifestAsset[] {
  const fills = fillCollection(topo, level);
  const borders = level === 'wijk' || level === 'buurt' ? gemeenteBorders(topo, level) : null;
  const maxzoom = TILE_MAX_ZOOM[level];
  const { tiles, bounds } = cutTiles(fills, borders, maxzoom, NL_BOUNDS);
  const dir = tilesDir(level, year);
  for (const t of tiles) staged.push({ file: `${dir}/${t.z}/${t.x}/${t.y}.pbf`, content: t.data });
  const tileBytes = tiles.reduce((n, t) => n + t.data.length, 0);
  const tileJson = {
    tilejson: '3.0.0',
    name: `${LEVEL_LABELS[level].many} ${year}`,
    attribution: ATTRIBUTION,
    // Relative to the page: the map resolves it against the atlas's own address.
    tiles: [`${GENERATED_DIR}/${dir}/{z}/{x}/{y}.pbf`],
    minzoom: 0,
    maxzoom,
    bounds,
    vector_layers: [
      { id: TILE_LAYERS.fills, fields: { code: 'String' } },
      ...(borders ? [{ id: TILE_LAYERS.borders, fields: {} }] : []),
    ],
  };
  const asset = stage(staged, tilesFile(level, year), JSON.stringify(tileJson), {
    kind: 'tiles',
    level,
    year,
    count: fills.features.length,
    source,
  });
  asset.tiles = { dir, count: tiles.length, bytes: tileBytes };
  const overview = stage(
    staged,
    overviewFile(level, year),
    overviewBytes(rasterizeAreas(fills, bounds, OVERVIEW_ZOOM)),
    { kind: 'overview', level, year, count: fills.features.length, source },
  );
  return [asset, overview];
}

/**
 * Writes the whole set into a fresh folder beside outDir (manifest last) and swaps it into place,
 * so a failed build never leaves a mix of old and new files.
 */
function commit(outDir: string, staged: Staged[], manifest: Manifest): void {
  const parent = dirname(outDir);
  mkdirSync(parent, { recursive: true });
  const fresh = mkdtempSync(join(parent, `.${basename(outDir)}-nieuw-`));
  try {
    chmodSync(fresh, 0o755);
    for (const { file, content } of staged) {
      mkdirSync(dirname(join(fresh, file)), { recursive: true });
      writeFileSync(join(fresh, file), content);
    }
    writeFileSync(join(fresh, 'manifest.json'), JSON.stringify(manifest, null, 2));
    const old = `${fresh}-oud`;
    if (existsSync(outDir)) renameSync(outDir, old);
    renameSync(fresh, outDir);
    rmSync(old, { recursive: true, force: true });
  } catch (error) {
    rmSync(fresh, { recursive: true, force: true });
    throw error;
  }
}

export interface PipelineOptions {
  force?: boolean;
  root?: string;
  outDir?: string;
  log?: (line: string) => void;
}

export function runPipeline(options: PipelineOptions = {}): Manifest | null {
  const log = options.log ?? ((line: string) => console.log(line));
  const root = options.root ?? kitRoot();
  const outDir = options.outDir ?? DEFAULT_OUT_DIR;
  assertKit(root);
  const hash = inputsHash(root);
  if (!options.force && isUpToDate(hash, outDir)) {
    log(`atlas-data: up to date (${outDir})`);
    return null;
  }
  const started = Date.now();
  const { layers, memberships, facts, issues } = readLayers(root);
  issues.push(...validate(layers));
  const warnings = issues.filter((i) => i.severity === 'warning').map(formatIssue);
  const errors = issues.filter((i) => i.severity === 'error');
  if (errors.length > 0) {
    const shown = errors.slice(0, 25).map(formatIssue);
    if (errors.length > shown.length) shown.push(`… en nog ${errors.length - shown.length} fouten`);
    throw new PipelineError(shown.join('\n'));
  }
  const staged: Staged[] = [];
  const assets: ManifestAsset[] = [];
  const topologies = new Map<string, Topology>();
  for (const layer of layers) {
    const key = `${layer.level}_${layer.year}`;
    const topo = buildTopology(layer.level, layer.features, GEOMETRY[key]);
    topologies.set(key, topo);
    assets.push(
      stage(staged, geometryFile(layer.level, layer.year), JSON.stringify(topo), {
        kind: 'geometry',
        level: layer.level,
        year: layer.year,
        count: layer.features.length,
        source: layer.year === 2015 ? SOURCES.geo2015 : layer.year === 2022 ? SOURCES.gm2022 : SOURCES.gm2023,
      }),
    );
    // The same shapes as maplibre draws them, cut into tiles, from this topology.
    assets.push(
      ...stageTiles(staged, topo, layer.level, layer.year, `${geometryFile(layer.level, layer.year)} (npm run data)`),
    );
  }
  assets.push(
    stage(staged, FACTS_FILE, JSON.stringify(facts), {
      kind: 'facts',
      year: 2016,
      count: facts.rows.length,
      source: facts.source,
    }),
  );
  const places = Object.fromEntries(
    ['buurt', 'wijk', 'gemeente'].map((level) => {
      const topo = topologies.get(`${level}_2015`)!;
      return [
        level,
        (
          feature(topo, topo.objects[level] as GeometryCollection<AreaProperties>) as FeatureCollection<
            Polygon | MultiPolygon,
            AreaProperties
          >
        ).features,
      ];
    }),
  ) as Parameters<typeof normaliseLayer>[2];
  const voorzieningen: Voorziening[] = [];
  for (const layer of POI_LAYERS) {
    const fc = parseKitFeatureCollection<Parameters<typeof normaliseLayer>[1]>(
      readFileSync(resolve(root, layer.file), 'utf8'),
      layer.file,
    );
    const result = normaliseLayer(layer, fc, places);
    voorzieningen.push(...result.points);
    warnings.push(...result.issues.map(formatIssue));
  }
  assets.push(
    stage(staged, VOORZIENINGEN_FILE, JSON.stringify(voorzieningen), {
      kind: 'poi',
      year: 2015,
      count: voorzieningen.length,
      source: POI_LAYERS.map((l) => l.file).join(', '),
    }),
  );
  // Counts of services per area become table columns, so "voorzieningen per 1.000 inwoners"
  // is a rate like any other and sums up to regions.
  for (const layer of layers.filter((l) => l.year === 2015)) addPoiCounts(layer.table, voorzieningen);
  for (const layer of layers) {
    assets.push(
      stage(staged, tableFile(layer.level, layer.year), JSON.stringify(layer.table), {
        kind: 'table',
        level: layer.level,
        year: layer.year,
        count: layer.table.codes.length,
        source: layer.table.source,
      }),
    );
  }
  for (const m of memberships) {
    assets.push(
      stage(staged, membershipFile(m.year), JSON.stringify(m), {
        kind: 'membership',
        year: m.year,
        count: m.gemeenten.length,
        source: m.source,
      }),
    );
  }
  for (const year of [...new Set(layers.map((l) => l.year))]) {
    const ofYear = layers.filter((l) => l.year === year);
    const names = (level: AreaLevel) => {
      const layer = ofYear.find((l) => l.level === level);
      return new Map(layer ? layer.table.codes.map((c, i) => [c, layer.table.names[i]]) : []);
    };
    const rows = ofYear.flatMap((l) => searchRows(l.features, names('gemeente'), names('wijk')));
    const membership = memberships.find((m) => m.year === year);
    const topo = topologies.get(`gemeente_${year}`);
    if (membership && topo) {
      for (const system of REGION_SYSTEMS) {
        const regions = dissolveRegions(
          topo,
          topo.objects.gemeente as GeometryCollection<AreaProperties>,
          membership,
          system,
        );
        rows.push(...searchRows(regions, new Map(), new Map(), LEVEL_LABELS[system].one));
      }
    }
    assets.push(
      stage(staged, searchFile(year), JSON.stringify(rows), {
        kind: 'search',
        year,
        count: rows.length,
        source: ofYear.map((l) => l.geometrySource).join(', '),
      }),
    );
  }
  const manifest: Manifest = { inputsHash: hash, assets, warnings };
  commit(outDir, staged, manifest);
  for (const w of warnings) log(w);
  for (const a of assets) {
    const what =
      a.kind === 'geometry'
        ? 'gebieden'
        : a.kind === 'tiles'
          ? `gebieden in ${a.tiles!.count} tegels (${(a.tiles!.bytes / 1024).toFixed(0)} kB)`
          : 'rijen';
    log(`atlas-data: ${a.file} ${a.count} ${what}, ${(a.bytes / 1024).toFixed(0)} kB`);
  }
  log(`atlas-data: klaar in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  return manifest;
}

export class PipelineError extends Error {}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  try {
    runPipeline({ force: process.argv.includes('--force') });
  } catch (error) {
    if (error instanceof KitMissingError || error instanceof PipelineError || error instanceof KitFormatError) {
      console.error(error.message);
      process.exit(1);
    }
    throw error;
  }
}
