// Names that a spreadsheet would run as formulas, in a test kit: the kit's gemeente and wijk files
// with Dordrecht and one of its wijken renamed "=HYPERLINK(…)" and "+31 …", turned into tables by the
// pipeline's own reader, and every CSV the command line prints guards them with a leading quote.
import { mkdtempSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { KIT_FILES, kitRoot } from '../../data/pipeline/kit';
import { SOURCES } from '../../data/pipeline/layers';
import { tableFromKwbCsv } from '../../data/pipeline/tables';
import { GENERATED } from '../../src/cli/generated';
import { atlas } from '../support/atlasCli';

const GEMEENTE = '=HYPERLINK("http://voorbeeld.invalid";"Dordrecht")';
const WIJK = '+31 Wijk 07 Wielwijk';
const kit = kitRoot();

/** The kit file with one area's name replaced, as a table the way the pipeline writes it. */
function renamed(key: 'kwbGemeente2015' | 'kwbWijk2015', level: 'gemeente' | 'wijk', code: string, name: string) {
  const text = readFileSync(resolve(kit, KIT_FILES[key]), 'utf8');
  const parsed = Papa.parse<Record<string, string>>(text, { header: true, skipEmptyLines: true });
  const codeColumn = level === 'gemeente' ? 'GM_CODE' : 'WK_CODE';
  const nameColumn = level === 'gemeente' ? 'GM_NAAM' : 'WK_NAAM';
  const rows = parsed.data.map((r) => (r[codeColumn] === code ? { ...r, [nameColumn]: name } : r));
  expect(rows.filter((r) => r[nameColumn] === name)).toHaveLength(1);
  const { table, issues } = tableFromKwbCsv(Papa.unparse(rows), level, 2015, KIT_FILES[key], SOURCES.kwb2015);
  expect(issues.filter((i) => i.severity === 'error')).toEqual([]);
  return JSON.stringify(table);
}

/** The generated assets, with the two tables made from the renamed kit files. */
const dir = mkdtempSync(join(tmpdir(), 'wijkatlas-formule-'));
const replaced: Record<string, string> = {
  'gemeente_2015.table.json': renamed('kwbGemeente2015', 'gemeente', 'GM0505', GEMEENTE),
  'wijk_2015.table.json': renamed('kwbWijk2015', 'wijk', 'WK050507', WIJK),
};
for (const f of readdirSync(GENERATED)) {
  if (replaced[f]) writeFileSync(join(dir, f), replaced[f]);
  else symlinkSync(join(GENERATED, f), join(dir, f));
}

const run = (...args: string[]) => {
  const r = atlas(...args);
  expect(r.stderr).toBe('');
  expect(r.status).toBe(0);
  return r.stdout;
};
process.env.ATLAS_GENERATED = dir;

/** Every cell of the CSV's rows, read back as a spreadsheet would (the format's delimiter). */
const cells = (csv: string) => Papa.parse<string[]>(csv.replace(/^\uFEFF/, ''), { skipEmptyLines: true }).data.flat();

describe('names that look like formulas, from a test kit', () => {
  it('table prints the gemeente as text: a leading quote before "=", and no other cell starts a formula', () => {
    const out = cells(run('table', '--indicator', 'bijstand_1564', '--niveau', 'gemeente', '--jaar', '2015'));
    expect(out).toContain(`'${GEMEENTE}`);
    expect(out).not.toContain(GEMEENTE);
    // Nothing else starts a formula.
    expect(out.filter((c) => /^[=+@\t\r]/.test(c))).toEqual([]);
  });

  it('wijken prints the wijk as text: a leading quote before "+"', () => {
    const out = cells(
      run('wijken', '--gemeente', 'GM0505', '--indicator', 'bijstand_1564', '--jaar', '2015', '--format', 'csv'),
    );
    expect(out).toContain(`'${WIJK}`);
    expect(out.filter((c) => /^[=+@\t\r]/.test(c))).toEqual([]);
  });

  it('table on the wijk level guards it too, and the json keeps the name as it is (JSON is not a spreadsheet)', () => {
    const csv = cells(run('table', '--indicator', 'bijstand_1564', '--niveau', 'wijk', '--jaar', '2015'));
    expect(csv).toContain(`'${WIJK}`);
    const json = JSON.parse(
      run('table', '--indicator', 'bijstand_1564', '--niveau', 'wijk', '--jaar', '2015', '--format', 'json'),
    ) as { rijen: { code: string; naam: string }[] };
    expect(json.rijen.find((r) => r.code === 'WK050507')?.naam).toBe(WIJK);
  });
});
