// Derived values of the comparison view. Kept apart from selectors.ts so that the model code
// (ml-matrix) loads with the comparison, not before the first map frame.
import { MODEL_RULES } from '../../data/catalogue/riskFactors';
import { fitAndCompare, type ComparisonState } from '../atlas/riskComparison';
import { tableAreas, type Areas } from '../atlas/areas';
import type { Comparison } from '../atlas/comparison';
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
