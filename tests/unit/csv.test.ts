// The one CSV writer: dialects, BOM, and text that never starts a formula in a spreadsheet.
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { buildChoropleth } from '../../src/atlas/choropleth';
import { choroplethCsv, toCsv } from '../../src/atlas/tableExport';
import { pointsCsv } from '../../src/atlas/pointsCsv';
import { findIndicator, readAreas } from '../../src/cli/generated';

const def = findIndicator('bijstand_1564')!;

describe('exports safe for spreadsheets', () => {
  const NASTY = ['=1+1', '+31 6', '-2+3', '@SUM(A1)', '\tTAB', '\rCR', 'a;=HYPERLINK("x")', 'b,=cmd|x', 'gewoon'];
  const startsFormula = (cell: string) => /^[=+\-@\t\r]/.test(cell);

  for (const dialect of ['nl', 'en'] as const) {
    it(`no cell starts a formula, in the rows or the comment lines (${dialect})`, () => {
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
      const text = choroplethCsv(c, { levelText: 'Gemeenten 2015', made: new Date('2026-11-26T10:00:00Z'), dialect });
      const delimiter = dialect === 'nl' ? ';' : ',';
      const all = Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), { delimiter, skipEmptyLines: true }).data;
      for (const row of all) for (const cell of row) expect(startsFormula(cell), JSON.stringify(row)).toBe(false);
      // The user's text (name, period, note) stays in one cell of its comment line.
      const userLines = all.filter((r) => r[0].startsWith('#') && /HYPERLINK|@x|-b/.test(r.join(delimiter)));
      expect(userLines.length).toBeGreaterThanOrEqual(3);
      for (const row of userLines) expect(row, row.join('|')).toHaveLength(1);
      // Names read back with the leading ' that neutralises them; numbers stay numbers (negative ones too).
      const body = all.filter((r) => !r[0].startsWith('#'));
      const naam = body[0].indexOf('naam');
      expect(body.slice(1).map((r) => r[naam].replace(/^'/, ''))).toEqual(names);
    });
  }

  it("keeps the export's own negative numbers as numbers", () => {
    const text = toCsv(
      [],
      ['code', 'waarde'],
      [
        ['GM0001', -3.5],
        ['-GM', 2],
      ],
      'nl',
    );
    const rows = text
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n');
    expect(rows[1]).toBe('GM0001;-3,5');
    expect(rows[2]).toBe("'-GM;2");
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
