// Generated files are computed in memory first and written together: the whole set goes into a
// fresh folder and is swapped into place, so a failed build never leaves a mix of old and new files.
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import type { Topology } from 'topojson-specification';
import { fillCollection, gemeenteBorders } from '../../geo/mapFiles';
import { cutTiles } from '../../geo/mapTiles';
import { overviewBytes, rasterizeAreas } from '../../geo/mapOverview';
import {
  ATTRIBUTION,
  GENERATED_DIR,
  OVERVIEW_ZOOM,
  TILE_LAYERS,
  TILE_MAX_ZOOM,
  overviewFile,
  tilesDir,
  tilesFile,
  type Manifest,
  type ManifestAsset,
} from '../../src/atlas/assets';
import { LEVEL_LABELS, NL_BOUNDS, type AreaLevel } from '../../src/atlas/geography';
import { sha256, tileSetHash } from './inputs';

const LICENCE = 'CC BY 4.0';

/** A file computed in memory (an asset, or a tile of one); nothing is written until every asset is ready. */
export interface Staged {
  file: string;
  content: string | Uint8Array;
}

export function stage(
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
export function stageTiles(
  staged: Staged[],
  topo: Topology,
  level: AreaLevel,
  year: number,
  source: string,
): ManifestAsset[] {
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
  asset.tiles = {
    dir,
    count: tiles.length,
    bytes: tileBytes,
    sha256: tileSetHash(tiles.map((t) => [`${t.z}/${t.x}/${t.y}.pbf`, t.data])),
  };
  const overview = stage(
    staged,
    overviewFile(level, year),
    overviewBytes(rasterizeAreas(fills, bounds, OVERVIEW_ZOOM)),
    { kind: 'overview', level, year, count: fills.features.length, source },
  );
  return [asset, overview];
}

/**
 * Removes what a killed run left beside outDir: its staging folder (".generated-nieuw-…") and the
 * old set it was swapping out ("…-oud"). Left there, they would be copied into dist/ by vite.
 */
export function removeLeftovers(outDir: string): string[] {
  const parent = dirname(outDir);
  if (!existsSync(parent)) return [];
  const prefix = `.${basename(outDir)}-nieuw-`;
  const left = readdirSync(parent).filter((name) => name.startsWith(prefix));
  for (const name of left) rmSync(join(parent, name), { recursive: true, force: true });
  return left;
}

/**
 * Writes the whole set into a fresh folder beside outDir (manifest last) and swaps it into place,
 * so a failed build never leaves a mix of old and new files.
 */
export function commit(outDir: string, staged: Staged[], manifest: Manifest): void {
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
