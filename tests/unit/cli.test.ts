// The headless table, run as a user runs it: npm run atlas -- table …
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { KIT_FILES, kitRoot } from '../../data/kit';

function atlas(...args: string[]) {
  return spawnSync('npm', ['run', 'atlas', '--', ...args], { encoding: 'utf8' });
}

describe('npm run atlas -- table', () => {
  it('prints only code,naam,waarde,klasse rows with values computed from the kit counts', () => {
    const run = atlas('table', '--indicator', 'bijstand_1564', '--niveau', 'gemeente', '--jaar', '2015', '--format', 'csv');
    expect(run.status).toBe(0);
    const lines = run.stdout.trimEnd().split('\n');
    expect(lines[0]).toBe('code,naam,waarde,klasse');
    expect(lines).toHaveLength(394);
    const rows = Papa.parse<Record<string, string>>(run.stdout, { header: true, skipEmptyLines: true }).data;
    // Independent computation from the raw kit file.
    const kit = Papa.parse<Record<string, string>>(readFileSync(resolve(kitRoot(), KIT_FILES.kwbGemeente2015), 'utf8'), { header: true, skipEmptyLines: true }).data;
    const expected = new Map(kit.map((r) => {
      const pop = (Number(r.AANT_INW) * (Number(r.P_15_24_JR) + Number(r.P_25_44_JR) + Number(r.P_45_64_JR))) / 100;
      return [r.GM_CODE, Math.round((Number(r.WWB_UITTOT) / pop) * 1000 * 10) / 10];
    }));
    for (const row of rows) expect(Number(row.waarde), row.code).toBeCloseTo(expected.get(row.code)!, 6);
    const perClass = [1, 2, 3, 4, 5].map((k) => rows.filter((r) => r.klasse === String(k)).length);
    expect(perClass).toEqual([79, 79, 78, 79, 78]);
    // Quintiles are ordered: every value in class k is ≤ every value in class k + 1.
    for (let k = 1; k < 5; k++) {
      const maxLow = Math.max(...rows.filter((r) => r.klasse === String(k)).map((r) => Number(r.waarde)));
      const minHigh = Math.min(...rows.filter((r) => r.klasse === String(k + 1)).map((r) => Number(r.waarde)));
      expect(maxLow).toBeLessThanOrEqual(minHigh);
    }
  });

  it('leaves missing values empty at buurt level and keeps them out of the classes', () => {
    const run = atlas('table', '--indicator', 'bijstand_1564', '--niveau', 'buurt', '--jaar', '2015');
    expect(run.status).toBe(0);
    const rows = Papa.parse<Record<string, string>>(run.stdout, { header: true, skipEmptyLines: true }).data;
    expect(rows).toHaveLength(12229);
    const missing = rows.filter((r) => r.waarde === '');
    expect(missing.length).toBeGreaterThanOrEqual(1193);
    expect(missing.every((r) => r.klasse === '')).toBe(true);
  });

  it('--format json adds the class bounds', () => {
    const run = atlas('table', '--indicator', 'pct_65plus', '--niveau', 'wijk', '--jaar', '2015', '--format', 'json');
    expect(run.status).toBe(0);
    const json = JSON.parse(run.stdout);
    expect(json.klassen.grenzen).toHaveLength(4);
    expect(json.rijen).toHaveLength(2796);
    expect(json.klassen.klassen.reduce((n: number, c: { aantal: number }) => n + c.aantal, 0) + json.klassen.geheim + json.klassen.geen_gegevens).toBe(2796);
  });

  it('names a wrong argument on stderr with a non-zero exit and nothing on stdout', () => {
    const run = atlas('table', '--indicator', 'bijstand_1564', '--niveau', 'provincie');
    expect(run.status).not.toBe(0);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(/provincie/);
  });
});
