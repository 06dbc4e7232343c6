// The law's gemeente model applied to the wijken of an own count, computed by hand.
import { describe, expect, it } from 'vitest';
import { tableAreas } from '../../src/atlas/areas';
import type { Choropleth } from '../../src/atlas/choropleth';
import type { ClassResult } from '../../src/atlas/classify';
import type { AreaTable, IndicatorDef } from '../../src/atlas/indicators';
import { fitLawModel, modelWithin } from '../../src/atlas/lawModel';
import type { RiskModel } from '../../src/atlas/riskCorrection';

const base = {
  unit: '',
  decimals: 1,
  years: [2015],
  levels: ['wijk' as const],
  higherMeansMoreNeed: true,
  source: 'test',
};

// Five wijken of GM0001 and one of GM0002. AANT_INW is the outcome's population, F1 the one factor.
const table: AreaTable = {
  level: 'wijk',
  year: 2015,
  source: 'test',
  codes: ['WK000101', 'WK000102', 'WK000103', 'WK000104', 'WK000105', 'WK000201'],
  names: ['Wijk 01 A', 'Wijk 02 B', 'Wijk 03 C', 'Wijk 04 D', 'Wijk 05 E', 'Wijk 01 Elders'],
  parents: { gm: ['GM0001', 'GM0001', 'GM0001', 'GM0001', 'GM0001', 'GM0002'] },
  columns: {
    AANT_INW: [1000, 2000, 500, 4000, 800, 3000],
    F1: [5, 10, 0, 20, null, 10],
    // Own Wmo users per wijk (E is secret in the file).
    'EIGEN:Wmo': [30, 60, 2, 150, null, 99],
  },
};
const areas = tableAreas(table);

const own: IndicatorDef = {
  ...base,
  id: 'eigen:Wmo',
  label: 'Wmo',
  kind: 'rate',
  numerator: { column: 'EIGEN:Wmo' },
  denominator: { column: 'AANT_INW' },
  per: 1000,
  own: true,
};
const outcome: IndicatorDef = {
  ...base,
  id: 'wmo_per_1000',
  label: 'Wmo-cliënten',
  kind: 'rate',
  numerator: { column: 'WMO' },
  denominator: { column: 'AANT_INW' },
  per: 1000,
  years: [2022],
};
const factor: IndicatorDef = { ...base, id: 'F1', label: 'F1', kind: 'count', numerator: { column: 'F1' }, per: 1 };
// Expected rate per 1.000 = 10 + 2 × F1.
const model: RiskModel = {
  outcome,
  year: 2022,
  factors: [factor],
  coefficients: [
    { name: 'constante', estimate: 10, standardError: 1 },
    { name: 'F1', estimate: 2, standardError: 0.1 },
  ],
  r2: 0.5,
  n: 300,
  leftOut: [],
  nationalRate: 30,
};
const values = areas.values(own);
const c: Choropleth = {
  def: own,
  areas,
  values,
  result: { classOf: new Int8Array(values.length) } as unknown as ClassResult,
  rowOf: new Map(table.codes.map((code, i) => [code, i])),
};

