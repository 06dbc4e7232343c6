// The data pipeline's validation, fed broken inputs: directly, and through the whole pipeline
// on a temporary kit that links the real files and replaces one with a broken copy.
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { KIT_FILES, kitRoot } from '../../data/pipeline/kit';
import { completeBuild } from '../../data/pipeline/inputs';
import { runPipeline } from '../../data/pipeline/pipeline';
import { tableFromKwbCsv } from '../../data/pipeline/tables';
import { duplicateCodes, geometryTableMismatch, missingParents } from '../../data/pipeline/validate';

const realKit = kitRoot();
const temps: string[] = [];
afterAll(() => {
  for (const t of temps) rmSync(t, { recursive: true, force: true });
});

/** A kit of links to the real files, with some files replaced by the given text. */
function kitWith(replacements: Partial<Record<keyof typeof KIT_FILES, string>>): string {
  const root = mkdtempSync(join(tmpdir(), 'wijkatlas-kit-'));
  temps.push(root);
  for (const [key, file] of Object.entries(KIT_FILES)) {
    const target = join(root, file);
    mkdirSync(dirname(target), { recursive: true });
    const replacement = replacements[key as keyof typeof KIT_FILES];
    if (replacement !== undefined) writeFileSync(target, replacement);
    else symlinkSync(resolve(realKit, file), target);
  }
  return root;
}

const realText = (key: keyof typeof KIT_FILES) => readFileSync(resolve(realKit, KIT_FILES[key]), 'utf8');

describe('validation functions', () => {
  it('reports duplicate codes with file and code', () => {
    expect(duplicateCodes(['GM1', 'GM2', 'GM1'], 'x.csv')).toEqual([
      { severity: 'error', file: 'x.csv', code: 'GM1', message: expect.stringContaining('GM1') },
    ]);
  });
  it('reports geometries without rows and rows without geometry', () => {
    const issues = geometryTableMismatch(['A', 'B'], 'geo.json', ['B', 'C'], 'tab.csv');
    expect(issues.map((i) => [i.file, i.code])).toEqual([
      ['geo.json', 'A'],
      ['tab.csv', 'C'],
    ]);
  });
  it('a known missing wijk is a warning, an unknown parent an error', () => {
    const issues = missingParents(
      ['BU1', 'BU2', 'BU3'],
      ['WK005000', 'WK999999', 'WK000300'],
      ['WK000300'],
      'buurt.csv',
      'wijk',
    );
    expect(issues.filter((i) => i.severity === 'error').map((i) => i.code)).toEqual(['BU2']);
    expect(issues.filter((i) => i.severity === 'warning')).toHaveLength(1);
  });
  it('turns -99999999 into null, never 0, and flags text in a number column', () => {
    const { table, issues } = tableFromKwbCsv(
      'GM_CODE,GM_NAAM,AANT_INW,WWB_UITTOT\nGM0001,A,100,-99999999\nGM0002,B,veel,5\n',
      'gemeente',
      2015,
      'g.csv',
      'test',
    );
    expect(table.columns.WWB_UITTOT).toEqual([null, 5]);
    expect(issues).toHaveLength(1);
    expect(issues[0].message).toMatch(/regel 3, kolom AANT_INW/);
  });
});

