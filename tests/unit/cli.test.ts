// The headless table, run as a user runs it: npm run atlas -- table …
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { WMO_REGIONS_2022, atlas } from '../support/atlasCli';
import { KIT_FILES, kitRoot } from '../../data/pipeline/kit';

describe('npm run atlas -- table', () => {
  it('prints only code,naam,waarde,klasse rows with values computed from the kit counts', () => {
    const run = atlas(
      'table',
      '--indicator',
      'bijstand_1564',
      '--niveau',
      'gemeente',
      '--jaar',
      '2015',
      '--format',
      'csv',
    );
    expect(run.status).toBe(0);
    const lines = run.stdout.trimEnd().split('\n');
    expect(lines[0]).toBe('code,naam,waarde,klasse');
    expect(lines).toHaveLength(394);
    const rows = Papa.parse<Record<string, string>>(run.stdout, { header: true, skipEmptyLines: true }).data;
    // Independent computation from the raw kit file.
    const kit = Papa.parse<Record<string, string>>(
      readFileSync(resolve(kitRoot(), KIT_FILES.kwbGemeente2015), 'utf8'),
      { header: true, skipEmptyLines: true },
    ).data;
    const expected = new Map(
      kit.map((r) => {
        const pop = (Number(r.AANT_INW) * (Number(r.P_15_24_JR) + Number(r.P_25_44_JR) + Number(r.P_45_64_JR))) / 100;
        return [r.GM_CODE, Math.round((Number(r.WWB_UITTOT) / pop) * 1000 * 10) / 10];
      }),
    );
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
    expect(
      json.klassen.klassen.reduce((n: number, c: { aantal: number }) => n + c.aantal, 0) +
        json.klassen.geheim +
        json.klassen.geen_gegevens,
    ).toBe(2796);
  });

  it('names a wrong argument on stderr with a non-zero exit and nothing on stdout', () => {
    const run = atlas('table', '--indicator', 'bijstand_1564', '--niveau', 'provincie');
    expect(run.status).not.toBe(0);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(/provincie/);
  });

  it('a damaged generated file, a closed pipe and a year that is not four digits get a plain answer', () => {
    // A copy of the generated tables with the gemeente table cut short.
    const dir = mkdtempSync(join(tmpdir(), 'generated-'));
    for (const f of readdirSync('public/generated').filter((f) => f.endsWith('.json')))
      copyFileSync(join('public/generated', f), join(dir, f));
    const table = readFileSync(join(dir, 'gemeente_2015.table.json'));
    writeFileSync(join(dir, 'gemeente_2015.table.json'), table.subarray(0, table.length / 2));
    const damaged = spawnSync('npx', ['tsx', 'src/cli/atlas.ts', 'table', '--indicator', 'bijstand_1564'], {
      encoding: 'utf8',
      env: { ...process.env, ATLAS_GENERATED: dir },
    });
    expect(damaged.status).toBe(1);
    expect(damaged.stdout).toBe('');
    expect(damaged.stderr.trim()).toBe(
      `${join(dir, 'gemeente_2015.table.json')} is beschadigd (geen leesbare JSON); draai npm run data om het opnieuw te maken.`,
    );
    // `| head -1`: the reader stops after one line; the atlas stops quietly.
    const piped = spawnSync(
      'sh',
      ['-c', 'npx tsx src/cli/atlas.ts table --indicator bijstand_1564 --niveau buurt | head -1'],
      {
        encoding: 'utf8',
      },
    );
    expect(piped.stdout).toBe('code,naam,waarde,klasse\n');
    expect(piped.stderr).toBe('');
    const hex = atlas('table', '--indicator', 'bijstand_1564', '--jaar', '0x7DF');
    expect(hex.status).not.toBe(0);
    expect(hex.stderr).toMatch(/Jaar "0x7DF" bestaat niet/);
  });
});

