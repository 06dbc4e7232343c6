// An own count of Wmo or Jeugdwet users per wijk held against the law's risk model: the model of
// the gemeenten (fitted on the atlas's Wmo or jeugdzorg figures of its year) applied to each wijk's
// own factors of the wijken's year. Two extrapolations at once (gemeente to wijk, the model's year
// to the factors' year), always said with the result. Expected users = the model's rate for the wijk
// × the wijk's population of the outcome's kind / per; observed / expected with the funnel of the
// comparison (funnel.ts), over the gemeente's wijken.
import type { Areas } from './areas';
import type { Choropleth } from './choropleth';
import { funnel } from './funnel';
import { populationOf, type AreaValue, type IndicatorDef } from './indicators';
import { childrenOf } from './rankedList';
import { expectedRate, fitRiskModel, RiskModelError, type RiskModel } from './riskCorrection';
import type { Within } from './withinGemeente';

export type { Law } from './laws';

export interface LawModelFit {
  model: RiskModel;
  /** Factors of the law's default set that the areas do not have in their year: left out. */
  leftOutFactors: IndicatorDef[];
}

/**
 * The law's model on the gemeenten (its outcome, e.g. Wmo-cliënten per 1.000 inwoners 2022), with
 * the factors of its default set that the areas it is applied to have in their year. Null when it
 * cannot be fitted.
 */
export function fitLawModel(
  gemeenten: Areas,
  outcome: IndicatorDef,
  defaults: string[],
  factor: (id: string) => IndicatorDef | undefined,
  areasYear: number,
): LawModelFit | null {
  const known = defaults.flatMap((id) => factor(id) ?? []);
  const usable = known.filter((f) => f.years.includes(areasYear));
  const leftOutFactors = known.filter((f) => !usable.includes(f));
  if (usable.length === 0) return null;
  try {
    return { model: fitRiskModel(gemeenten, outcome, usable), leftOutFactors };
  } catch (error) {
    if (error instanceof RiskModelError) return null;
    throw error;
  }
}

const users = (v: AreaValue): number | null =>
  v.status === 'ok' && v.numerator !== null && v.numerator >= 0 ? v.numerator : null;

/**
 * The parent's areas on the map (a gemeente's wijken) against the model: the users of the map's
 * count (its numerator) against those the model expects from each area's own factors. Null when
 * fewer than two areas have both. The expected figure is in the unit of the map's indicator.
 */
export function modelWithin(model: RiskModel, c: Choropleth, parent: string): Within | null {
  const areas = c.areas;
  // fitRiskModel refuses an outcome without a denominator, so the model's has one.
  const people = areas.values(populationOf(model.outcome)!);
  const factorValues = model.factors.map((f) => areas.values(f));
  const per = model.outcome.per;
  const rows = childrenOf(c, parent).map((r) => {
    const i = c.rowOf.get(r.code)!;
    const rate = expectedRate(model, factorValues, i);
    const pop = people[i].status === 'ok' ? people[i].numerator : null;
    const observed = users(r.value);
    const expected =
      observed !== null && rate !== null && rate > 0 && pop !== null && pop > 0 ? (rate * pop) / per : null;
    // The expected figure in the unit of the map's indicator (its own reference population).
    const own = r.value.denominator;
    const shown =
      expected === null ? null : c.def.denominator ? (own ? (expected / own) * c.def.per : null) : expected * c.def.per;
    return { code: r.code, naam: r.naam, observed, pop, expected, shown };
  });
  const counted = rows.filter((r) => r.expected !== null);
  if (counted.length < 2) return null;
  const result = funnel(
    rows.map((r) => (r.expected === null ? null : { observed: r.observed!, expected: r.expected })),
  );
  const expectedAll = counted.reduce((s, r) => s + r.expected!, 0);
  const peopleAll = counted.reduce((s, r) => s + r.pop!, 0);
  return {
    rate: expectedAll / peopleAll,
    rateShown: (expectedAll / peopleAll) * per,
    phi: result.phi,
    rows: rows.map((r, k) => {
      const ok = r.expected !== null;
      const point = result.points[k];
      return {
        code: r.code,
        naam: r.naam,
        observed: ok ? r.observed : null,
        population: ok ? r.pop : null,
        expected: r.expected,
        expectedRate: ok ? r.shown : null,
        ratio: point?.ratio ?? null,
        lower: point?.lower ?? null,
        upper: point?.upper ?? null,
        deviation: point?.deviation ?? null,
      };
    }),
  };
}
