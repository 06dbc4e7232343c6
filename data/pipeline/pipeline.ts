// Builds every generated asset from the source kit: `npm install` runs it, and `npm start` runs it
// again, where it returns at once unless a kit file or the pipeline code changed.
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { assertKit, KIT_FILES, kitRoot, KitMissingError } from './kit';
import { KitFormatError } from '../../geo/kitJson';
import { FACTS_FILE, type Manifest } from '../../src/atlas/assets';
import { completeBuild, inputsHash, isUpToDate } from './inputs';
import { readLayers, validateLayers } from './layers';
import { commit, removeLeftovers, stage, type Staged } from './stage';
import { stageAreaLayers, stageSearch, stageTables, stageVoorzieningen } from './stageAssets';
import { formatIssue } from './validate';

const ENTRY = fileURLToPath(import.meta.url);
const ROOT = resolve(ENTRY, '../../..');
export const DEFAULT_OUT_DIR = join(ROOT, 'public', 'generated');

export interface PipelineOptions {
  force?: boolean;
  root?: string;
  outDir?: string;
  log?: (line: string) => void;
}

export class PipelineError extends Error {}

/** The pipeline's inputs as one hash: the kit's files and every module the pipeline imports. */
export function pipelineInputsHash(root: string): string {
  return inputsHash(root, Object.values(KIT_FILES), ENTRY, ROOT);
}

export function runPipeline(options: PipelineOptions = {}): Manifest | null {
  const log = options.log ?? ((line: string) => console.log(line));
  const root = options.root ?? kitRoot();
  const outDir = options.outDir ?? DEFAULT_OUT_DIR;
  assertKit(root);
  for (const left of removeLeftovers(outDir))
    log(`atlas-data: overblijfsel van een afgebroken bouw verwijderd: ${left}`);
  const hash = pipelineInputsHash(root);
  if (!options.force && isUpToDate(hash, outDir)) {
    log(`atlas-data: up to date (${outDir})`);
    return null;
  }
  const started = Date.now();
  const { layers, memberships, facts, issues } = readLayers(root);
  issues.push(...validateLayers(layers));
  const warnings = issues.filter((i) => i.severity === 'warning').map(formatIssue);
  const errors = issues.filter((i) => i.severity === 'error');
  if (errors.length > 0) {
    const shown = errors.slice(0, 25).map(formatIssue);
    if (errors.length > shown.length) shown.push(`… en nog ${errors.length - shown.length} fouten`);
    throw new PipelineError(shown.join('\n'));
  }
  const staged: Staged[] = [];
  const areas = stageAreaLayers(staged, layers);
  const factsAsset = stage(staged, FACTS_FILE, JSON.stringify(facts), {
    kind: 'facts',
    year: 2016,
    count: facts.rows.length,
    source: facts.source,
  });
  const poi = stageVoorzieningen(staged, root, areas.topologies, warnings);
  const assets = [
    ...areas.assets,
    factsAsset,
    poi.asset,
    ...stageTables(staged, layers, memberships, poi.voorzieningen),
    ...stageSearch(staged, layers, memberships, areas.topologies),
  ];
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

/** Without the kit, a complete, hash-checked build already in outDir is used as it is: one line
 *  says the data was not rebuilt. Without either, the kit's error stands. */
export function keepBuiltData(error: KitMissingError, outDir: string, log: (line: string) => void): boolean {
  if (!completeBuild(outDir)) return false;
  log(
    `atlas-data: ${error.message.split('.')[0]}; de gebouwde gegevens in ${outDir} zijn compleet en worden gebruikt, niet opnieuw gebouwd.`,
  );
  return true;
}

if (process.argv[1] && resolve(process.argv[1]) === ENTRY) {
  // ATLAS_GENERATED: another folder for the generated assets (the tests build into temporary ones).
  const outDir = process.env.ATLAS_GENERATED ?? DEFAULT_OUT_DIR;
  try {
    runPipeline({ force: process.argv.includes('--force'), outDir });
  } catch (error) {
    if (error instanceof KitMissingError && keepBuiltData(error, outDir, console.log)) process.exit(0);
    if (error instanceof KitMissingError || error instanceof PipelineError || error instanceof KitFormatError) {
      console.error(error.message);
      process.exit(1);
    }
    throw error;
  }
}
