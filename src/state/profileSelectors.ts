// Derived values of the profile and the pinned comparison (loaded with the profile, not before
// the first map frame): the areas of every level, the profile rows, risk figures, similar gemeenten.
import { YEAR_DEFAULT_INDICATOR } from '../../data/catalogue/catalogue';
import { DEFAULT_FACTORS, isCorrectable, riskFactor } from '../../data/catalogue/riskFactors';
import { MODEL_RULES } from '../../data/catalogue/riskFactors';
import type { Areas } from '../atlas/areas';
import { LEVELS, levelOfCode, type Level } from '../atlas/geography';
import { isAvailable, type AreaTable, type IndicatorDef } from '../atlas/indicators';
import { levelAreas } from '../atlas/levelAreas';
import { buildProfile, type ProfileContext, type ProfileRow } from '../atlas/profile';
import { mostSimilar, type Similar } from '../atlas/similarity';
import type { Membership } from '../atlas/geography';
import { memo, selectCatalogue, selectDef, selectFactorIds } from './selectors';
import { fitAndCompare, type ComparisonState } from '../atlas/riskComparison';
import type { Comparison } from '../atlas/comparison';
import type { Deviation } from '../atlas/funnel';
import type { AtlasState } from './store';
import { tableSources } from './tables';
import type { OwnIndicator } from '../atlas/ownIndicators';

/** Areas of every level of a year (levelAreas shares one object per table with the map). */
const contextOf = memo(
  (
    tables: Record<string, AreaTable>,
    memberships: Record<number, Membership>,
    own: OwnIndicator[],
    year: number,
  ): ProfileContext => {
    const sources = tableSources({ tables, memberships, own });
    return { membership: memberships[year], areas: (level) => levelAreas(level, year, sources) };
  },
);

export const selectContext = (s: AtlasState): ProfileContext => contextOf(s.tables, s.memberships, s.own, s.year);

export function defsFor(catalogue: IndicatorDef[], level: Level, year: number): IndicatorDef[] {
  return catalogue.filter((d) => isAvailable(d, level, year));
}

const profileOf = memo((ctx: ProfileContext, level: Level, code: string, year: number, catalogue: IndicatorDef[]) =>
  buildProfile(level, code, defsFor(catalogue, level, year), ctx),
);

export function selectProfile(s: AtlasState): ProfileRow[] | null {
  if (!s.selection) return null;
  return profileOf(selectContext(s), s.level, s.selection, s.year, selectCatalogue(s));
}

/** The model of the gemeenten applied to the areas of a level (a cache of the last call). */
const makeRisk = () =>
  memo((ctx: ProfileContext, level: Level, indicator: IndicatorDef, factorIds: string[]): ComparisonState => {
    const gemeenten = ctx.areas('gemeente');
    const areas = ctx.areas(level);
    return gemeenten && areas && isCorrectable(indicator)
      ? fitAndCompare(gemeenten, areas, indicator, factorIds, MODEL_RULES)
      : NO_RISK;
  });
const riskOf = makeRisk();

// Constant results: a selector must return the same reference while nothing changed.
const NO_RISK: ComparisonState = { comparison: null, error: null };
const NONE: Similar[] = [];

/** Expected and corrected use of the chosen indicator at the chosen level, from the model of its year. */
export function selectRisk(s: AtlasState) {
  const def = selectDef(s);
  if (!def.years.includes(s.year)) return NO_RISK;
  return riskOf(selectContext(s), s.level, def, selectFactorIds(s));
}

/** A cache per level for the lists (a gemeente's wijken, a region's gemeenten), apart from the profile's. */
const listRisk = new Map<Level, ReturnType<typeof makeRisk>>();
const deviationMaps = new WeakMap<Comparison, Map<string, Deviation>>();

/**
 * Each area's deviation from expected at a level: the comparison's funnel (the same model,
 * factors and limits as "Regio's vergelijken"), for a ranked list. Null when the indicator
 * cannot be corrected in this year or no model can be made.
 */
export function selectDeviations(s: AtlasState, level: Level): Map<string, Deviation> | null {
  const def = selectDef(s);
  if (!def.years.includes(s.year) || !MODEL_RULES.isCorrectableIn(def, s.year)) return null;
  let risk = listRisk.get(level);
  if (!risk) listRisk.set(level, (risk = makeRisk()));
  const comparison = risk(selectContext(s), level, def, selectFactorIds(s)).comparison;
  if (!comparison) return null;
  let map = deviationMaps.get(comparison);
  if (!map) {
    map = new Map(comparison.rows.flatMap((r) => (r.funnel ? [[r.code, r.funnel.deviation] as const] : [])));
    deviationMaps.set(comparison, map);
  }
  return map;
}

const similarOf = memo((gemeenten: Areas | undefined, code: string, factorIds: string[]): Similar[] =>
  gemeenten
    ? mostSimilar(
        gemeenten,
        factorIds.map((f) => riskFactor(f)).filter((f): f is IndicatorDef => f !== undefined),
        code,
      )
    : NONE,
);

const NO_FACTORS: string[] = [];

/** The model's factors (or the defaults of the year's main indicator) for "similar gemeenten". */
export function similarityFactors(s: AtlasState): string[] {
  const def = selectDef(s);
  if (isCorrectable(def) && def.years.includes(s.year)) return selectFactorIds(s);
  const main = YEAR_DEFAULT_INDICATOR[s.year];
  return main && Object.hasOwn(DEFAULT_FACTORS, main) ? DEFAULT_FACTORS[main] : NO_FACTORS;
}

export function selectSimilar(s: AtlasState): Similar[] {
  const factors = similarityFactors(s);
  if (s.level !== 'gemeente' || !s.selection || factors.length === 0) return NONE;
  return similarOf(selectContext(s).areas('gemeente'), s.selection, factors);
}

export interface PinnedArea {
  code: string;
  level: Level;
  naam: string;
  areas: Areas;
  row: number;
}

const pinnedOf = memo((ctx: ProfileContext, pins: string[]): PinnedArea[] =>
  pins.flatMap((code) => {
    const level = levelOfCode(code);
    const areas = level ? ctx.areas(level) : undefined;
    const row = areas ? areas.codes.indexOf(code) : -1;
    return level && areas && row >= 0 ? [{ code, level, naam: areas.names[row], areas, row }] : [];
  }),
);

export function selectPinned(s: AtlasState): PinnedArea[] {
  return pinnedOf(selectContext(s), s.pins);
}

export const PIN_LEVELS = LEVELS;
