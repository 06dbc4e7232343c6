// Derived values of the comparison view. Kept apart from selectors.ts so that the model code
// (ml-matrix) loads with the comparison, not before the first map frame.
import { CORRECTABLE_TEXT, factorProblem, isCorrectableIn, riskFactor } from '../../data/riskFactors';
import { tableAreas, type Areas } from '../atlas/areas';
import { compare, type Comparison } from '../atlas/comparison';
import { assetName } from '../atlas/geography';
import type { IndicatorDef } from '../atlas/indicators';
import { fitRiskModel, RiskModelError } from '../atlas/riskCorrection';
import { DEVIATION_COLORS, DEVIATION_ORDER } from '../atlas/palettes';
import {
  classColors,
  memo,
  selectAreas,
  selectDef,
  selectAreaCodes,
  selectFactorIds,
  type FeatureColors,
} from './selectors';
import type { AtlasState } from './store';

export interface ComparisonState {
  comparison: Comparison | null;
  error: string | null;
}

/** Fits the model on the gemeenten and compares the areas; a model that cannot be fitted is an error text. */
export function fitAndCompare(
  gemeenten: Areas,
  areas: Areas,
  outcome: IndicatorDef,
  factorIds: string[],
): ComparisonState {
  if (!isCorrectableIn(outcome, gemeenten.year)) return { comparison: null, error: CORRECTABLE_TEXT };
  if (factorIds.length === 0) return { comparison: null, error: 'Kies ten minste één risicofactor.' };
  const problems = factorIds
    .map((id) => factorProblem(id, outcome, gemeenten.year))
    .filter((p): p is string => p !== null);
  if (problems.length > 0) return { comparison: null, error: `Deze factoren kunnen niet: ${problems.join('; ')}.` };
  try {
    const model = fitRiskModel(
      gemeenten,
      outcome,
      factorIds.map((id) => riskFactor(id)).filter((f): f is IndicatorDef => f !== undefined),
    );
    return { comparison: compare(model, gemeenten, areas), error: null };
  } catch (error) {
    if (error instanceof RiskModelError) return { comparison: null, error: error.message };
    throw error;
  }
}

const comparisonOf = memo(fitAndCompare);

/** Observed and corrected values of the chosen level, from a model fitted on the gemeenten of the same year. */
export function selectComparison(s: AtlasState): ComparisonState | null {
  const table = s.tables[assetName('gemeente', s.year)];
  const areas = selectAreas(s);
  if (s.mode !== 'vergelijken' || !table || !areas) return null;
  return comparisonOf(tableAreas(table), areas, selectDef(s), selectFactorIds(s));
}

export type CompareVariant = 'observed' | 'corrected' | 'deviation';

const rowOfAreas = memo((areas: Areas) => new Map(areas.codes.map((c, i) => [c, i])));

const isSecret = (c: Comparison) => (row: number) => c.areas.values(c.model.outcome)[row].status === 'secret';
const isIncomplete = (c: Comparison) => (row: number) => c.rows[row].incomplete !== null;

const compareColorsOf = {
  observed: memo((codes: readonly string[], c: Comparison, palette: AtlasState['palette']) =>
    classColors(
      codes,
      rowOfAreas(c.areas),
      c.rows.map((r) => r.classObserved),
      isSecret(c),
      palette,
      5,
      isIncomplete(c),
    ),
  ),
  corrected: memo((codes: readonly string[], c: Comparison, palette: AtlasState['palette']) =>
    classColors(
      codes,
      rowOfAreas(c.areas),
      c.rows.map((r) => r.classCorrected),
      isSecret(c),
      palette,
      5,
      isIncomplete(c),
    ),
  ),
  deviation: memo((codes: readonly string[], c: Comparison) =>
    classColors(
      codes,
      rowOfAreas(c.areas),
      c.rows.map((r) => (r.funnel ? DEVIATION_ORDER.indexOf(r.funnel.deviation) : -1)),
      isSecret(c),
      DEVIATION_ORDER.map((d) => DEVIATION_COLORS[d]),
      3,
      isIncomplete(c),
    ),
  ),
};

export function selectCompareColors(s: AtlasState, variant: CompareVariant): FeatureColors | null {
  const codes = selectAreaCodes(s);
  const comparison = selectComparison(s)?.comparison;
  if (!codes || !comparison) return null;
  return compareColorsOf[variant](codes, comparison, s.palette);
}
