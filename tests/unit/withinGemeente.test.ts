// The wijken of a gemeente against the gemeente's own rate, on a small case computed by hand.
import { describe, expect, it } from 'vitest';
import type { AreaValue, IndicatorDef } from '../../src/atlas/indicators';
import { isWithinComparable, withinGemeente } from '../../src/atlas/withinGemeente';

const def = {
  id: 'wmo',
  label: 'Wmo',
  unit: 'per 1.000 inwoners',
  kind: 'rate',
  numerator: { column: 'u' },
  denominator: { column: 'p' },
  per: 1000,
  decimals: 1,
  law: 'Wmo 2015',
  years: [2015],
  levels: ['wijk'],
  higherMeansMoreNeed: true,
  source: 'test',
} satisfies IndicatorDef;

const v = (numerator: number | null, denominator: number | null): AreaValue =>
  numerator === null
    ? { value: null, status: 'secret', numerator, denominator }
    : { value: (numerator / denominator!) * 1000, status: 'ok', numerator, denominator };

describe('wijken against their gemeente', () => {
  // Five wijken with 1.000 to 4.000 inwoners; one secret wijk that counts for nothing.
  const inputs = [
    { code: 'WK1', naam: 'Noord', value: v(60, 1000) },
    { code: 'WK2', naam: 'Oost', value: v(100, 2000) },
    { code: 'WK3', naam: 'Zuid', value: v(100, 2000) },
    { code: 'WK4', naam: 'West', value: v(140, 4000) },
    { code: 'WK5', naam: 'Midden', value: v(100, 1000) },
    { code: 'WK6', naam: 'Haven', value: v(null, 300) },
  ];

  it('expects users at the gemeente rate of the wijken with a value, and names the deviations', () => {
    const within = withinGemeente(def, inputs)!;
    // Rate = (60 + 100 + 100 + 140 + 100) / (1000 + 2000 + 2000 + 4000 + 1000) = 500 / 10000 = 0,05.
    expect(within.rate).toBeCloseTo(0.05, 12);
    expect(within.rateShown).toBeCloseTo(50, 10);
    // E = 50, 100, 100, 200, 50; O/E = 1,2, 1, 1, 0,7, 2.
    expect(within.rows.map((r) => r.expected)).toEqual([50, 100, 100, 200, 50, null]);
    expect(within.rows.map((r) => r.ratio)).toEqual([1.2, 1, 1, 0.7, 2, null]);
    // z = (O/E − 1)·√E = 0,2·√50, 0, 0, −0,3·√200, 1·√50 = 1,414 0 0 −4,243 7,071.
    // n = 5: the 10th percentile is rank 1 (−4,243), the 90th rank 5 (7,071): nothing winsorised.
    // φ = (2 + 0 + 0 + 18 + 50) / 5 = 14.
    expect(within.phi).toBeCloseTo(14, 10);
    // Limits 1 ± 1,96·√(14/E): E = 50 → ±1,037; E = 100 → ±0,733; E = 200 → ±0,519.
    expect(within.rows[0].upper).toBeCloseTo(1 + 1.96 * Math.sqrt(14 / 50), 12);
    expect(within.rows[3].lower).toBeCloseTo(1 - 1.96 * Math.sqrt(14 / 200), 12);
    // West 0,7 lies above its lower limit 0,481 and Midden 2 below its upper limit 2,037: all within.
    expect(within.rows.map((r) => r.deviation)).toEqual(['binnen', 'binnen', 'binnen', 'binnen', 'binnen', null]);
    expect(within.rows[5]).toMatchObject({ observed: null, expected: null, ratio: null, deviation: null });
    expect(within.rows[0].expectedRate).toBeCloseTo(50, 10);
  });

  it('with little overdispersion the limits stay at Poisson width (φ below 1 counts as 1)', () => {
    // Four wijken of 10.000 inwoners: rate 0,05, E = 500 each; O = 500, 500, 500, 560.
    const within = withinGemeente(def, [
      { code: 'A', naam: 'A', value: v(500, 10000) },
      { code: 'B', naam: 'B', value: v(500, 10000) },
      { code: 'C', naam: 'C', value: v(440, 10000) },
      { code: 'D', naam: 'D', value: v(560, 10000) },
    ])!;
    // z = 0, 0, −0,12·√500 = −2,683, 2,683; n = 4: ranks 1 and 4, nothing winsorised; φ = 2·7,2/4 = 3,6.
    expect(within.phi).toBeCloseTo((2 * (0.12 * Math.sqrt(500)) ** 2) / 4, 10);
    // Limits 1 ± 1,96·√(3,6/500) = 1 ± 0,1663: 0,88 and 1,12 lie within.
    expect(within.rows.map((r) => r.deviation)).toEqual(['binnen', 'binnen', 'binnen', 'binnen']);
    const clear = withinGemeente(def, [
      { code: 'A', naam: 'A', value: v(500, 10000) },
      { code: 'B', naam: 'B', value: v(500, 10000) },
      { code: 'C', naam: 'C', value: v(500, 10000) },
      { code: 'D', naam: 'D', value: v(500, 10000) },
      { code: 'E', naam: 'E', value: v(500, 10000) },
      { code: 'F', naam: 'F', value: v(500, 10000) },
      { code: 'G', naam: 'G', value: v(500, 10000) },
      { code: 'H', naam: 'H', value: v(500, 10000) },
      { code: 'I', naam: 'I', value: v(500, 10000) },
      { code: 'J', naam: 'J', value: v(700, 10000) },
    ])!;
    // Rate = 5200 / 100000 = 0,052, E = 520: nine at 500/520 = 0,9615 (z = −0,877), one at 1,346 (z = 7,894).
    // n = 10: the 90th percentile is rank 9 (−0,877), so 7,894 is winsorised to −0,877: φ = 0,769 → 1.
    expect(clear.phi).toBeCloseTo((20 / 520) ** 2 * 520, 10);
    // Limits 1 ± 1,96·√(1/520) = 1 ± 0,0860: J (1,346) hoger, the others (0,9615) binnen.
    expect(clear.rows.map((r) => r.deviation)).toEqual([...Array(9).fill('binnen'), 'hoger']);
  });

  it('needs two wijken with users and an indicator of users over a population', () => {
    expect(withinGemeente(def, [{ code: 'A', naam: 'A', value: v(5, 100) }])).toBeNull();
    expect(withinGemeente(def, [inputs[0], { ...inputs[1], value: v(null, 2000) }])).toBeNull();
    expect(isWithinComparable(def)).toBe(true);
    expect(isWithinComparable({ ...def, law: undefined })).toBe(false);
    expect(isWithinComparable({ ...def, law: undefined, own: true })).toBe(true);
    expect(isWithinComparable({ ...def, kind: 'fact' })).toBe(false);
    expect(isWithinComparable({ ...def, denominator: undefined })).toBe(false);
  });
});
