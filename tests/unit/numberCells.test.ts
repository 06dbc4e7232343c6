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
});
