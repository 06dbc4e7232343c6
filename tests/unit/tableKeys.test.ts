// How own tables name areas and periods: padded codes, gemeente names as people write them, and
// CBS period keys.
import { describe, expect, it } from 'vitest';
import { AREA_CODE, OTHER_REGION, codeOf, normaliseName, periodLabel, periodYear } from '../../src/atlas/tableKeys';

describe('table keys', () => {
  it('reads StatLine codes padded with spaces or in lower case', () => {
    expect(codeOf('"GM0505  "'.replace(/"/g, ''))).toBe('GM0505');
    expect(codeOf(' wk050507 ')).toBe('WK050507');
    expect(AREA_CODE.test('BU05050702')).toBe(true);
    expect(AREA_CODE.test('NL01')).toBe(false);
    expect(OTHER_REGION.test('PV28')).toBe(true);
  });

  it('compares gemeente names without case, accents, dots or "(gemeente)", and knows everyday names', () => {
    expect(normaliseName("'s-Hertogenbosch")).toBe(normaliseName('s Hertogenbosch'));
    expect(normaliseName('Den Bosch')).toBe(normaliseName("'s-Hertogenbosch"));
    expect(normaliseName('Den Haag')).toBe(normaliseName("'s-Gravenhage"));
    expect(normaliseName('Súdwest-Fryslân')).toBe('sudwest fryslan');
    expect(normaliseName('Bergen (NH.) (gemeente)')).toBe(normaliseName('Bergen (NH)'));
  });

  it('says CBS periods in words and gives their year', () => {
    expect(periodLabel('2022JJ00')).toBe('2022');
    expect(periodLabel('2022KW03')).toBe('2022 kwartaal 3');
    expect(periodLabel('2022MM11')).toBe('2022 maand 11');
    expect(periodLabel('2022HJ02')).toBe('2022 tweede halfjaar');
    expect(periodLabel('voorjaar 2021')).toBe('voorjaar 2021');
    expect(periodYear('2016-H1')).toBe(2016);
    expect(periodYear('voorjaar')).toBeNull();
  });
});
