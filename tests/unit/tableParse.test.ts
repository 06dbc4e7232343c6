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

  it('reads a long file in chunks: rows and broken records keep their numbers across chunk borders, and the share read grows to 1', () => {
    // 60,000 records of about 40 characters: about 2.4 MB, three chunks of a megabyte.
    const lines = ['code;naam;waarde'];
    for (let i = 0; i < 60_000; i++)
      lines.push(`GM${String(i).padStart(4, '0')};"Gemeente ${i}; met puntkomma";${i},5`);
    // Broken records far past the first chunk: a wrong field count and an unclosed quote at the end.
    lines[50_001] = 'GMX;alleen twee';
    lines.push('GMY;"open quote;1');
    const shares: number[] = [];
    const { table } = parseTable(lines.join('\n'), (s) => shares.push(s));
    expect(table).toBeDefined();
    expect(shares.length).toBeGreaterThanOrEqual(3);
    expect(shares.every((s, i) => i === 0 || s >= shares[i - 1])).toBe(true);
    expect(shares.at(-1)).toBe(1);
    // Every record but the two broken ones, each with its own line number (header = record 1).
    expect(table!.rows).toHaveLength(59_999);
    expect(table!.rows[0]).toEqual({ row: 2, cells: ['GM0000', 'Gemeente 0; met puntkomma', '0,5'] });
    const last = table!.rows.at(-1)!;
    expect(last).toEqual({ row: 60_001, cells: ['GM59999', 'Gemeente 59999; met puntkomma', '59999,5'] });
    // Record 50,002 (index 50,001) and the unclosed quote are named by their line.
    const rowsSkipped = table!.skipped.map((e) => e.row);
    expect(rowsSkipped).toContain(50_002);
    expect(rowsSkipped).toContain(60_002);
    expect(table!.rows.some((r) => r.row === 50_002)).toBe(false);
  });
});
