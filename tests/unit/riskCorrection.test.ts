import { describe, expect, it } from 'vitest';
import { findIndicator } from '../../src/cli/generated';
import { DEFAULT_FACTORS, riskFactor } from '../../data/catalogue/riskFactors';
import { tableAreas } from '../../src/atlas/areas';
import { compare } from '../../src/atlas/comparison';
import { regionAreas, regionSet } from '../../src/atlas/aggregate';
import type { AreaTable } from '../../src/atlas/indicators';
import { correctAreas, fitRiskModel, weightedLeastSquares } from '../../src/atlas/riskCorrection';
import { readAreas, readMembership, readTable } from '../../src/cli/generated';
import { solve } from '../support/gauss';

const bijstand = findIndicator('bijstand_1564')!;
const factors = (ids: string[]) => ids.map((id) => riskFactor(id)!);

describe('weighted least squares', () => {
  it('solves a hand-computed case', () => {
    // XᵀWX = [[4, 5], [5, 9]], XᵀWy = [8, 11] → β = (17/11, 4/11).
    const fit = weightedLeastSquares(
      [
        [1, 0],
        [1, 1],
        [1, 2],
      ],
      [1, 3, 2],
      [1, 1, 2],
    );
    expect(fit.beta[0]).toBeCloseTo(17 / 11, 12);
    expect(fit.beta[1]).toBeCloseTo(4 / 11, 12);
    // Residuals e = y − ŷ; σ² = Σwe² / (n − p); SE = sqrt(σ² · diag((XᵀWX)⁻¹)), (XᵀWX)⁻¹ = [[9, −5], [−5, 4]] / 11.
    const e = [1 - 17 / 11, 3 - 21 / 11, 2 - 25 / 11];
    const sigma2 = (e[0] ** 2 + e[1] ** 2 + 2 * e[2] ** 2) / 1;
    expect(fit.standardErrors[0]).toBeCloseTo(Math.sqrt((sigma2 * 9) / 11), 12);
    expect(fit.standardErrors[1]).toBeCloseTo(Math.sqrt((sigma2 * 4) / 11), 12);
    const mean = (1 + 3 + 4) / 4;
    const sst = (1 - mean) ** 2 + (3 - mean) ** 2 + 2 * (2 - mean) ** 2;
    expect(fit.r2).toBeCloseTo(1 - sigma2 / sst, 12);
  });

  it('recovers an exact linear relation whatever the weights', () => {
    const x = [
      [1, 2, 5],
      [1, 3, 1],
      [1, 7, 2],
      [1, 4, 4],
      [1, 9, 9],
    ];
    const y = x.map(([, a, b]) => 3 + 2 * a - 0.5 * b);
    const fit = weightedLeastSquares(x, y, [10, 1, 100, 5, 7]);
    expect(fit.beta.map((b) => Number(b.toFixed(9)))).toEqual([3, 2, -0.5]);
    expect(fit.r2).toBeCloseTo(1, 12);
  });

  it('refuses collinear factors with a message', () => {
    expect(() =>
      weightedLeastSquares(
        [
          [1, 1, 2],
          [1, 2, 4],
          [1, 3, 6],
          [1, 4, 8],
        ],
        [1, 2, 3, 5],
        [1, 1, 1, 1],
      ),
    ).toThrow(/lineair/);
  });

  it('matches the normal equations solved another way on the 393 gemeenten', () => {
    const gemeenten = readAreas('gemeente', 2015);
    const model = fitRiskModel(gemeenten, bijstand, factors(DEFAULT_FACTORS.bijstand_1564));
    const fs = factors(DEFAULT_FACTORS.bijstand_1564).map((f) => gemeenten.values(f));
    const obs = gemeenten.values(bijstand);
    const p = fs.length + 1;
    const xtwx = Array.from({ length: p }, () => new Array(p).fill(0));
    const xtwy = new Array(p).fill(0);
    obs.forEach((v, i) => {
      const row = [1, ...fs.map((f) => f[i].value as number)];
      for (let a = 0; a < p; a++) {
        xtwy[a] += v.denominator! * row[a] * v.value!;
        for (let b = 0; b < p; b++) xtwx[a][b] += v.denominator! * row[a] * row[b];
      }
    });
    const beta = solve(xtwx, xtwy);
    model.coefficients.forEach((c, j) => expect(c.estimate, c.name).toBeCloseTo(beta[j], 6));
    expect(model.n).toBe(393);
    expect(model.r2).toBeGreaterThan(0);
    expect(model.r2).toBeLessThan(1);
  });
});

describe('corrected values', () => {
  const gemeenten = readAreas('gemeente', 2015);
  const model = fitRiskModel(gemeenten, bijstand, factors(DEFAULT_FACTORS.bijstand_1564));

  it('corrected = observed − expected + national rate, and the national rate is Σ users / Σ population', () => {
    const table = readTable('gemeente', 2015);
    let users = 0;
    let population = 0;
    table.codes.forEach((_, i) => {
      users += table.columns.WWB_UITTOT[i]!;
      population +=
        (table.columns.AANT_INW[i]! *
          (table.columns.P_15_24_JR[i]! + table.columns.P_25_44_JR[i]! + table.columns.P_45_64_JR[i]!)) /
        100;
    });
    expect(model.nationalRate).toBeCloseTo((users / population) * 1000, 9);
    for (const c of correctAreas(model, gemeenten))
      expect(c.corrected!).toBeCloseTo(c.observed.value! - c.expected! + model.nationalRate, 9);
  });

  it('a region is corrected from sums of users and expected users, not refitted', () => {
    const regions = readAreas('arbeidsmarktregio', 2015);
    const c = compare(model, gemeenten, regions);
    const perGemeente = correctAreas(model, gemeenten);
    const row = regions.codes.indexOf('AM23');
    let users = 0;
    let expectedUsers = 0;
    let population = 0;
    for (const code of regions.members![row]) {
      const g = perGemeente[gemeenten.codes.indexOf(code)];
      users += g.observed.numerator!;
      population += g.observed.denominator!;
      expectedUsers += (g.expected! * g.observed.denominator!) / 1000;
    }
    expect(c.rows[row].corrected).toBeCloseTo(((users - expectedUsers) / population) * 1000 + model.nationalRate, 9);
    expect(c.rows[row].expected).toBeCloseTo((expectedUsers / population) * 1000, 9);
  });

  it('leaves out and lists gemeenten with a missing factor, and suppresses their regions', () => {
    const table: AreaTable = structuredClone(readTable('gemeente', 2015));
    const dordrecht = table.codes.indexOf('GM0505');
    table.columns.P_EENP_HH[dordrecht] = null;
    const areas = tableAreas(table);
    const m = fitRiskModel(areas, bijstand, factors(DEFAULT_FACTORS.bijstand_1564));
    expect(m.n).toBe(392);
    expect(m.leftOut).toEqual([
      { code: 'GM0505', naam: 'Dordrecht', reason: expect.stringContaining('eenpersoonshuishoudens') },
    ]);
    const regions = regionAreas(regionSet(readMembership(2015), 'arbeidsmarktregio', table), table);
    const c = compare(m, areas, regions);
    const am23 = c.rows[regions.codes.indexOf('AM23')];
    expect(am23.observed).not.toBeNull();
    expect(am23.corrected).toBeNull();
    expect(am23.classCorrected).toBe(-1);
  });
});
