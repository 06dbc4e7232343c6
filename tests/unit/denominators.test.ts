// Reference populations an own count can be divided by: each a quantity of KWB columns, with the
// approximation said where the KWB age bands cannot give the exact group.
import { describe, expect, it } from 'vitest';
import { DENOMINATORS, findDenominator } from '../../src/atlas/denominators';
import { quantityAt, type AreaTable } from '../../src/atlas/indicators';

const row: AreaTable = {
  level: 'gemeente',
  year: 2015,
  source: 't',
  codes: ['GM0001'],
  names: ['A'],
  parents: {},
  columns: {
    AANT_INW: [1000],
    AANTAL_HH: [450],
    P_00_14_JR: [20],
    P_15_24_JR: [10],
    P_25_44_JR: [25],
    P_45_64_JR: [30],
    P_65_EO_JR: [15],
  },
};

describe('denominators', () => {
  it('count the reference population from the age shares', () => {
    const at = (id: string) => quantityAt(row, findDenominator(id)!.quantity, 0);
    expect(at('inwoners')).toBe(1000);
    expect(at('inwoners_0_14')).toBe(200);
    expect(at('inwoners_15_64')).toBe(650);
    expect(at('inwoners_15plus')).toBe(800);
    expect(at('inwoners_65plus')).toBe(150);
    expect(at('huishoudens')).toBe(450);
  });

  it('say the approximation of 0–17, 18–64 and 18+', () => {
    for (const id of ['inwoners_0_14', 'inwoners_15_64', 'inwoners_15plus'])
      expect(findDenominator(id)!.note, id).toMatch(/benader|dichtst/);
    expect(new Set(DENOMINATORS.map((d) => d.id)).size).toBe(DENOMINATORS.length);
    expect(findDenominator('onbekend')).toBeUndefined();
  });
});
