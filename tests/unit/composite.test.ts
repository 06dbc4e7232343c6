// A composite indicator: users of several voorzieningen weighted by relative cost.
import { describe, expect, it } from 'vitest';
import { findIndicator } from '../../src/cli/generated';
import { BENEFIT_COST_WEIGHTS } from '../../data/catalogue/costWeights';
import { DEFAULT_FACTORS, riskFactor } from '../../data/catalogue/riskFactors';
import { aggregateValues, regionSet } from '../../src/atlas/aggregate';
import { compare } from '../../src/atlas/comparison';
import { indicatorValues, type AreaTable, type IndicatorDef } from '../../src/atlas/indicators';
import { fitRiskModel } from '../../src/atlas/riskCorrection';
import { readAreas } from '../../src/cli/generated';
import type { Membership } from '../../src/atlas/geography';

const composite: IndicatorDef = {
  id: 'test_gewogen',
  label: 'test',
  unit: 'per 1.000',
  kind: 'rate',
  per: 1000,
  decimals: 1,
  numerator: {
    column: 'WWB_UITTOT',
    weight: 1,
    plus: [
      { column: 'WW_UIT_TOT', weight: 2 },
      { column: 'AO_UIT_TOT', weight: 0.5 },
    ],
  },
  denominator: { column: 'AANT_INW' },
  years: [2015],
  levels: ['gemeente', 'arbeidsmarktregio'],
  higherMeansMoreNeed: true,
  source: 'test',
};

const table: AreaTable = {
  level: 'gemeente',
  year: 2015,
  source: 'test',
  codes: ['GM0001', 'GM0002'],
  names: ['A', 'B'],
  parents: {},
  columns: { WWB_UITTOT: [10, 40], WW_UIT_TOT: [20, 10], AO_UIT_TOT: [30, 60], AANT_INW: [1000, 3000] },
};

describe('composite indicator', () => {
  it('weights each voorziening by its cost and divides by the reference population', () => {
    const [a, b] = indicatorValues(table, composite);
    // A: 10 × 1 + 20 × 2 + 30 × 0.5 = 65 weighted users per 1,000 inhabitants → 65.
    expect(a.numerator).toBe(65);
    expect(a.value).toBeCloseTo(65, 12);
    // B: 40 + 20 + 30 = 90 over 3,000 → 30 per 1,000.
    expect(b.numerator).toBe(90);
    expect(b.value).toBeCloseTo(30, 12);
  });

  it('sums weighted users for a region: (65 + 90) / 4,000 × 1,000 = 38.75', () => {
    const membership: Membership = {
      year: 2015,
      source: 'test',
      gemeenten: ['GM0001', 'GM0002'],
      systems: {
        arbeidsmarktregio: { codes: ['AM01'], names: ['R'], regionOf: ['AM01', 'AM01'] },
        jeugdregio: { codes: ['JZ01'], names: ['R'], regionOf: ['JZ01', 'JZ01'] },
        wmoregio: { codes: ['WMO01'], names: ['R'], regionOf: ['WMO01', 'WMO01'] },
        corop: { codes: ['CR01'], names: ['R'], regionOf: ['CR01', 'CR01'] },
      },
    };
    const [region] = aggregateValues(
      composite,
      indicatorValues(table, composite),
      regionSet(membership, 'arbeidsmarktregio', table),
    );
    expect(region.value).toBeCloseTo(38.75, 12);
  });

  it('the catalogue composite uses the documented weights and goes through correction and quintiles', () => {
    const def = findIndicator('uitkeringen_gewogen')!;
    expect(def.numerator.column).toBe(BENEFIT_COST_WEIGHTS[0].column);
    expect(def.numerator.plus?.map((p) => p.column)).toEqual(BENEFIT_COST_WEIGHTS.slice(1).map((w) => w.column));
    for (const w of BENEFIT_COST_WEIGHTS) expect(def.note).toContain(w.label);
    const gemeenten = readAreas('gemeente', 2015);
    const model = fitRiskModel(
      gemeenten,
      def,
      DEFAULT_FACTORS.uitkeringen_gewogen.map((f) => riskFactor(f)!),
    );
    expect(model.n).toBe(393);
    const c = compare(model, gemeenten, readAreas('corop', 2015));
    expect(c.countsObserved).toEqual([8, 8, 8, 8, 8]);
    for (const r of c.rows) expect(r.corrected).toBeCloseTo(r.observed! - r.expected! + model.nationalRate, 9);
  });
});
