// The one CSV writer: dialects, BOM, and text that never starts a formula in a spreadsheet.
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { buildChoropleth } from '../../src/atlas/choropleth';
import { choroplethExport } from '../../src/atlas/tableExport';
import { csvText, fixed } from '../../src/atlas/csv';
import { pointsCsv } from '../../src/atlas/pointsCsv';
import { findIndicator, readAreas } from '../../src/cli/generated';

const def = findIndicator('bijstand_1564')!;

describe('exports safe for spreadsheets', () => {
  const NASTY = ['=1+1', '+31 6', '-2+3', '@SUM(A1)', '\tTAB', '\rCR', 'a;=HYPERLINK("x")', 'b,=cmd|x', 'gewoon'];
  const startsFormula = (cell: string) => /^[=+\-@\t\r]/.test(cell);

  for (const dialect of ['nl', 'en'] as const) {
    it(`no cell starts a formula, and the user's text stays whole in the toelichting (${dialect})`, () => {
      const table = { ...readAreas('gemeente', 2015) };
      const names = table.codes.map((_, i) => NASTY[i % NASTY.length]);
      const nasty = { ...table, names, values: (d: Parameters<typeof table.values>[0]) => table.values(d) };
      const own = {
        ...def,
        own: true,
        label: 'Eigen;=HYPERLINK("http://x"),=y',
        unit: '+per 1.000',
        period: '-2022;@x,@z',
        source: '=bron',
        note: 'a;-b,-c',
      };
      const c = buildChoropleth(nasty, own, { method: 'kwantiel', count: 5 });
      const { csv, notes } = choroplethExport(c, {
        levelText: 'Gemeenten 2015',
        made: new Date('2026-11-26T10:00:00Z'),
        dialect,
      });
      const delimiter = dialect === 'nl' ? ';' : ',';
      const all = Papa.parse<string[]>(csv.replace(/^\uFEFF/, ''), { delimiter, skipEmptyLines: true }).data;
      for (const row of all) for (const cell of row) expect(startsFormula(cell), JSON.stringify(row)).toBe(false);
      // Only the table: the header first, one row per area, every row as wide as the header.
      expect(all[0][0]).toBe('code');
      expect(all).toHaveLength(names.length + 1);
      for (const row of all) expect(row).toHaveLength(all[0].length);
      // The user's text (name, period, note) is in the toelichting as given: a text file runs no formula.
      for (const text of [own.label, own.period, own.note, own.source]) expect(notes).toContain(text);
      // Names read back with the leading ' that neutralises them.
      const naam = all[0].indexOf('naam');
      expect(all.slice(1).map((r) => r[naam].replace(/^'/, ''))).toEqual(names);
    });
  }

  it("keeps the export's own negative numbers as numbers, with fixed decimals where asked", () => {
    const text = csvText(
      ['code', 'waarde', 'verhouding'],
      [
        ['GM0001', -3.5, fixed(1.01, 3)],
        ['-GM', 2, fixed(76, 1)],
      ],
      { dialect: 'nl' },
    );
    const rows = text
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n');
    expect(rows[1]).toBe('GM0001;-3,5;1,010');
    expect(rows[2]).toBe("'-GM;2;76,0");
  });

  it('the sociale-kaart list export escapes formulas too', () => {
    const points = [
      {
        id: 'x',
        naam: '=HYPERLINK("http://x")',
        categorie: 'eigen',
        teamCategorie: '+cat',
        organisatie: '-org',
        straat: '@s',
        huisnummer: '1',
        postcode: '',
        plaats: 'Dordrecht',
        telefoon: '',
        website: '',
        lat: 51.8,
        lon: -0.5,
        bron: '\tbron',
      },
    ] as unknown as Parameters<typeof pointsCsv>[0];
    const rows = Papa.parse<string[]>(pointsCsv(points), { skipEmptyLines: true }).data;
    // Text cells are neutralised; lat and lon are numbers the export writes.
    rows[1].forEach((cell, i) => {
      if (i !== 9 && i !== 10) expect(startsFormula(cell), cell).toBe(false);
    });
    expect(rows[1][10]).toBe('-0.5');
    expect(rows[1][0]).toBe(`'=HYPERLINK("http://x")`);
  });
});
