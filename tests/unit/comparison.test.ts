// Observed and corrected use classified as the SCP did, and the texts that explain the result.
import { describe, expect, it } from 'vitest';
import { findIndicator } from '../../src/cli/generated';
import { DEFAULT_FACTORS, riskFactor } from '../../data/catalogue/riskFactors';
import { type Areas } from '../../src/atlas/areas';
import { classForBounds } from '../../src/atlas/classify';
import { compare, crowdingText, nationalClassText } from '../../src/atlas/comparison';
import { fitRiskModel } from '../../src/atlas/riskCorrection';
import { readAreas } from '../../src/cli/generated';

const bijstand = findIndicator('bijstand_1564')!;
const factors = (ids: string[]) => ids.map((id) => riskFactor(id)!);

describe('SCP quintiles', () => {
  const gemeenten = readAreas('gemeente', 2015);
  const model = fitRiskModel(gemeenten, bijstand, factors(DEFAULT_FACTORS.bijstand_1564));

  it.each([
    ['arbeidsmarktregio', [7, 7, 7, 7, 7]],
    ['wmoregio', [9, 9, 8, 9, 8]],
    ['jeugdregio', [9, 8, 9, 8, 8]],
    ['corop', [8, 8, 8, 8, 8]],
  ] as const)('%s: observed classes %j, corrected placed with the same bounds', (system, counts) => {
    const c = compare(model, gemeenten, readAreas(system, 2015));
    expect(c.countsObserved).toEqual(counts);
    expect(c.countsCorrected.reduce((a, b) => a + b, 0)).toBe(c.rows.length);
    for (const r of c.rows) {
      expect(r.classCorrected).toBe(classForBounds(r.corrected!, c.observedClasses.bounds));
      // Bounds are the largest observed value in each class.
      if (r.classObserved < 4) expect(r.observed!).toBeLessThanOrEqual(c.observedClasses.bounds[r.classObserved]);
    }
    for (const s of c.shifts)
      expect(s.text).toMatch(/: (erg laag|laag|gemiddeld|hoog|erg hoog) → (erg laag|laag|gemiddeld|hoog|erg hoog)$/);
  });

  it('a corrected value exactly on a bound stays in the lower class; above the top bound is erg hoog', () => {
    const bounds = [10, 20, 30, 40];
    expect(classForBounds(20, bounds)).toBe(1);
    expect(classForBounds(20.0001, bounds)).toBe(2);
    expect(classForBounds(1e9, bounds)).toBe(4);
    expect(classForBounds(-5, bounds)).toBe(0);
  });

  it('wijken are an extrapolation of the gemeente model', () => {
    const wijken: Areas = readAreas('wijk', 2015);
    const c = compare(model, gemeenten, wijken);
    expect(c.extrapolated).toBe(true);
    const wielwijk = c.rows[wijken.codes.indexOf('WK050507')];
    expect(wielwijk.expected).not.toBeNull();
    expect(wielwijk.corrected).toBeCloseTo(wielwijk.observed! - wielwijk.expected! + model.nationalRate, 9);
  });
});

describe('what the comparison says', () => {
  const gemeenten = readAreas('gemeente', 2015);
  const model = fitRiskModel(gemeenten, bijstand, factors(DEFAULT_FACTORS.bijstand_1564));
  const c = compare(model, gemeenten, readAreas('arbeidsmarktregio', 2015));

  it('names the class the national rate falls in, with the rate in Dutch notation', () => {
    const text = nationalClassText(c);
    expect(text).toMatch(/^landelijk \d+,\d — in klasse [1-5] \((erg laag|laag|gemiddeld|hoog|erg hoog)\)$/);
    expect(text).toContain(`klasse ${classForBounds(model.nationalRate, c.observedClasses.bounds) + 1}`);
  });

  it('explains crowding only when more than half of the areas share one corrected class', () => {
    const largest = Math.max(...c.countsCorrected);
    const text = crowdingText(c);
    if (largest * 2 > c.rows.length) expect(text).toMatch(new RegExp(`^${largest} van de ${c.rows.length} gebieden`));
    else expect(text).toBeNull();
    expect(crowdingText({ ...c, countsCorrected: [7, 7, 7, 7, 7] })).toBeNull();
    expect(crowdingText({ ...c, countsCorrected: [0, 0, 0, 29, 6] })).toMatch(
      /^29 van de 35 gebieden vallen na correctie in klasse "hoog"/,
    );
  });

  it('counts the deviations of the funnel over the areas', () => {
    const counted = { lager: 0, binnen: 0, hoger: 0 };
    for (const r of c.rows) if (r.funnel) counted[r.funnel.deviation]++;
    expect(c.deviationCounts).toEqual(counted);
  });
});
