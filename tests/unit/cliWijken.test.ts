// Own wijk files on the command line: a StatLine-style Wmo file for Dordrecht's wijken (semicolons,
// quotes, padded codes, thousands points, decimal commas, "." and "x", rows for Nederland and the
// gemeente, Windows-1252) read by `table --bestand` and held against the gemeente by `wijken`,
// checked against an independent computation from the kit's wijk file (and, for the law's model,
// an independent least-squares fit on the kit's gemeenten 2022).
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { KIT_FILES, kitRoot } from '../../data/pipeline/kit';
import { atlas } from '../support/atlasCli';
import { wlsByHand } from '../support/gauss';
import { COLUMN, SECRET, pop, users, wmoWijkFile } from '../support/wmoWijkFile';

const kitCsv = (key: keyof typeof KIT_FILES) =>
  Papa.parse<Record<string, string>>(readFileSync(resolve(kitRoot(), KIT_FILES[key]), 'utf8'), {
    header: true,
    skipEmptyLines: true,
  }).data;

const dir = mkdtempSync(join(tmpdir(), 'wijken-'));
const file = join(dir, 'Wmo-clienten wijken.csv');
writeFileSync(file, wmoWijkFile());

describe('own wijk files on the command line', () => {
  it('table --bestand reads the StatLine file exactly: counts per 1.000 of 15+, secret wijken empty, the join report', () => {
    const run = atlas(
      ...['table', '--bestand', file, '--kolom', COLUMN, '--soort', 'aantal', '--noemer', '15+'],
      ...['--niveau', 'wijk', '--jaar', '2015', '--format', 'json'],
    );
    expect(run.stderr).toBe('');
    const out = JSON.parse(run.stdout) as {
      eenheid: string;
      rijen: { code: string; waarde: number | null; status: string }[];
      koppeling: {
        gevonden: number;
        niet_gevonden: { waarde: string }[];
        totalen: { waarde: string }[];
        andere_indeling: unknown[];
        ander_niveau: { code: string }[];
      };
    };
    expect(out.eenheid).toBe('per 1.000 inwoners 15+');
    for (const [code, p] of pop) {
      const row = out.rijen.find((r) => r.code === code)!;
      if (SECRET[code]) expect(row).toMatchObject({ waarde: null, status: 'secret' });
      else expect(row.waarde).toBeCloseTo(Math.round((users.get(code)! / p) * 1000 * 10) / 10, 6);
    }
    expect(out.koppeling.gevonden).toBe(pop.size);
    // The wijk that is not in the indeling of 2015 is reported, and so are Nederland and the gemeente.
    expect(JSON.stringify(out.koppeling)).toContain('WK059999');
    expect(JSON.stringify(out.koppeling)).toMatch(/NL01|Nederland/);
    expect(JSON.stringify(out.koppeling)).toContain('GM0505');
  });

  it("wijken holds each wijk against the gemeente's own rate with the funnel of the comparison", () => {
    const run = atlas(
      ...['wijken', '--gemeente', 'GM0505', '--bestand', file, '--kolom', COLUMN],
      ...['--soort', 'aantal', '--noemer', '15+', '--jaar', '2015'],
    );
    expect(run.stderr).toBe('');
    const rows = Papa.parse<Record<string, string>>(run.stdout, { header: true, skipEmptyLines: true }).data;
    expect(Object.keys(rows[0])).toEqual(['code', 'naam', 'waarde', 'verwacht', 'verhouding', 'afwijking']);
    // Independently: the gemeente rate over the wijken with a value, E = pop × rate, z = (O/E − 1)√E,
    // φ = mean z² winsorised at the nearest-rank 10th and 90th percentiles, limits 1 ± 1,96√(max(φ,1)/E).
    const counted = [...users.keys()];
    const rate = counted.reduce((s, c) => s + users.get(c)!, 0) / counted.reduce((s, c) => s + pop.get(c)!, 0);
    const z = counted.map((c) => (users.get(c)! / (pop.get(c)! * rate) - 1) * Math.sqrt(pop.get(c)! * rate));
    const sorted = [...z].sort((a, b) => a - b);
    const low = sorted[Math.ceil(0.1 * z.length) - 1];
    const high = sorted[Math.ceil(0.9 * z.length) - 1];
    const phi = z.reduce((s, v) => s + Math.min(high, Math.max(low, v)) ** 2, 0) / z.length;
    for (const row of rows) {
      if (SECRET[row.code]) {
        expect([row.waarde, row.verwacht, row.verhouding, row.afwijking]).toEqual(['', '', '', '']);
        continue;
      }
      const e = pop.get(row.code)! * rate;
      const ratio = users.get(row.code)! / e;
      const half = 1.96 * Math.sqrt(Math.max(phi, 1) / e);
      expect(row.verwacht).toBe((rate * 1000).toFixed(1));
      expect(row.verhouding).toBe(ratio.toFixed(3));
      expect(row.afwijking).toBe(ratio < 1 - half ? 'lager' : ratio > 1 + half ? 'hoger' : 'binnen');
    }
    const words = new Map(rows.map((r) => [r.code, r.afwijking]));
    expect(words.get('WK050507')).toBe('hoger');
    expect(words.get('WK050510')).toBe('lager');
  });

  it('built-in counts too, and errors in Dutch: an unknown column lists the columns; unknown gemeente; no wijk codes', () => {
    const builtIn = atlas('wijken', '--gemeente', 'GM0505', '--indicator', 'bijstand_1564', '--jaar', '2015');
    expect(builtIn.status).toBe(0);
    expect(builtIn.stdout.trim().split('\n')).toHaveLength(1 + pop.size);
    const column = atlas('wijken', '--gemeente', 'GM0505', '--bestand', file, '--kolom', 'Cliënten', '--jaar', '2015');
    expect(column.status).not.toBe(0);
    expect(column.stdout).toBe('');
    expect(column.stderr).toMatch(/Kolom "Cliënten" staat niet in .*"Wmo-cliënten \(aantal\)"/);
    const gemeente = atlas('wijken', '--gemeente', 'GM9999', '--indicator', 'bijstand_1564');
    expect(gemeente.stderr).toMatch(/Onbekende gemeente GM9999/);
    const gemeenteFile = join(dir, 'gemeenten.csv');
    writeFileSync(gemeenteFile, 'code;clienten (aantal)\nGM0505;9535\nGM0003;400\n');
    const noWijken = atlas('wijken', '--gemeente', 'GM0505', '--bestand', gemeenteFile, '--kolom', 'clienten (aantal)');
    expect(noWijken.stderr).toMatch(/heeft geen wijkcodes/);
  });

  it('wijken --basis model holds each wijk against the Wmo model of the gemeenten 2022 applied to its own 2015 factors', () => {
    const run = atlas(
      ...['wijken', '--gemeente', 'GM0505', '--bestand', file, '--kolom', COLUMN, '--soort', 'aantal'],
      ...['--noemer', '15+', '--jaar', '2015', '--basis', 'model', '--format', 'json'],
    );
    expect(run.stderr).toBe('');
    const out = JSON.parse(run.stdout) as {
      model: { wet: string; factoren: string[]; weggelaten_factoren: string[]; coefficienten: { schatting: number }[] };
      phi: number;
      rijen: {
        code: string;
        verwachte_gebruikers: number | null;
        verwacht: number | null;
        verhouding: number | null;
        afwijking: string | null;
      }[];
    };
    // The file's column names Wmo: the law's model, with the factors of its set that wijken of 2015 have.
    expect(out.model.wet).toBe('Wmo 2015');
    expect(out.model.factoren).toEqual(['P_65_EO_JR', 'P_EENP_HH', 'OAD']);
    expect(out.model.weggelaten_factoren).toEqual(['pct_hh_laag_inkomen']);
    // Independently: the fit on the kit's gemeenten 2022 (Wmo per 1.000, weighted by inhabitants).
    const g = kitCsv('kwbGemeente2022').filter(
      (r) =>
        r.wmo_per_1000 !== '' &&
        ['65plus', 'pct_eenpersoonshhd', 'omgevingsadressendichtheid'].every((c) => r[c] !== ''),
    );
    const beta = wlsByHand(
      g.map((r) => [1, Number(r['65plus']), Number(r.pct_eenpersoonshhd), Number(r.omgevingsadressendichtheid)]),
      g.map((r) => Number(r.wmo_per_1000)),
      g.map((r) => Number(r.aantal_inwoners)),
    );
    out.model.coefficienten.forEach((c, j) => expect(c.schatting).toBeCloseTo(beta[j], 6));
    // Applied to each Dordrecht wijk's own 2015 factors: E = rate × inhabitants / 1.000, O/E, and the funnel.
    const wijken = new Map(kitCsv('kwbWijk2015').map((r) => [r.WK_CODE, r]));
    const expected = new Map(
      [...users.keys()].map((code) => {
        const r = wijken.get(code)!;
        const rate = beta[0] + beta[1] * Number(r.P_65_EO_JR) + beta[2] * Number(r.P_EENP_HH) + beta[3] * Number(r.OAD);
        return [code, (rate * Number(r.AANT_INW)) / 1000];
      }),
    );
    const z = [...expected].map(([code, e]) => (users.get(code)! / e - 1) * Math.sqrt(e));
    const sorted = [...z].sort((a, b) => a - b);
    const [low, high] = [sorted[Math.ceil(0.1 * z.length) - 1], sorted[Math.ceil(0.9 * z.length) - 1]];
    const phi = z.reduce((s, v) => s + Math.min(high, Math.max(low, v)) ** 2, 0) / z.length;
    expect(out.phi).toBeCloseTo(phi, 6);
    for (const row of out.rijen) {
      if (SECRET[row.code]) {
        expect([row.verwachte_gebruikers, row.verhouding, row.afwijking]).toEqual([null, null, null]);
        continue;
      }
      const e = expected.get(row.code)!;
      const ratio = users.get(row.code)! / e;
      const half = 1.96 * Math.sqrt(Math.max(phi, 1) / e);
      expect(row.verwachte_gebruikers).toBeCloseTo(e, 6);
      // The expected figure in the file's unit: per 1.000 inhabitants of 15 and over.
      expect(row.verwacht).toBeCloseTo((e / pop.get(row.code)!) * 1000, 6);
      expect(row.verhouding).toBeCloseTo(ratio, 9);
      expect(row.afwijking).toBe(ratio < 1 - half ? 'lager' : ratio > 1 + half ? 'hoger' : 'binnen');
    }
    // A count without a law has no model to be held against.
    const none = atlas(
      ...['wijken', '--gemeente', 'GM0505', '--bestand', file, '--kolom', COLUMN, '--soort', 'aantal'],
      ...['--noemer', '15+', '--wet', 'geen', '--jaar', '2015', '--basis', 'model'],
    );
    expect(none.status).not.toBe(0);
    expect(none.stderr).toMatch(/--basis model is er voor een eigen telling van Wmo-cliënten/);
  });
});