describe('pipeline on a broken kit', () => {
  const out = () => {
    const d = mkdtempSync(join(tmpdir(), 'wijkatlas-out-'));
    temps.push(d);
    return d;
  };
  /** One complete build from the real kit, shared by the tests that only read it. */
  let shared: { dir: string; manifest: ReturnType<typeof runPipeline> } | undefined;
  const built = () => {
    if (!shared) {
      const dir = out();
      shared = { dir, manifest: runPipeline({ root: realKit, outDir: dir, force: true, log: () => {} }) };
    }
    return shared;
  };

  it('fails naming the file and code of a wijk whose gemeente does not exist', () => {
    const csv = realText('kwbWijk2015').replace('WK000300,Wijk 00,GM0003,', 'WK000300,Wijk 00,GM9999,');
    const dir = out();
    expect(() => runPipeline({ root: kitWith({ kwbWijk2015: csv }), outDir: dir, force: true, log: () => {} })).toThrow(
      /indicators\/kwb_2015_wijk\.csv \[WK000300\].*GM9999/,
    );
    expect(existsSync(join(dir, 'manifest.json'))).toBe(false);
  });

  it('fails naming the geometry file and code of a wijk shape whose gemeente does not exist', () => {
    const geo = readFileSync(resolve(realKit, KIT_FILES.wijk2015), 'utf8').replace(
      '"WK_CODE":"WK000300","WK_NAAM":"Wijk 00","GM_CODE":"GM0003"',
      '"WK_CODE":"WK000300","WK_NAAM":"Wijk 00","GM_CODE":"GM9999"',
    );
    expect(geo).toContain('"GM9999"');
    const dir = out();
    expect(() => runPipeline({ root: kitWith({ wijk2015: geo }), outDir: dir, force: true, log: () => {} })).toThrow(
      /boundaries\/wijk_2015\.geojson \[WK000300\].*GM9999/,
    );
    expect(existsSync(join(dir, 'manifest.json'))).toBe(false);
  });

  it('fails on a duplicate code and on a row without geometry', () => {
    const lines = realText('kwbGemeente2015').trimEnd().split('\n');
    const extra = lines[1].replace(/^GM0003,Appingedam/, 'GM9998,Nergenshuizen');
    const csv = [...lines, lines[1], extra].join('\n');
    let message = '';
    try {
      runPipeline({ root: kitWith({ kwbGemeente2015: csv }), outDir: out(), force: true, log: () => {} });
    } catch (e) {
      message = String(e);
    }
    expect(message).toMatch(/kwb_2015_gemeente\.csv \[GM0003\]: code GM0003 komt meer dan eens voor/);
    expect(message).toMatch(/kwb_2015_gemeente\.csv \[GM9998\]: rij GM9998 heeft geen geometrie/);
  });

  it('2022: fails naming the file and code of a gemeente without a region, of a figure that is no number, and of a row without geometry', () => {
    const membership = realText('membership2022')
      .split('\n')
      .filter((l) => !l.startsWith('GM0505,'))
      .join('\n');
    const lines = realText('kwbGemeente2022').trimEnd().split('\n');
    const kwb = [
      ...lines.map((l) => (l.startsWith('GM0014,') ? l.replace(/,8\.7,/, ',acht,') : l)),
      lines[1].replace(/^GM0014,Groningen/, 'GM9997,Nergenshuizen'),
    ].join('\n');
    let message = '';
    try {
      runPipeline({
        root: kitWith({ membership2022: membership, kwbGemeente2022: kwb }),
        outDir: out(),
        force: true,
        log: () => {},
      });
    } catch (e) {
      message = String(e);
    }
    expect(message).toMatch(/gemeente_regio_2022\.csv \[GM0505\]: gemeente GM0505 hoort bij geen enkele regio/);
    expect(message).toMatch(/kwb_2022_gemeente\.csv \[GM0014\]: regel 2, kolom pct_jeugdzorg: "acht" is geen getal/);
    expect(message).toMatch(/kwb_2022_gemeente\.csv \[GM9997\]: rij GM9997 heeft geen geometrie/);
  });

  it('a malformed kit file stops the build with its name, line and column, without its content, and leaves the set as it was', () => {
    const dir = out();
    cpSync(built().dir, dir, { recursive: true });
    const before = readFileSync(join(dir, 'manifest.json'), 'utf8');
    // A broken POI file: read after every boundary and table, so a build that writes as it goes would leave a mixed set.
    const broken = realText('poiZiekenhuis').replace('"Naam locatie":', '"Naam locatie" ');
    let message = '';
    try {
      runPipeline({ root: kitWith({ poiZiekenhuis: broken }), outDir: dir, force: true, log: () => {} });
    } catch (e) {
      message = (e as Error).message;
    }
    expect(message).toMatch(/^poi\/ziekenhuis\.geojson: geen geldige JSON, regel 1, kolom \d+: dubbele punt verwacht/);
    expect(message.length).toBeLessThan(200);
    expect(readFileSync(join(dir, 'manifest.json'), 'utf8')).toBe(before);
    const manifest = JSON.parse(before) as { assets: { file: string; sha256: string }[] };
    for (const a of manifest.assets)
      expect(execFileSync('sha256sum', [join(dir, a.file)], { encoding: 'utf8' }).split(' ')[0], a.file).toBe(a.sha256);

    // The same from the command line: one Dutch line on stderr, no stack trace.
    const cli = spawnSync(process.execPath, ['--import', 'tsx', 'data/pipeline/pipeline.ts', '--force'], {
      env: { ...process.env, ATLAS_SOURCES: kitWith({ poiZiekenhuis: broken }) },
      encoding: 'utf8',
    });
    expect(cli.status).toBe(1);
    expect(cli.stderr.trim().split('\n')).toHaveLength(1);
    expect(cli.stderr).toMatch(/ziekenhuis\.geojson: geen geldige JSON/);
  });

  it('a generated file that no longer matches the manifest makes the next build rebuild the set', () => {
    // A copy of the shared build: one build fewer, the same complete set.
    const dir = out();
    cpSync(built().dir, dir, { recursive: true });
    expect(runPipeline({ root: realKit, outDir: dir, log: () => {} })).toBeNull();
    writeFileSync(join(dir, 'gemeente_2015.topo.json'), '{}');
    const rebuilt = runPipeline({ root: realKit, outDir: dir, log: () => {} });
    expect(rebuilt).not.toBeNull();
    for (const a of rebuilt!.assets)
      expect(execFileSync('sha256sum', [join(dir, a.file)], { encoding: 'utf8' }).split(' ')[0], a.file).toBe(a.sha256);
  });

  it('without the kit, a complete built copy is used with a one-line note; a damaged one is not', () => {
    const dir = out();
    cpSync(built().dir, dir, { recursive: true });
    const run = () =>
      spawnSync(process.execPath, ['--import', 'tsx', 'data/pipeline/pipeline.ts'], {
        env: { ...process.env, ATLAS_SOURCES: '/nonexistent/kit', ATLAS_GENERATED: dir },
        encoding: 'utf8',
      });
    const kept = run();
    expect(kept.status, kept.stderr).toBe(0);
    const lines = kept.stdout.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/niet opnieuw gebouwd/);
    writeFileSync(join(dir, 'gemeente_2022.table.json'), '{}');
    const damaged = run();
    expect(damaged.status).toBe(1);
    expect(damaged.stderr).toMatch(/Bronbestanden niet gevonden/);
  });

  it('every tile is checked, not counted: a flipped byte, a swapped tile or a cut tile is a damaged set', () => {
    const dir = out();
    cpSync(built().dir, dir, { recursive: true });
    expect(completeBuild(dir)).not.toBeNull();
    const tile = (set: string) => {
      const files = readdirSync(join(dir, 'tegels', set), { recursive: true })
        .map(String)
        .filter((f) => f.endsWith('.pbf'))
        .sort();
      // Tiles with content (a tile of open sea is empty).
      return files.map((f) => join(dir, 'tegels', set, f)).filter((f) => readFileSync(f).length > 200);
    };
    const damage = (file: string, change: (bytes: Buffer) => Buffer, other?: string) => {
      const before = readFileSync(file);
      writeFileSync(file, other ? readFileSync(other) : change(Buffer.from(before)));
      expect(completeBuild(dir), file).toBeNull();
      writeFileSync(file, before);
      expect(completeBuild(dir)).not.toBeNull();
    };
    const flipped = (b: Buffer) => {
      b[Math.floor(b.length / 2)] ^= 0xff;
      return b;
    };
    damage(tile('gemeente_2015')[3], flipped);
    const [a, b] = tile('wijk_2015');
    damage(a, (x) => x, b);
    damage(tile('buurt_2015')[5], (x) => x.subarray(0, 100));
  });

  it("a killed run's staging folder is removed by the next run, even when the set is up to date", () => {
    const parent = mkdtempSync(join(tmpdir(), 'wijkatlas-parent-'));
    temps.push(parent);
    const dir = join(parent, 'generated');
    cpSync(built().dir, dir, { recursive: true });
    const left = join(parent, '.generated-nieuw-Ab12Cd');
    mkdirSync(join(left, 'tegels'), { recursive: true });
    writeFileSync(join(left, 'tegels', 'half.pbf'), 'x');
    const lines: string[] = [];
    expect(runPipeline({ root: realKit, outDir: dir, log: (l) => lines.push(l) })).toBeNull();
    expect(existsSync(left)).toBe(false);
    expect(lines[0]).toMatch(/overblijfsel van een afgebroken bouw verwijderd: \.generated-nieuw-Ab12Cd/);
  });

  it('SIGTERM to npm run data stops the build itself, before any swap', async () => {
    const dir = join(out(), 'generated');
    const marker = `proef-${process.pid}-${Date.now()}`;
    const npm = spawn('npm', ['run', 'data', '--', '--force', `--${marker}`], {
      env: { ...process.env, ATLAS_GENERATED: dir },
      stdio: 'ignore',
    });
    const running = () => spawnSync('pgrep', ['-f', marker], { encoding: 'utf8' }).stdout.trim() !== '';
    await expect.poll(running, { timeout: 15_000 }).toBe(true);
    npm.kill('SIGTERM');
    await new Promise((done) => npm.on('exit', done));
    await new Promise((done) => setTimeout(done, 1500));
    expect(running()).toBe(false);
    expect(existsSync(dir)).toBe(false);
  });

  it('a missing kit gives one line saying where it looked and how to set ATLAS_SOURCES', () => {
    const result = spawnSync(process.execPath, ['--import', 'tsx', 'data/pipeline/pipeline.ts'], {
      env: { ...process.env, ATLAS_SOURCES: '/nonexistent/kit', ATLAS_GENERATED: out() },
      encoding: 'utf8',
    });
    expect(result.status).toBe(1);
    const lines = result.stderr.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/\/nonexistent\/kit/);
    expect(lines[0]).toMatch(/ATLAS_SOURCES/);
  });

  it('writes a manifest with counts and checksums that match the files', () => {
    const { dir, manifest } = built();
    expect(manifest).not.toBeNull();
    const counts = Object.fromEntries(
      manifest!.assets.filter((a) => a.kind === 'geometry').map((a) => [a.file, a.count]),
    );
    expect(counts).toEqual({
      'gemeente_2015.topo.json': 393,
      'gemeente_2022.topo.json': 345,
      'wijk_2015.topo.json': 2796,
      'buurt_2015.topo.json': 12229,
      'gemeente_2023.topo.json': 342,
    });
    for (const asset of manifest!.assets) {
      const sha = execFileSync('sha256sum', [join(dir, asset.file)], { encoding: 'utf8' }).split(' ')[0];
      expect(sha, asset.file).toBe(asset.sha256);
      expect(asset.attribution).toBe('Bron: CBS, Kadaster/PDOK');
    }
    expect(manifest!.warnings.join('\n')).toMatch(/20 wijken ontbreken/);
  });
});
