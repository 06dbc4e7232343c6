// Own wijk files on the command line: a StatLine-style Wmo file for Dordrecht's wijken (semicolons,
// quotes, padded codes, thousands points, decimal commas, "." and "x", rows for Nederland and the
// gemeente, Windows-1252) read by `table --bestand` and held against the gemeente by `wijken`,
// checked against an independent computation from the kit's wijk file.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { atlas } from '../support/atlasCli';
import { COLUMN, SECRET, pop, users, wmoWijkFile } from '../support/wmoWijkFile';

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
});
