// An own table's records: the delimiter guessed, titles and footnotes skipped and named.
import { describe, expect, it } from 'vitest';
import { ALL_COLUMNS, parseTable } from '../../src/atlas/tableParse';

describe('parsing an own table', () => {
  it('guesses the delimiter and skips a title above the header and a footnote below', () => {
    const text = [
      'Wmo-cliënten per gemeente',
      '',
      'code;naam;aantal',
      'GM0505;Dordrecht;1.020',
      'GM0642;Zwijndrecht;95,2',
      'Bron: eigen registratie',
    ].join('\r\n');
    const { table } = parseTable(`\uFEFF${text}`);
    expect(table).toMatchObject({ delimiter: ';', headerRow: 3, header: ['code', 'naam', 'aantal'] });
    expect(table!.rows.map((r) => r.cells)).toEqual([
      ['GM0505', 'Dordrecht', '1.020'],
      ['GM0642', 'Zwijndrecht', '95,2'],
    ]);
    expect(table!.skipped.map((s) => [s.row, s.message])).toEqual([
      [1, 'regel vóór de kopregel (titel) overgeslagen'],
      [6, 'toelichting of voetnoot overgeslagen'],
    ]);
  });

  it('reads tabs and commas, and gives empty or repeated column names a name of their own', () => {
    expect(parseTable('a\tb\tc\n1\t2\t3').table?.delimiter).toBe('\t');
    expect(parseTable('a,b,a,\n1,2,3,4').table?.header).toEqual(['a', 'b', 'a (2)', 'kolom 4']);
  });

  it('names what is wrong with a file that is no table', () => {
    expect(parseTable('  \n ').error).toMatchObject({ row: 1, column: ALL_COLUMNS, message: 'het bestand is leeg' });
    expect(parseTable('alleen\neen\nkolom').error?.message).toMatch(/geen scheidingsteken/);
  });
});
