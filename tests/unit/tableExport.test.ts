// The CSV export read back with papaparse in both dialects gives the numbers the map shows.
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { findIndicator } from '../../src/cli/generated';
import { buildChoropleth, roundTo } from '../../src/atlas/choropleth';
import { choroplethCsv, exportFileName, toCsv, type CsvDialect } from '../../src/atlas/tableExport';
import { pointsCsv } from '../../src/atlas/pointsCsv';
import { readAreas } from '../../src/cli/generated';

const areas = readAreas('wijk', 2015);
const def = findIndicator('bijstand_1564')!;
const choropleth = buildChoropleth(areas, def, { method: 'kwantiel', count: 5 });

function readBack(text: string, dialect: CsvDialect) {
  const body = text
    .replace(/^\uFEFF/, '')
    .split('\r\n')
    .filter((l) => !l.startsWith('#'))
    .join('\n');
  const rows = Papa.parse<Record<string, string>>(body, {
    header: true,
    delimiter: dialect === 'nl' ? ';' : ',',
    skipEmptyLines: true,
  }).data;
  const num = (s: string) => (s === '' ? null : Number(dialect === 'nl' ? s.replace(',', '.') : s));
  return rows.map((r) => ({
    code: r.code,
    naam: r.naam,
    status: r.status,
    waarde: num(r.waarde),
    klasse: num(r.klasse),
  }));
}

describe('CSV export', () => {
  for (const dialect of ['nl', 'en'] as const) {
    it(`writes every area with value, status and class (${dialect})`, () => {
      const text = choroplethCsv(choropleth, {
        levelText: 'Wijken 2015',
        made: new Date('2026-11-26T10:00:00Z'),
        dialect,
      });
      expect(text.startsWith('\uFEFF')).toBe(dialect === 'nl');
      const comments = text
        .replace(/^\uFEFF/, '')
        .split('\r\n')
        .filter((l) => l.startsWith('#'));
      expect(comments.join('\n')).toMatch(/Bijstandsuitkeringen/);
      expect(comments.join('\n')).toMatch(/Klassenindeling: kwantielen/);
      expect(comments.join('\n')).toMatch(/CBS, Kadaster\/PDOK/);
      const rows = readBack(text, dialect);
      expect(rows.map((r) => r.code)).toEqual(areas.codes);
      // Names with the delimiter (e.g. "Centrum, Oost") survive quoting.
      expect(rows.map((r) => r.naam)).toEqual(areas.names);
      rows.forEach((r, i) => {
        const v = choropleth.values[i];
        expect(r.waarde).toBe(v.value === null ? null : roundTo(v.value, def.decimals));
        expect(r.status).toBe({ ok: '', secret: 'geheim', nodata: 'geen gegevens' }[v.status]);
        expect(r.klasse).toBe(choropleth.result.classOf[i] < 0 ? null : choropleth.result.classOf[i] + 1);
      });
    });
  }

  it('names files without characters a file system refuses', () => {
    expect(exportFileName(['Cliënten (%) / jeugd', 'gemeente', '2015'], 'csv')).toBe(
      'wijkatlas_Clienten-jeugd_gemeente_2015.csv',
    );
  });
});

describe('exports safe for spreadsheets', () => {
  const NASTY = ['=1+1', '+31 6', '-2+3', '@SUM(A1)', '\tTAB', '\rCR', 'a;=HYPERLINK("x")', 'b,=cmd|x', 'gewoon'];
  const startsFormula = (cell: string) => /^[=+\-@\t\r]/.test(cell);

  for (const dialect of ['nl', 'en'] as const) {
    it(`no cell starts a formula, in the rows or the comment lines (${dialect})`, () => {
      const table = { ...readAreas('gemeente', 2015) };
      const names = table.codes.map((_, i) => NASTY[i % NASTY.length]);
      const nasty = { ...table, names, values: table.values };
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