describe('the law model applied to the wijken of an own count', () => {
  it('expects users from each wijk’s own factors and population, and holds them in the funnel', () => {
    const w = modelWithin(model, c, 'GM0001')!;
    // Wijken of GM0001 only; E (secret, no factor) has no figures.
    expect(w.rows.map((r) => r.code)).toEqual(['WK000101', 'WK000102', 'WK000103', 'WK000104', 'WK000105']);
    // Rates: A 10+2·5 = 20, B 30, C 10, D 50 per 1.000; users expected = rate × inwoners / 1.000.
    expect(w.rows.map((r) => r.expectedRate)).toEqual([20, 30, 10, 50, null]);
    expect(w.rows.map((r) => r.expected)).toEqual([20, 60, 5, 200, null]);
    expect(w.rows.map((r) => r.observed)).toEqual([30, 60, 2, 150, null]);
    // O/E: 1,5; 1; 0,4; 0,75.
    expect(w.rows.map((r) => r.ratio)).toEqual([1.5, 1, 0.4, 0.75, null]);
    // z = (O/E − 1)·√E: 0,5·√20, 0, −0,6·√5, −0,25·√200; z² = 5, 0, 1,8, 12,5. With four wijken the
    // 10th and 90th nearest-rank percentiles are the smallest and largest z: nothing is winsorised.
    expect(w.phi).toBeCloseTo((5 + 0 + 1.8 + 12.5) / 4, 10);
    // D: 1 ± 1,96·√(4,825 / 200) = 1 ± 0,30443.
    const d = w.rows[3];
    expect(d.lower).toBeCloseTo(1 - 1.96 * Math.sqrt(4.825 / 200), 10);
    expect(d.upper).toBeCloseTo(1 + 1.96 * Math.sqrt(4.825 / 200), 10);
    expect(w.rows.map((r) => r.deviation)).toEqual(['binnen', 'binnen', 'binnen', 'binnen', null]);
    // The model's rate over the wijken with figures: Σ E / Σ inwoners = 285 / 7.500 per person.
    expect(w.rateShown).toBeCloseTo((285 / 7500) * 1000, 10);
  });

  it('with a flat model every wijk is expected at the constant rate, and the limits widen with the overdispersion', () => {
    const model2: RiskModel = {
      ...model,
      coefficients: [model.coefficients[0], { ...model.coefficients[1], estimate: 0 }],
    };
    // Every wijk is expected at 10 per 1.000: A 10, B 20, C 5, D 40 users. Observed 30, 60, 2, 150:
    // ratios 3, 3, 0,4, 3,75 — z² = 40, 80, 1,8, 302,5; φ = 106,075.
    const w = modelWithin(model2, c, 'GM0001')!;
    expect(w.rows.map((r) => r.expected)).toEqual([10, 20, 5, 40, null]);
    expect(w.phi).toBeCloseTo((40 + 80 + 1.8 + 302.5) / 4, 10);
    // D: 1 + 1,96·√(106,075 / 40) = 4,19 > 3,75: binnen, however far 3,75 lies from 1.
    expect(w.rows[3].upper).toBeCloseTo(1 + 1.96 * Math.sqrt(106.075 / 40), 10);
    expect(w.rows[3].deviation).toBe('binnen');
  });

  it('is null with fewer than two wijken that have users and factors', () => {
    expect(modelWithin(model, c, 'GM0002')).toBeNull();
  });

  it('fits the law model on the gemeenten with the factors the wijken have in their year, naming the others', () => {
    // Ten gemeenten whose Wmo rate is exactly 10 + 2 × F1 per 1.000: the fit finds 10 and 2.
    const f1 = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10];
    const inw = f1.map((x) => 1000 * x);
    const gemeenten = tableAreas({
      level: 'gemeente',
      year: 2022,
      source: 'test',
      codes: f1.map((_, i) => `GM00${String(i + 10)}`),
      names: f1.map((_, i) => `Gemeente ${i}`),
      parents: {},
      columns: {
        AANT_INW: inw,
        F1: f1,
        F2: f1.map((x) => x * x),
        WMO: f1.map((x, i) => ((10 + 2 * x) * inw[i]) / 1000),
      },
    });
    const onlyIn2022: IndicatorDef = { ...factor, id: 'F2', label: 'F2', numerator: { column: 'F2' }, years: [2022] };
    const both: IndicatorDef = { ...factor, years: [2015, 2022] };
    const outcomeWithCounts: IndicatorDef = { ...outcome, numerator: { column: 'WMO' } };
    const byId: Record<string, IndicatorDef> = { F1: both, F2: onlyIn2022 };
    const fit = fitLawModel(gemeenten, outcomeWithCounts, ['F1', 'F2', 'ONBEKEND'], (id) => byId[id], 2015)!;
    expect(fit.model.factors.map((f) => f.id)).toEqual(['F1']);
    expect(fit.leftOutFactors.map((f) => f.id)).toEqual(['F2']);
    expect(fit.model.coefficients[0].estimate).toBeCloseTo(10, 8);
    expect(fit.model.coefficients[1].estimate).toBeCloseTo(2, 8);
    expect(fit.model.year).toBe(2022);
    // No factor the wijken have: no model.
    expect(fitLawModel(gemeenten, outcomeWithCounts, ['F2'], (id) => byId[id], 2015)).toBeNull();
  });
});
