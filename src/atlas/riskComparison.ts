// The risk model's steps, as the browser and the command line both take them: check that the
// outcome can be corrected in the gemeenten' year and that every factor can explain it, fit the
// model on the gemeenten, and compare the areas. A model that cannot be fitted is a Dutch text.
import type { Areas } from './areas';
import { compare, type Comparison } from './comparison';
import type { FactorRules } from './factorRules';
import type { IndicatorDef } from './indicators';
import { fitRiskModel, RiskModelError } from './riskCorrection';

export interface ComparisonState {
  comparison: Comparison | null;
  error: string | null;
}

export type ModelRules = Pick<FactorRules, 'isCorrectableIn' | 'factorProblem' | 'factorsOf'> & {
  /** What can be corrected, said when the outcome cannot. */
  correctableText: string;
};

/** Why the model cannot be made with these factors; null when it can. */
export function modelProblem(
  outcome: IndicatorDef,
  year: number,
  factorIds: string[],
  rules: ModelRules,
): string | null {
  if (!rules.isCorrectableIn(outcome, year)) return rules.correctableText;
  if (factorIds.length === 0) return 'Kies ten minste één risicofactor.';
  const problems = factorIds.map((id) => rules.factorProblem(id, outcome, year)).filter((p): p is string => p !== null);
  return problems.length > 0 ? `Deze factoren kunnen niet: ${problems.join('; ')}.` : null;
}

/** Fits the model on the gemeenten and compares the areas; a model that cannot be fitted is an error text. */
export function fitAndCompare(
  gemeenten: Areas,
  areas: Areas,
  outcome: IndicatorDef,
  factorIds: string[],
  rules: ModelRules,
): ComparisonState {
  const problem = modelProblem(outcome, gemeenten.year, factorIds, rules);
  if (problem) return { comparison: null, error: problem };
  try {
    const model = fitRiskModel(gemeenten, outcome, rules.factorsOf(factorIds));
    return { comparison: compare(model, gemeenten, areas), error: null };
  } catch (error) {
    if (error instanceof RiskModelError) return { comparison: null, error: error.message };
    throw error;
  }
}
