// Derived values of the comparison view. Kept apart from selectors.ts so that the model code
// (ml-matrix) loads with the comparison, not before the first map frame.
import { isCorrectable, riskFactor } from '../../data/riskFactors';
import { tableAreas, type Areas } from '../atlas/areas';
import { compare, type Comparison } from '../atlas/comparison';
import { assetName } from '../atlas/geography';
import type { IndicatorDef } from '../atlas/indicators';
import { fitRiskModel, RiskModelError } from '../atlas/riskCorrection';
import { classColors, memo, selectAreas, selectDef, selectFactorIds, selectGeometry, type FeatureColors } from './selectors';
import type { AtlasState } from './store';
import type { Geometry } from './loaders';

export interface ComparisonState {
  comparison: Comparison | null;
  error: string | null;
}

/** Fits the model on the gemeenten and compares the areas; a model that cannot be fitted is an error text. */
export function fitAndCompare(gemeenten: Areas, areas: Areas, outcome: IndicatorDef, factorIds: string[]): ComparisonState {
  if (!isCorrectable(outcome)) return { comparison: null, error: 'Risicocorrectie is er voor bijstand, WW, AO en eigen gemeentetellingen van 2015 met een noemer.' };
  if (factorIds.length === 0) return { comparison: null, error: 'Kies ten minste één risicofactor.' };
  try {
    const model = fitRiskModel(gemeenten, outcome, factorIds.map((id) => riskFactor(id)).filter((f): f is IndicatorDef => f !== undefined));
    return { comparison: compare(model, gemeenten, areas), error: null };
  } catch (error) {
    if (error instanceof RiskModelError) return { comparison: null, error: error.message };
    throw error;
  }
}

const comparisonOf = memo(fitAndCompare);

/** Observed and corrected values of the chosen level, from a model fitted on the gemeenten of 2015. */
export function selectComparison(s: AtlasState): ComparisonState | null {
  const table = s.tables[assetName('gemeente', 2015)];
  const areas = selectAreas(s);
  if (s.mode !== 'vergelijken' || !table || !areas || s.year !== 2015) return null;
  return comparisonOf(tableAreas(table), areas, selectDef(s), selectFactorIds(s));
}

export type CompareVariant = 'observed' | 'corrected';

const rowOfAreas = memo((areas: Areas) => new Map(areas.codes.map((c, i) => [c, i])));

const compareColorsOf = {
  observed: memo((geometry: Geometry, c: Comparison, palette: AtlasState['palette']) =>
    classColors(geometry, rowOfAreas(c.areas), c.rows.map((r) => r.classObserved), (row) => c.rows[row].observed === null, palette, 5)),
  corrected: memo((geometry: Geometry, c: Comparison, palette: AtlasState['palette']) =>
    classColors(geometry, rowOfAreas(c.areas), c.rows.map((r) => r.classCorrected), (row) => c.rows[row].corrected === null, palette, 5)),
};

export function selectCompareColors(s: AtlasState, variant: CompareVariant): FeatureColors | null {
  const geometry = selectGeometry(s);
  const comparison = selectComparison(s)?.comparison;
  if (!geometry || !comparison) return null;
  return compareColorsOf[variant](geometry, comparison, s.palette);
}