describe('npm run atlas -- table prints the published figure', () => {
  it('netto arbeidsparticipatie 2022 per gemeente is the kit column, Dordrecht 63', () => {
    const run = atlas('table', '--indicator', 'arbeidsparticipatie', '--jaar', '2022');
    expect(run.status, run.stderr).toBe(0);
    const rows = Papa.parse<Record<string, string>>(run.stdout, { header: true, skipEmptyLines: true }).data;
    const kit = Papa.parse<Record<string, string>>(
      readFileSync(resolve(kitRoot(), KIT_FILES.kwbGemeente2022), 'utf8'),
      {
        header: true,
        skipEmptyLines: true,
      },
    ).data;
    const published = new Map(kit.map((r) => [r.gwb_code, r.arbeidsparticipatie]));
    expect(rows).toHaveLength(345);
    for (const r of rows) expect(Number(r.waarde), r.code).toBe(Number(published.get(r.code)));
    expect(rows.find((r) => r.code === 'GM0505')!.waarde).toBe('63');
  });
});

describe('npm run atlas -- regions, 2022', () => {
  it('prints every Wmo-regio with ratio, deviation and completeness, matching the core', () => {
    const run = atlas(...WMO_REGIONS_2022, '--format', 'csv');
    expect(run.status, run.stderr).toBe(0);
    const lines = run.stdout.trimEnd().split('\n');
    expect(lines[0]).toBe(
      'code,naam,waargenomen,verwacht,gecorrigeerd,gebruikers,populatie,verwachte_gebruikers,klasse_waargenomen,klasse_gecorrigeerd,klassenaam_waargenomen,klassenaam_gecorrigeerd,verhouding,afwijking,volledig,toelichting',
    );
    const rows = Papa.parse<Record<string, string>>(run.stdout, { header: true, skipEmptyLines: true }).data;
    expect(rows).toHaveLength(43);
    for (const r of rows) {
      expect(['lager', 'binnen', 'hoger'], r.code).toContain(r.afwijking);
      expect(['ja', 'nee']).toContain(r.volledig);
      // Fixed decimals per column, as the screen shows them.
      expect(r.verhouding).toMatch(/^\d+\.\d{3}$/);
      if (r.waargenomen !== '') expect(r.waargenomen).toMatch(/^\d+\.\d$/);
    }
    // Regions holding one of the 21 gemeenten without a Wmo figure are incomplete: Amsterdam-Amstelland (Amstelveen, Aalsmeer).
    expect(rows.find((r) => r.code === 'WMO03')!.volledig).toBe('nee');
    const json = atlas('regions', '--indicator', 'jeugdzorg_pct', '--system', 'gemeente', '--format', 'json');
    expect(json.status, json.stderr).toBe(0);
    const parsed = JSON.parse(json.stdout);
    expect(parsed.jaar).toBe(2022);
    expect(parsed.model.r2).toBeLessThan(0.1);
    expect(parsed.model.verklaring).toMatch(/verklaart weinig/);
    expect(parsed.phi).toBeGreaterThan(1);
    expect(parsed.rijen).toHaveLength(345);
  });

  it('refuses the outcome as a factor and a year the indicator does not have, in Dutch on stderr', () => {
    const own = atlas('regions', '--indicator', 'wmo_per_1000', '--factors', 'wmo_per_1000,OAD');
    expect(own.status).not.toBe(0);
    expect(own.stdout).toBe('');
    expect(own.stderr).toMatch(/uitkomst zelf/);
    const year = atlas('regions', '--indicator', 'bijstand_1564', '--jaar', '2022');
    expect(year.status).not.toBe(0);
    expect(year.stderr).toMatch(/2015/);
  });
});

describe('npm run atlas: argument errors in Dutch', () => {
  it.each([
    [['table', '--indicator', 'inwoners', '--indicator', 'pct_65plus'], /Optie --indicator staat er 2 keer/],
    [['table', '--kleur', 'rood'], /Onbekende optie --kleur/],
    [['table', '--indicator'], /Optie --indicator heeft een waarde nodig/],
    [['table', 'inwoners'], /Onverwacht argument "inwoners"/],
    [['regions', '--factors', 'constructor'], /onbekende risicofactor "constructor"/],
    [['voorzieningen', '--gebied', 'WK050507', '--categorie', 'constructor'], /Onbekende categorie\(ën\): constructor/],
    [['voorzieningen', '--gebied', 'WK050507', '--categorie', '__proto__'], /Onbekende categorie\(ën\): __proto__/],
  ])('%j', (args, message) => {
    const run = atlas(...args);
    expect(run.status).not.toBe(0);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(message);
    expect(run.stderr).not.toMatch(/Unknown|unexpected|TypeError|at .*\.ts:/);
  });
});
