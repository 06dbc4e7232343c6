// The wijken (or buurten) of one gemeente against the gemeente's own rate: observed users, the
// reference population, the users expected at the gemeente's rate (Σ users of the wijken with a
// value over Σ their population), and observed / expected with the funnel limits and overdispersion
// of the regions comparison (funnel.ts). The same method on a smaller scale, without a model.
import type { Choropleth } from './choropleth';
import { funnel, type Deviation } from './funnel';
import type { AreaValue, IndicatorDef } from './indicators';
import { childrenOf } from './rankedList';

export interface WithinInput {
  code: string;
  naam: string;
  /** The indicator's value with its numerator (users) and denominator (reference population). */
  value: AreaValue;
}

export interface WithinRow {
  code: string;
  naam: string;
  /** Users; null for a secret or missing wijk. */
  observed: number | null;
  population: number | null;
  /** Users expected at the gemeente's own rate. */
  expected: number | null;
  /** The rate at the gemeente's own rate, in the indicator's unit (per 1.000, %). */
  expectedRate: number | null;
  ratio: number | null;
  lower: number | null;
  upper: number | null;
  deviation: Deviation | null;
}

export interface Within {
  /** Users per person over the wijken with a value. */
  rate: number;
  /** The same in the indicator's unit. */
  rateShown: number;
  /** Overdispersion of the wijken's z-scores. */
  phi: number;
  rows: WithinRow[];
}

export const WITHIN_LABELS: Record<Deviation, string> = {
  lager: 'lager dan het gemeentegemiddelde',
  binnen: 'binnen de marge',
  hoger: 'hoger dan het gemeentegemiddelde',
};

/** Whether the indicator is users over a population, so that wijken can be held against their gemeente. */
export function isWithinComparable(def: IndicatorDef): boolean {
  return def.denominator !== undefined && (def.kind === 'rate' || def.kind === 'count') && (!!def.law || !!def.own);
}

const usable = (v: AreaValue) =>
  v.status === 'ok' && v.numerator !== null && v.denominator !== null && v.denominator > 0 && v.numerator >= 0;

/** null when fewer than two wijken have a value, or none has users. */
export function withinGemeente(def: IndicatorDef, inputs: WithinInput[]): Within | null {
  const counted = inputs.filter((i) => usable(i.value));
  const users = counted.reduce((s, i) => s + i.value.numerator!, 0);
  const people = counted.reduce((s, i) => s + i.value.denominator!, 0);
  if (counted.length < 2 || users <= 0) return null;
  const rate = users / people;
  const expected = inputs.map((i) => (usable(i.value) ? i.value.denominator! * rate : null));
  const result = funnel(
    inputs.map((i, k) => (expected[k] === null ? null : { observed: i.value.numerator!, expected: expected[k] })),
  );
  return {
    rate,
    rateShown: rate * def.per,
    phi: result.phi,
    rows: inputs.map((i, k) => {
      const point = result.points[k];
      const ok = expected[k] !== null;
      return {
        code: i.code,
        naam: i.naam,
        observed: ok ? i.value.numerator : null,
        population: ok ? i.value.denominator : null,
        expected: expected[k],
        expectedRate: ok ? rate * def.per : null,
        ratio: point?.ratio ?? null,
        lower: point?.lower ?? null,
        upper: point?.upper ?? null,
        deviation: point?.deviation ?? null,
      };
    }),
  };
}

/** The areas of the map that lie in parent (a gemeente's wijken, a wijk's buurten) against it. */
export function childrenWithin(c: Choropleth, parent: string): Within | null {
  return isWithinComparable(c.def) ? withinGemeente(c.def, childrenOf(c, parent)) : null;
}
