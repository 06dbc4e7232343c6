// Region figures from their member gemeenten: sums of numerators and denominators, suppression.
import { findIndicator } from '../../src/cli/generated';
import { describe, expect, it } from 'vitest';
import { aggregateValues, regionSet } from '../../src/atlas/aggregate';
import { type Membership } from '../../src/atlas/geography';
import { indicatorValues, type AreaTable } from '../../src/atlas/indicators';

const def = (id: string) => findIndicator(id)!;

describe('aggregation on a hand-made case', () => {
  const gemeenten: AreaTable = {
    level: 'gemeente',
    year: 2015,
    source: 'test',
    codes: ['GM0001', 'GM0002', 'GM0003', 'GM0004'],
    names: ['A', 'B', 'C', 'D'],
    parents: {},
    columns: {
      AANT_INW: [1000, 3000, 500, 500],
      P_15_24_JR: [10, 20, 10, 10],
      P_25_44_JR: [30, 30, 30, 30],
      P_45_64_JR: [20, 20, 20, 20],
      WWB_UITTOT: [30, 60, null, 10],
    },
  };
  const membership: Membership = {
    year: 2015,
    source: 'test',
    gemeenten: ['GM0001', 'GM0002', 'GM0003', 'GM0004'],
    systems: {
      arbeidsmarktregio: {
        codes: ['AM01', 'AM02'],
        names: ['Noord', 'Zuid'],
        regionOf: ['AM01', 'AM01', 'AM02', 'AM02'],
      },
      jeugdregio: { codes: ['JZ01'], names: ['Alles'], regionOf: ['JZ01', 'JZ01', 'JZ01', 'JZ01'] },
      wmoregio: { codes: ['WMO01'], names: ['Alles'], regionOf: ['WMO01', 'WMO01', 'WMO01', 'WMO01'] },
      corop: { codes: ['CR01'], names: ['Alles'], regionOf: ['CR01', 'CR01', 'CR01', 'CR01'] },
    },
  };
  const set = regionSet(membership, 'arbeidsmarktregio', gemeenten);
  const values = aggregateValues(def('bijstand_1564'), indicatorValues(gemeenten, def('bijstand_1564')), set);

  it('sums numerators and denominators and recomputes the rate', () => {
    // AM01: users 30 + 60 = 90; population 15–64: 1000 × 0.6 + 3000 × 0.7 = 2700.
    expect(values[0].numerator).toBe(90);
    expect(values[0].denominator).toBeCloseTo(2700, 9);
    expect(values[0].value).toBeCloseTo((90 / 2700) * 1000, 9);
    // Not the mean of the member rates (50 and 28.6).
    expect(values[0].value).not.toBeCloseTo((50 + 60 / 2.1) / 2, 1);
  });

  it('suppresses a region with a secret member and says why, instead of summing the rest', () => {
    expect(values[1]).toMatchObject({ value: null, status: 'secret', numerator: null });
    expect(values[1].note).toMatch(/1 van 2 gemeenten/);
  });
});
