// Numbers as Dutch and English spreadsheets and CBS write them, and a file's decimal sign.
import { importWithDefaults } from '../support/importTable';
import { describe, expect, it } from 'vitest';
import { parseCell } from '../../src/atlas/numberCells';

describe('numbers', () => {
  it('reads Dutch and English grouping and CBS marks', () => {
    expect(parseCell('1.234,5', 'komma')).toMatchObject({ kind: 'number', value: 1234.5, decimals: 1 });
    expect(parseCell('1,234.5', 'punt')).toMatchObject({ kind: 'number', value: 1234.5, decimals: 1 });
    expect(parseCell('1.234,5', 'punt')).toMatchObject({ kind: 'invalid' });
    expect(parseCell('   .', 'punt')).toEqual({ kind: 'secret' });
    expect(parseCell('-', 'komma')).toMatchObject({ kind: 'nihil', value: 0 });
    expect(parseCell('1e400', 'punt')).toMatchObject({ kind: 'invalid' });
    expect(parseCell('12 345', 'komma')).toMatchObject({ kind: 'number', value: 12345 });
  });

  it('detects the decimal sign of a file', () => {
    const nl = importWithDefaults('gemeente;waarde\nGM0505;1.234,5\nGM0590;12,25\n');
    expect(nl.detection!.decimal).toBe('komma');
    expect([...nl.report!.columns[0].values.values()]).toEqual([1234.5, 12.25]);
    const en = importWithDefaults('gemeente,waarde\nGM0505,"1,234.5"\nGM0590,12.25\n');
    expect(en.detection!.decimal).toBe('punt');
    expect([...en.report!.columns[0].values.values()]).toEqual([1234.5, 12.25]);
  });

  it('reads "1.020" in a semicolon file as 1020, and each column with its own sign', () => {
    // Dutch Excel: ";" between columns, "." groups thousands, "," is the decimal sign.
    const mixed = importWithDefaults('gemeente;clienten (aantal);aandeel (%)\nGM0505;1.020;95,2\nGM0590;2.345;12,5\n');
    expect(mixed.detection!.decimal).toBe('komma');
    expect([...mixed.report!.columns[0].values.values()]).toEqual([1020, 2345]);
    expect([...mixed.report!.columns[1].values.values()]).toEqual([95.2, 12.5]);
    // Only ambiguous cells: the semicolon decides for the decimal comma.
    const grouped = importWithDefaults('gemeente;clienten\nGM0505;1.020\nGM0590;2.345\n');
    expect(grouped.detection!.decimal).toBe('komma');
    expect(grouped.detection!.decimalReason).toMatch(/puntkomma/);
    expect([...grouped.report!.columns[0].values.values()]).toEqual([1020, 2345]);
    // One column in English notation in a Dutch file keeps its own sign.
    const own = importWithDefaults('gemeente;a;b\nGM0505;1.020;0.25\nGM0590;12,5;0.5\n');
    expect(own.detection!.columnDecimals).toEqual({ 1: 'komma', 2: 'punt' });
    expect([...own.report!.columns[0].values.values()]).toEqual([1020, 12.5]);
    expect([...own.report!.columns[1].values.values()]).toEqual([0.25, 0.5]);
    // A choice in the dialog holds for every column.
    const chosen = importWithDefaults('gemeente;a;b\nGM0505;1.020;0.25\nGM0590;2.345;0.5\n', undefined, {
      decimal: 'punt',
      columnDecimals: undefined,
    });
    expect([...chosen.report!.columns[0].values.values()]).toEqual([1.02, 2.345]);
  });
});
