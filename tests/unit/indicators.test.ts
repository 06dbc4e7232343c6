import { describe, expect, it } from 'vitest';
import { readCatalogue, findIndicator } from '../../src/cli/generated';
import {
  indicatorAt,
  indicatorValues,
  populationOf,
  quantityAt,
  rateOf,
  type AreaTable,
} from '../../src/atlas/indicators';

const CATALOGUE = readCatalogue();

function table(columns: AreaTable['columns']): AreaTable {
  const n = Object.values(columns)[0].length;
  return {
    level: 'gemeente',
    year: 2015,
    source: 'test',
    codes: Array.from({ length: n }, (_, i) => `GM000${i}`),
    names: Array.from({ length: n }, (_, i) => `G${i}`),
    parents: {},
    columns,
  };
}

const def = (id: string) => {
  const d = findIndicator(id);
  if (!d) throw new Error(id);
  return d;
};

describe('rates from counts', () => {
  const t = table({
    AANT_INW: [12011, 1000, 0, 500],
    P_15_24_JR: [10, 10, 10, null],
    P_25_44_JR: [21, 30, 30, 30],
    P_45_64_JR: [30, 20, 20, 20],
    WWB_UITTOT: [470, null, 0, 10],
    OPP_LAND: [2377, 50, 10, 10],
    // CBS's own density, rounded as published (12011 / 23,77 km² = 505,3).
    BEV_DICHTH: [505, 2000, 0, 5000],
  });

  it('bijstand per 1,000 inhabitants 15–64 uses AANT_INW × (P_15_24 + P_25_44 + P_45_64) / 100', () => {
    const v = indicatorAt(t, def('bijstand_1564'), 0);
    const population1564 = (12011 * (10 + 21 + 30)) / 100;
    expect(v.denominator).toBeCloseTo(population1564, 9);
    expect(v.numerator).toBe(470);
    expect(v.value).toBeCloseTo((470 / population1564) * 1000, 9);
    expect(v.status).toBe('ok');
  });

  it('a missing count is secret, never 0', () => {
    expect(indicatorAt(t, def('bijstand_1564'), 1)).toMatchObject({ value: null, status: 'secret' });
    expect(indicatorAt(t, def('bijstand_1564'), 3)).toMatchObject({ value: null, status: 'secret' });
  });

  it('a zero denominator means no data', () => {
    expect(indicatorAt(t, def('bijstand_1564'), 2)).toMatchObject({ value: null, status: 'nodata' });
  });

  it("density is CBS's published inhabitants per km² of land, not a figure computed again", () => {
    expect(indicatorAt(t, def('bevolkingsdichtheid'), 0).value).toBeCloseTo(505, 9);
  });

  it('the rate of a union is Σ numerators / Σ denominators, not the mean of rates', () => {
    const d = def('bevolkingsdichtheid');
    const num = (quantityAt(t, d.numerator, 0) ?? 0) + (quantityAt(t, d.numerator, 1) ?? 0);
    const den = (quantityAt(t, d.denominator!, 0) ?? 0) + (quantityAt(t, d.denominator!, 1) ?? 0);
    const union = rateOf(d, num, den).value ?? Number.NaN;
    const meanOfRates = ((indicatorValues(t, d)[0].value ?? 0) + (indicatorValues(t, d)[1].value ?? 0)) / 2;
    // Σ (density × km²) / Σ km²: the published densities weighted by land area.
    expect(union).toBeCloseTo((505 * 23.77 + 2000 * 0.5) / (23.77 + 0.5), 9);
    expect(union).not.toBeCloseTo(meanOfRates, 3);
  });

  it('names the column when a table lacks it', () => {
    expect(() => indicatorAt(table({ AANT_INW: [1] }), def('ww_1564'), 0)).toThrow(/WW_UIT_TOT/);
  });
});

describe('catalogue', () => {
  it('has the indicators the atlas promises, each complete', () => {
    const required = [
      'inwoners',
      'bevolkingsdichtheid',
      'pct_0_14',
      'pct_65plus',
      'pct_eenpersoonshuishoudens',
      'pct_huishoudens_met_kinderen',
      'pct_niet_westers',
      'stedelijkheid',
      'bijstand_1564',
      'ww_1564',
      'ao_1564',
    ];
    for (const id of required) expect(findIndicator(id), id).toBeDefined();
    for (const d of CATALOGUE) {
      expect(d.label.length, d.id).toBeGreaterThan(0);
      expect(d.source.length, d.id).toBeGreaterThan(0);
      expect(d.years.length, d.id).toBeGreaterThan(0);
      if (d.kind === 'rate') expect(d.denominator, d.id).toBeDefined();
    }
    expect(new Set(CATALOGUE.map((d) => d.id)).size).toBe(CATALOGUE.length);
  });
});

describe('the reference population of an indicator', () => {
  const t = table({ AANT_INW: [12011, 1000], P_15_24_JR: [10, 10], P_25_44_JR: [21, 30], P_45_64_JR: [30, 20] });

  it('is the denominator as a count: 12011 × (10 + 21 + 30) / 100 for bijstand 15–64, one object per indicator', () => {
    const bijstand = def('bijstand_1564');
    const pop = populationOf(bijstand)!;
    expect(indicatorAt(t, pop, 0).value).toBeCloseTo((12011 * 61) / 100, 9);
    expect(populationOf(bijstand)).toBe(pop);
    expect(pop.denominator).toBeUndefined();
  });

  it('is there where the figure itself was not published, and is null without a denominator', () => {
    const wmo = def('wmo_per_1000');
    expect(wmo.unpublished).toBeTruthy();
    expect(populationOf(wmo)!.unpublished).toBeUndefined();
    expect(populationOf({ ...wmo, denominator: undefined })).toBeNull();
  });
});
