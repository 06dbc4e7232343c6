import { describe, expect, it } from 'vitest';
import { columnMeaning } from '../../src/atlas/columnMeaning';

describe('columnMeaning', () => {
  it('reads "(aantal)" as a count, whatever the decimals', () => {
    expect(columnMeaning('Jongeren met jeugdhulp (aantal)', 2)).toEqual({
      kind: 'count',
      unit: '',
      name: 'Jongeren met jeugdhulp',
    });
    expect(columnMeaning('Aantal cliënten', 0).kind).toBe('count');
  });

  it('takes the unit from the name: percentages and rates per so many', () => {
    expect(columnMeaning('Jongeren met jeugdhulp (%)', 1)).toEqual({
      kind: 'rate',
      unit: '%',
      name: 'Jongeren met jeugdhulp',
    });
    expect(columnMeaning('Wmo-cliënten (per 1 000 inwoners)', 0)).toEqual({
      kind: 'rate',
      unit: 'per 1.000 inwoners',
      name: 'Wmo-cliënten',
    });
    expect(columnMeaning('Uitgaven (euro)', 0)).toEqual({ kind: 'rate', unit: 'euro', name: 'Uitgaven' });
    expect(columnMeaning('Aandeel jongeren', 1).unit).toBe('%');
  });

  it('without a word in the name: whole numbers count, others are figures as given', () => {
    expect(columnMeaning('clienten', 0)).toEqual({ kind: 'count', unit: '', name: 'clienten' });
    expect(columnMeaning('score', 2)).toEqual({ kind: 'rate', unit: '', name: 'score' });
  });
});
