// The CSV export read back with papaparse in both dialects gives the numbers the map shows.
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { findIndicator } from '../../src/cli/generated';
import { buildChoropleth, roundTo } from '../../src/atlas/choropleth';
import { choroplethExport, exportFileName, type CsvDialect } from '../../src/atlas/tableExport';
import { readAreas } from '../../src/cli/generated';

const areas = readAreas('wijk', 2015);
const def = findIndicator('bijstand_1564')!;
const choropleth = buildChoropleth(areas, def, { method: 'kwantiel', count: 5 });

function readBack(text: string, dialect: CsvDialect) {
  const body = text.replace(/^\uFEFF/, '');
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
      const { csv: text, notes } = choroplethExport(choropleth, {
        levelText: 'Wijken 2015',
        made: new Date('2026-11-26T10:00:00Z'),
        dialect,
      });
      expect(text.startsWith('\uFEFF')).toBe(dialect === 'nl');
      // A plain table (what pandas and Excel read without options); what it is, in the toelichting.
      expect(text.replace(/^\uFEFF/, '').startsWith('code')).toBe(true);
      expect(text).not.toMatch(/^#/m);
      expect(notes).toMatch(/Bijstandsuitkeringen/);
      expect(notes).toMatch(/Klassenindeling: kwantielen/);
      expect(notes).toMatch(/CBS, Kadaster\/PDOK/);
      for (const column of ['waarde', 'teller', 'noemer', 'status', 'klasse']) expect(notes).toContain(`- ${column}: `);
      // Every value has the indicator's decimals, as the screen shows it.
      const waarde = text
        .replace(/^\uFEFF/, '')
        .split('\r\n')
        .slice(1, 200)
        .map((l) => Papa.parse<string[]>(l, { delimiter: dialect === 'nl' ? ';' : ',' }).data[0]?.[2] ?? '')
        .filter(Boolean);
      for (const v of waarde) expect(v).toMatch(dialect === 'nl' ? /^\d+,\d$/ : /^\d+\.\d$/);
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
