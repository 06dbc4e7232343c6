// What a build is made of, and whether the generated set still is what it says. The inputs are the
// kit's files and every module the pipeline runs, found by following the imports from its entry:
// a change in any of them (also in src/atlas, where the formats live) rebuilds, and nothing is
// listed by hand.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import ts from 'typescript';
import type { Manifest } from '../../src/atlas/assets';

export const sha256 = (content: string | Uint8Array) => createHash('sha256').update(content).digest('hex');

/** One hash for a tile set: over its tiles' paths (z/x/y.pbf) and their hashes, in path order. */
export function tileSetHash(tiles: [path: string, content: Uint8Array][]): string {
  const hash = createHash('sha256');
  for (const [path, content] of [...tiles].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0)))
    hash.update(`${path}\n${sha256(content)}\n`);
  return hash.digest('hex');
}

/** The tile set hash of the tiles as they are on disk. */
function tileDirHash(dir: string): string {
  const files = readdirSync(dir, { recursive: true })
    .map(String)
    .filter((f) => f.endsWith('.pbf'));
  return tileSetHash(files.map((f) => [f.split(sep).join('/'), readFileSync(join(dir, f))]));
}

const EXTENSIONS = ['', '.ts', '.tsx', '/index.ts'];

/** The file a relative import names, or null (a package, or a file that is not there). */
function resolveImport(from: string, specifier: string): string | null {
  if (!specifier.startsWith('.')) return null;
  for (const extension of EXTENSIONS) {
    const candidate = resolve(dirname(from), `${specifier}${extension}`);
    if (statSync(candidate, { throwIfNoEntry: false })?.isFile()) return candidate;
  }
  return null;
}

/** Every project file reached from the entry by relative imports (the entry first, then sorted). */
export function moduleGraph(entry: string): string[] {
  const seen = new Set<string>([resolve(entry)]);
  const queue = [resolve(entry)];
  while (queue.length > 0) {
    const file = queue.pop()!;
    if (!/\.tsx?$/.test(file)) continue;
    const info = ts.preProcessFile(readFileSync(file, 'utf8'), true, true);
    for (const ref of info.importedFiles) {
      const target = resolveImport(file, ref.fileName);
      if (target && !seen.has(target)) {
        seen.add(target);
        queue.push(target);
      }
    }
  }
  const [first, ...rest] = [...seen];
  return [first, ...rest.sort()];
}

/** Hash over the kit's files and the pipeline's modules (by their path from the project root). */
export function inputsHash(kitRoot: string, kitFiles: string[], entry: string, projectRoot: string): string {
  const hash = createHash('sha256');
  for (const file of kitFiles) hash.update(file).update(readFileSync(resolve(kitRoot, file)));
  for (const file of moduleGraph(entry)) hash.update(relative(projectRoot, file)).update(readFileSync(file));
  return hash.digest('hex');
}

/** The manifest of a complete build in outDir (every asset present with its hash, every tile set
 *  whole), or null. */
export function completeBuild(outDir: string): Manifest | null {
  const manifestPath = join(outDir, 'manifest.json');
  if (!existsSync(manifestPath)) return null;
  try {
    const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as Manifest;
    const whole = manifest.assets.every(
      (a) =>
        existsSync(join(outDir, a.file)) &&
        sha256(readFileSync(join(outDir, a.file))) === a.sha256 &&
        // Every tile hashed, not counted: a flipped byte, a swapped or a cut tile is a damaged set.
        (!a.tiles ||
          (existsSync(join(outDir, a.tiles.dir)) && tileDirHash(join(outDir, a.tiles.dir)) === a.tiles.sha256)),
    );
    return whole ? manifest : null;
  } catch {
    return null;
  }
}

/** Up to date: the same inputs, and every generated file still what the manifest says (a mixed set is rebuilt). */
export function isUpToDate(hash: string, outDir: string): boolean {
  return completeBuild(outDir)?.inputsHash === hash;
}
