// Derived values of the comparison view. Kept apart from selectors.ts so that the model code
// (ml-matrix) loads with the comparison, not before the first map frame.
import { MODEL_RULES } from '../../data/catalogue/riskFactors';
import { fitAndCompare, type ComparisonState } from '../atlas/riskComparison';
import { tableAreas, type Areas } from '../atlas/areas';
import { observedQuintiles, type Comparison } from '../atlas/comparison';
import { NATIONAL_COLORS, nationalScale } from '../atlas/nationalScale';
import type { IndicatorDef } from '../atlas/indicators';
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
import { selectTable } from './tables';

const comparisonOf = memo((gemeenten: Areas, areas: Areas, outcome: IndicatorDef, factorIds: string[]) =>
  fitAndCompare(gemeenten, areas, outcome, factorIds, MODEL_RULES),
);

/** Observed and corrected values of the chosen level, from a model fitted on the gemeenten of the same year. */
export function selectComparison(s: AtlasState): ComparisonState | null {
  const table = selectTable(s, 'gemeente', s.year);
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
  national: memo((codes: readonly string[], c: Comparison) =>
    classColors(
      codes,
      rowOfAreas(c.areas),
      nationalScaleOf(c).classOf,
      isSecret(c),
      NATIONAL_COLORS,
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

/** The corrected values against the national rate (the corrected map's diverging reading). */
export const nationalScaleOf = memo((c: Comparison) =>
  nationalScale(
    c.rows.map((r) => r.corrected),
    c.model.nationalRate,
    c.model.outcome.decimals,
  ),
);

/** The observed map without a model (no factor chosen, or one that cannot be fitted): the same quintiles. */
const observedOnlyColors = memo(
  (codes: readonly string[], areas: Areas, outcome: IndicatorDef, palette: AtlasState['palette']) => {
    const values = areas.values(outcome);
    return classColors(
      codes,
      rowOfAreas(areas),
      observedQuintiles(areas, outcome).classOf,
      (row) => values[row].status === 'secret',
      palette,
      5,
      (row) => values[row].incomplete !== undefined,
    );
  },
);

export function selectCompareColors(s: AtlasState, variant: CompareVariant): FeatureColors | null {
  const codes = selectAreaCodes(s);
  const state = selectComparison(s);
  const comparison = state?.comparison;
  if (!codes || !state) return null;
  if (!comparison) {
    const areas = selectAreas(s);
    return variant === 'observed' && areas ? observedOnlyColors(codes, areas, selectDef(s), s.palette) : null;
  }
  if (variant === 'corrected' && s.correctedScale === 'landelijk') return compareColorsOf.national(codes, comparison);
  return compareColorsOf[variant](codes, comparison, s.palette);
}
