// The rules of the risk model's factors: which factors a year has, which outcome can be corrected
// in which year, and which factor cannot explain an outcome because it counts the same users.
// The factors themselves (labels, columns, the SCP sets) are catalogue data (data/catalogue).
import type { IndicatorDef, Quantity } from './indicators';

export interface FactorCatalogue {
  /** Every factor, in the order it is offered. */
  factors: IndicatorDef[];
  /** The model's factor set per outcome id (an own indicator carries its own set). */
  defaults: Record<string, string[]>;
  /** Another spelling of a factor id (the kit's 2022 names) as the factor's id. */
  alias?: (id: string) => string;
}

export interface FactorOption {
  factor: IndicatorDef;
  /** Why this factor cannot explain the outcome; undefined when it can be chosen. */
  excluded?: string;
}

function columnsOf(q: Quantity | undefined): string[] {
  if (!q) return [];
  return [q.column, ...(q.percentOf ?? []), ...(q.times ? [q.times] : []), ...(q.plus ?? []).map((p) => p.column)];
}

/** The columns that make a figure what it is: its numerator's columns less its denominator's. */
export function outcomeColumns(def: IndicatorDef): Set<string> {
  const denominator = new Set(columnsOf(def.denominator));
  return new Set(columnsOf(def.numerator).filter((c) => !denominator.has(c)));
}

/** Why a factor cannot explain this outcome: it is the outcome, or it counts the same users; undefined when it can. */
export function exclusion(factor: IndicatorDef, outcome: IndicatorDef): string | undefined {
  const own = outcomeColumns(outcome);
  const columns = outcomeColumns(factor);
  const shared = [...columns].filter((c) => own.has(c));
  if (shared.length === 0) return undefined;
  const same = factor.id === outcome.id || (shared.length === own.size && columns.size === own.size);
  return same
    ? `is de uitkomst zelf (${outcome.label})`
    : `telt dezelfde gebruikers als de uitkomst (${outcome.label})`;
}

export interface FactorRules {
  /** The factor with this id (or an alias of it); undefined when unknown. */
  riskFactor(this: void, id: string): IndicatorDef | undefined;
  /** Every factor there is for the gemeenten of a year, in the order shown. */
  factorsOfYear(this: void, year: number): IndicatorDef[];
  /** The model's default factors for an indicator; undefined when it cannot be risk-corrected. */
  defaultFactors(this: void, def: IndicatorDef | undefined): string[] | undefined;
  isCorrectable(this: void, def: IndicatorDef | undefined): boolean;
  /** Correctable with a model on the gemeenten of this year. */
  isCorrectableIn(this: void, def: IndicatorDef | undefined, year: number): boolean;
  /**
   * The factors offered for an outcome in a year. The outcome itself, and any factor counted from
   * the same users, would explain the outcome by itself (R² → 1): they are shown, not selectable.
   */
  factorOptions(this: void, outcome: IndicatorDef, year: number): FactorOption[];
  /** Why a chosen factor id cannot be used for this outcome and year; null when it can. */
  factorProblem(this: void, id: string, outcome: IndicatorDef, year: number): string | null;
  /** The factors of these ids (unknown ids left out). */
  factorsOf(this: void, ids: string[]): IndicatorDef[];
}

export function factorRules(catalogue: FactorCatalogue): FactorRules {
  const byId = new Map(catalogue.factors.map((f) => [f.id, f]));
  const riskFactor = (id: string) => byId.get(id) ?? (catalogue.alias ? byId.get(catalogue.alias(id)) : undefined);
  const factorsOfYear = (year: number) => catalogue.factors.filter((f) => f.years.includes(year));
  const defaultFactors = (def: IndicatorDef | undefined) => {
    if (!def) return undefined;
    return Object.hasOwn(catalogue.defaults, def.id) ? catalogue.defaults[def.id] : def.defaultFactors;
  };
  const isCorrectable = (def: IndicatorDef | undefined) => defaultFactors(def) !== undefined;
  return {
    riskFactor,
    factorsOfYear,
    defaultFactors,
    isCorrectable,
    isCorrectableIn: (def, year) => isCorrectable(def) && def!.years.includes(year),
    factorOptions: (outcome, year) =>
      factorsOfYear(year).map((factor) => ({ factor, excluded: exclusion(factor, outcome) })),
    factorProblem(id, outcome, year) {
      const factor = riskFactor(id);
      if (!factor) return `onbekende risicofactor "${id}"`;
      if (!factor.years.includes(year)) return `${factor.label} is er niet voor ${year}`;
      const excluded = exclusion(factor, outcome);
      return excluded ? `${factor.label} ${excluded}` : null;
    },
    factorsOf: (ids) => ids.map(riskFactor).filter((f): f is IndicatorDef => f !== undefined),
  };
}
