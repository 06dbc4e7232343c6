// Risk correction as the SCP did it (Overall rapportage sociaal domein 2015): per gemeente a
// weighted least-squares fit of the usage rate on risk factors (weights = reference population),
// expected use = the fitted value, corrected use = observed − expected + the national rate.
// Regions are corrected from sums of users and expected users; the model is not refitted.
import { CholeskyDecomposition, Matrix } from 'ml-matrix';
import type { Areas } from './areas';
import type { AreaValue, IndicatorDef } from './indicators';

export interface Coefficient {
  /** "constante" or the factor id. */
  name: string;
  estimate: number;
  standardError: number;
}

export interface LeftOut {
  code: string;
  naam: string;
  reason: string;
}

export interface RiskModel {
  outcome: IndicatorDef;
  /** The year of the gemeenten the model was fitted on. */
  year: number;
  factors: IndicatorDef[];
  coefficients: Coefficient[];
  r2: number;
  /** Gemeenten in the fit. */
  n: number;
  leftOut: LeftOut[];
  /** Σ users / Σ reference population × per, over every gemeente with an observed value. */
  nationalRate: number;
}

export class RiskModelError extends Error {}

export interface WlsResult {
  beta: number[];
  standardErrors: number[];
  r2: number;
}

/**
 * Weighted least squares: β = (XᵀWX)⁻¹ XᵀWy, Var(β) = σ² (XᵀWX)⁻¹ with σ² = Σ wᵢeᵢ² / (n − p),
 * R² = 1 − Σ wᵢeᵢ² / Σ wᵢ(yᵢ − ȳ_w)². X includes the intercept column.
 */
export function weightedLeastSquares(x: number[][], y: number[], weights: number[]): WlsResult {
  const n = y.length;
  const p = x[0]?.length ?? 0;
  if (n <= p) throw new RiskModelError(`Te weinig gemeenten (${n}) voor ${p - 1} factoren en een constante.`);
  // Scaling the weights leaves β, its standard errors and R² unchanged and keeps XᵀWX well scaled.
  const meanWeight = weights.reduce((a, b) => a + b, 0) / n;
  const w = weights.map((v) => v / meanWeight);
  const X = new Matrix(x);
  const Xw = X.clone();
  for (let i = 0; i < n; i++) for (let j = 0; j < p; j++) Xw.set(i, j, X.get(i, j) * w[i]);
  const product = Xw.transpose().mmul(X);
  // Symmetric by construction; averaging with the transpose removes rounding asymmetry.
  const xtwx = product.add(product.transpose()).div(2);
  const chol = new CholeskyDecomposition(xtwx);
  if (!chol.isPositiveDefinite())
    throw new RiskModelError(
      'De gekozen factoren hangen lineair van elkaar af (of een factor is overal gelijk); het model is niet te schatten.',
    );
  const xtwy = Xw.transpose().mmul(Matrix.columnVector(y));
  const beta = chol.solve(xtwy).getColumn(0);
  let sse = 0;
  let sw = 0;
  let swy = 0;
  for (let i = 0; i < n; i++) {
    sw += w[i];
    swy += w[i] * y[i];
  }
  const mean = swy / sw;
  let sst = 0;
  for (let i = 0; i < n; i++) {
    let fitted = 0;
    for (let j = 0; j < p; j++) fitted += x[i][j] * beta[j];
    sse += w[i] * (y[i] - fitted) ** 2;
    sst += w[i] * (y[i] - mean) ** 2;
  }
  const sigma2 = sse / (n - p);
  const inverse = chol.solve(Matrix.eye(p));
  const standardErrors = Array.from({ length: p }, (_, j) => Math.sqrt(sigma2 * inverse.get(j, j)));
  return { beta, standardErrors, r2: sst > 0 ? 1 - sse / sst : 1 };
}

