// The house rules, checked on the code itself: small files and functions, arrows that point down
// (the core knows no data folder, browser state, map or UI; the CLI no browser state; nothing
// imports the generated assets to type-check), and a same-named unit test for every core file.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { basename, dirname, join, relative, resolve } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../..');
const MAX_FILE_LINES = 250;
const MAX_FUNCTION_LINES = 120;

function filesUnder(dir: string, test: (f: string) => boolean): string[] {
  return readdirSync(join(ROOT, dir), { recursive: true })
    .map(String)
    .filter(test)
    .map((f) => join(dir, f));
}

const sources = filesUnder('src', (f) => /\.(tsx?|css)$/.test(f));
const code = [
  ...filesUnder('src', (f) => /\.tsx?$/.test(f)),
  ...filesUnder('data', (f) => f.endsWith('.ts')),
  ...filesUnder('geo', (f) => f.endsWith('.ts')),
];

/** Relative imports of a file, as paths from the project root. */
function importsOf(file: string): string[] {
  const info = ts.preProcessFile(readFileSync(join(ROOT, file), 'utf8'), true, true);
  return info.importedFiles
    .map((r) => r.fileName)
    .filter((f) => f.startsWith('.'))
    .map((f) => relative(ROOT, resolve(ROOT, dirname(file), f)));
}

/** Functions (declarations, arrows, methods) longer than the limit, with their line counts. */
function longFunctions(file: string): string[] {
  const text = readFileSync(join(ROOT, file), 'utf8');
  const source = ts.createSourceFile(
    file,
    text,
    ts.ScriptTarget.Latest,
    true,
    file.endsWith('x') ? ts.ScriptKind.TSX : ts.ScriptKind.TS,
  );
  const found: string[] = [];
  const visit = (node: ts.Node) => {
    if (ts.isFunctionLike(node) && 'body' in node && node.body) {
      const body = node.body as ts.Node;
      const lines =
        source.getLineAndCharacterOfPosition(body.getEnd()).line -
        source.getLineAndCharacterOfPosition(body.getStart()).line +
        1;
      if (lines > MAX_FUNCTION_LINES)
        found.push(`${file}:${source.getLineAndCharacterOfPosition(node.getStart()).line + 1} (${lines} lines)`);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

describe('the house', () => {
  it(`keeps every file in src/ at ${MAX_FILE_LINES} lines or fewer`, () => {
    const long = sources
      .map((f) => ({ f, n: readFileSync(join(ROOT, f), 'utf8').split('\n').length - 1 }))
      .filter(({ n }) => n > MAX_FILE_LINES)
      .map(({ f, n }) => `${f} (${n})`);
    expect(long).toEqual([]);
  });

  it(`keeps every function and component body at ${MAX_FUNCTION_LINES} lines or fewer`, () => {
    expect(code.flatMap(longFunctions)).toEqual([]);
  });

  it('has arrows that point down only', () => {
    const wrong: string[] = [];
    for (const file of code) {
      for (const target of importsOf(file)) {
        if (file.startsWith('src/atlas/') && /^(data|geo|src\/(state|map|ui|cli))\//.test(target))
          wrong.push(`${file} → ${target}`);
        if (file.startsWith('src/cli/') && /^src\/(state|map|ui)\//.test(target)) wrong.push(`${file} → ${target}`);
        if (file.startsWith('data/catalogue/') && /^(data\/pipeline|geo|src\/(state|map|ui|cli))\//.test(target))
          wrong.push(`${file} → ${target}`);
        if (file.startsWith('geo/') && /^(data|src\/(state|map|ui|cli))\//.test(target))
          wrong.push(`${file} → ${target}`);
        if (target.startsWith('public/')) wrong.push(`${file} → ${target}`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it('has a same-named unit test for every core file', () => {
    const core = readdirSync(join(ROOT, 'src/atlas')).filter((f) => f.endsWith('.ts'));
    const missing = core.filter((f) => !existsSync(join(ROOT, 'tests/unit', `${basename(f, '.ts')}.test.ts`)));
    expect(missing).toEqual([]);
  });
});