/** Fits the model on the gemeenten; rows with a missing outcome or factor are left out and listed. */
export function fitRiskModel(gemeenten: Areas, outcome: IndicatorDef, factors: IndicatorDef[]): RiskModel {
  if (!outcome.denominator)
    throw new RiskModelError(
      `${outcome.label} is geen rate met een noemer; corrigeren kan alleen voor gebruik per inwoner.`,
    );
  const observed = gemeenten.values(outcome);
  const factorValues = factors.map((f) => gemeenten.values(f));
  const x: number[][] = [];
  const y: number[] = [];
  const w: number[] = [];
  const leftOut: LeftOut[] = [];
  let users = 0;
  let population = 0;
  observed.forEach((v, i) => {
    if (v.status === 'ok' && v.numerator !== null && v.denominator !== null) {
      users += v.numerator;
      population += v.denominator;
    }
    const missingFactor = factors.find((_, k) => factorValues[k][i].status !== 'ok');
    if (v.status !== 'ok' || v.value === null) {
      leftOut.push({ code: gemeenten.codes[i], naam: gemeenten.names[i], reason: `${outcome.label} ontbreekt` });
    } else if (missingFactor) {
      leftOut.push({ code: gemeenten.codes[i], naam: gemeenten.names[i], reason: `${missingFactor.label} ontbreekt` });
    } else {
      x.push([1, ...factorValues.map((f) => f[i].value as number)]);
      y.push(v.value);
      w.push(v.denominator as number);
    }
  });
  const fit = weightedLeastSquares(x, y, w);
  return {
    outcome,
    year: gemeenten.year,
    factors,
    r2: fit.r2,
    n: y.length,
    leftOut,
    coefficients: fit.beta.map((estimate, j) => ({
      name: j === 0 ? 'constante' : factors[j - 1].id,
      estimate,
      standardError: fit.standardErrors[j],
    })),
    nationalRate: (users / population) * outcome.per,
  };
}

export interface Corrected {
  observed: AreaValue;
  /** Expected rate from the model (per outcome.per), null when a factor or member is missing. */
  expected: number | null;
  corrected: number | null;
  /** Users observed and expected from the model, over the same gemeenten (for the ratio), and
   *  the reference population (the outcome's denominator) they are counted in. */
  users: number | null;
  expectedUsers: number | null;
  population: number | null;
  /** Region members without a figure (left out of every sum), when the outcome allows that. */
  incomplete?: { missing: number; of: number };
}

/** The model's rate for row i of the factors' values (model.factors order); null when one is missing. */
export function expectedRate(model: RiskModel, factorValues: AreaValue[][], i: number): number | null {
  let expected = model.coefficients[0].estimate;
  for (let k = 0; k < model.factors.length; k++) {
    const f = factorValues[k][i];
    if (f.status !== 'ok' || f.value === null) return null;
    expected += model.coefficients[k + 1].estimate * f.value;
  }
  return expected;
}

/** Expected and corrected rate of each area whose factor values are its own (gemeente, wijk, buurt). */
export function correctAreas(model: RiskModel, areas: Areas): Corrected[] {
  const observed = areas.values(model.outcome);
  const factorValues = model.factors.map((f) => areas.values(f));
  const per = model.outcome.per;
  return observed.map((v, i) => {
    const expected = expectedRate(model, factorValues, i);
    const ok = v.status === 'ok' && v.value !== null;
    const corrected = expected !== null && ok ? (v.value as number) - expected + model.nationalRate : null;
    const hasCounts = ok && v.numerator !== null && v.denominator !== null;
    return {
      observed: v,
      expected,
      corrected,
      users: hasCounts ? v.numerator : null,
      expectedUsers: hasCounts && expected !== null ? (expected * (v.denominator as number)) / per : null,
      population: hasCounts ? v.denominator : null,
    };
  });
}

/**
 * Regions from their member gemeenten: expected users = Σ expected rate × population / per;
 * corrected = (Σ users − Σ expected users) / Σ population × per + the national rate. Members
 * without a figure make the region missing, or, for an outcome the source did not publish
 * everywhere (outcome.unpublished), are left out of every sum and the region is onvolledig.
 */
export function correctRegions(
  model: RiskModel,
  gemeenten: Areas,
  gemeenteCorrected: Corrected[],
  regions: Areas,
): Corrected[] {
  if (!regions.members) throw new RiskModelError(`${regions.level} is geen regio-indeling.`);
  const rowOf = new Map(gemeenten.codes.map((c, i) => [c, i]));
  const observed = regions.values(model.outcome);
  const per = model.outcome.per;
  const partialAllowed = Boolean(model.outcome.unpublished);
  return regions.members.map((members, r) => {
    const none: Corrected = {
      observed: observed[r],
      expected: null,
      corrected: null,
      users: null,
      expectedUsers: null,
      population: null,
    };
    let users = 0;
    let expectedUsers = 0;
    let population = 0;
    let missing = 0;
    for (const code of members) {
      const g = gemeenteCorrected[rowOf.get(code) ?? -1];
      if (
        !g ||
        g.expected === null ||
        g.users === null ||
        g.expectedUsers === null ||
        g.observed.denominator === null
      ) {
        if (!partialAllowed) return none;
        missing++;
        continue;
      }
      users += g.users;
      population += g.observed.denominator;
      expectedUsers += g.expectedUsers;
    }
    if (population === 0 || missing === members.length) return none;
    return {
      observed: observed[r],
      expected: (expectedUsers / population) * per,
      corrected: ((users - expectedUsers) / population) * per + model.nationalRate,
      users,
      expectedUsers,
      population,
      ...(missing > 0 ? { incomplete: { missing, of: members.length } } : {}),
    };
  });
}
