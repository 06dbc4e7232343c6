// The profile of one area: every indicator with its value, the values of its parents up to
// Nederland, and its rank among its siblings. Pure: the caller supplies the areas of each level.
import { memberValue, sumMembers } from './aggregate';
import type { Areas } from './areas';
import {
  LEVEL_LABELS,
  REGION_SYSTEMS,
  isRegionSystem,
  type Level,
  type Membership,
  type RegionSystem,
} from './geography';
import type { AreaValue, IndicatorDef } from './indicators';

export interface ProfileParent {
  level: Level | 'nederland';
  code: string;
  naam: string;
  value: AreaValue;
}

export interface Rank {
  /** 1 = highest value. */
  position: number;
  of: number;
  /** Areas with exactly this value, itself included (1 = no tie). */
  tied: number;
  /** "wijken in Dordrecht", "gemeenten in Nederland". */
  among: string;
}

export interface ProfileRow {
  def: IndicatorDef;
  value: AreaValue;
  parents: ProfileParent[];
  /** A quantity's rank among its siblings; null for a class (stedelijkheid), which is no quantity. */
  rank: Rank | null;
  /** For a class: how many siblings share it ("24 van 345 gemeenten"). */
  sameClass: { count: number; of: number; among: string } | null;
  /** Siblings' values (including the area itself), for the chart. */
  siblings: { code: string; naam: string; value: number }[];
}

export interface ProfileContext {
  /** Areas of a level in the profile's year, when loaded. */
  areas(level: Level): Areas | undefined;
  membership?: Membership;
}

const NATIONAL_CODE = 'NL01';

/** Nederland: Σ numerators / Σ denominators over all gemeenten, or the source's own national figure. */
export function nationalValue(def: IndicatorDef, gemeenten: Areas): AreaValue {
  if (def.kind === 'fact') {
    const v = def.nationalValue ?? null;
    return v === null
      ? { value: null, status: 'nodata', numerator: null, denominator: null }
      : { value: v, status: 'ok', numerator: v, denominator: null };
  }
  if (def.kind === 'ordinal')
    return { value: null, status: 'nodata', numerator: null, denominator: null, note: 'een klasse telt niet op' };
  const values = gemeenten.values(def);
  return memberValue(
    def,
    sumMembers(
      values,
      values.map((_, i) => i),
      def,
    ),
    values.length,
  );
}

interface Chain {
  parents: { level: Level; code: string }[];
  siblings: number[];
  among: string;
}

/** Parent codes (nearest first) and the sibling rows of an area. */
function chainOf(level: Level, row: number, ctx: ProfileContext): Chain {
  const areas = ctx.areas(level)!;
  const parents: { level: Level; code: string }[] = [];
  const gemeenten = ctx.areas('gemeente');
  const nameOf = (l: Level, code: string) => {
    const a = ctx.areas(l);
    const i = a ? a.codes.indexOf(code) : -1;
    return i >= 0 ? a!.names[i] : code;
  };
  let gemeente: string | null = level === 'gemeente' ? areas.codes[row] : (areas.gemeenteOf?.[row] ?? null);
  if (level === 'buurt') {
    const wijk = areas.parentWijk?.[row] ?? null;
    if (wijk) parents.push({ level: 'wijk', code: wijk });
  }
  if (level !== 'gemeente' && gemeente && !isRegionSystem(level)) parents.push({ level: 'gemeente', code: gemeente });
  if (isRegionSystem(level)) gemeente = null;
  if (gemeente && ctx.membership) {
    const i = ctx.membership.gemeenten.indexOf(gemeente);
    if (i >= 0)
      for (const system of REGION_SYSTEMS)
        parents.push({ level: system, code: ctx.membership.systems[system].regionOf[i] });
  }
  let siblings: number[];
  let among: string;
  if (level === 'buurt' && parents[0]?.level === 'wijk') {
    const wijk = parents[0].code;
    siblings = areas.codes.flatMap((_, i) => (areas.parentWijk?.[i] === wijk ? [i] : []));
    among = `${LEVEL_LABELS.buurt.many} in ${nameOf('wijk', wijk)}`;
  } else if (level === 'wijk' && gemeente) {
    siblings = areas.codes.flatMap((_, i) => (areas.gemeenteOf?.[i] === gemeente ? [i] : []));
    among = `${LEVEL_LABELS.wijk.many} in ${gemeenten ? nameOf('gemeente', gemeente) : gemeente}`;
  } else {
    siblings = areas.codes.map((_, i) => i);
    among = `${LEVEL_LABELS[level].many} in Nederland`;
  }
  return { parents, siblings, among };
}

export function rankAmong(
  values: AreaValue[],
  rows: number[],
  row: number,
): { position: number; of: number; tied: number } | null {
  const own = values[row];
  if (own.status !== 'ok' || own.value === null) return null;
  const present = rows.filter((r) => values[r].status === 'ok' && values[r].value !== null);
  // Competition ranking: equal values share a position.
  const position = 1 + present.filter((r) => (values[r].value as number) > (own.value as number)).length;
  // How many share this value (itself included): "gedeeld 1e van 13".
  const tied = present.filter((r) => values[r].value === own.value).length;
  return { position, of: present.length, tied };
}

/** How many siblings share the class of an area (itself included), among those with a class. */
export function sameClassAmong(
  values: AreaValue[],
  rows: number[],
  row: number,
  among: string,
): ProfileRow['sameClass'] {
  const own = values[row];
  if (own.status !== 'ok' || own.value === null) return null;
  const present = rows.filter((r) => values[r].status === 'ok' && values[r].value !== null);
  return { count: present.filter((r) => values[r].value === own.value).length, of: present.length, among };
}

export function buildProfile(
  level: Level,
  code: string,
  defs: IndicatorDef[],
  ctx: ProfileContext,
): ProfileRow[] | null {
  const areas = ctx.areas(level);
  const row = areas ? areas.codes.indexOf(code) : -1;
  if (!areas || row < 0) return null;
  const chain = chainOf(level, row, ctx);
  const gemeenten = ctx.areas('gemeente');
  return defs.map((def) => {
    const values = areas.values(def);
    const parents: ProfileParent[] = [];
    for (const p of chain.parents) {
      const pa = ctx.areas(p.level);
      const i = pa ? pa.codes.indexOf(p.code) : -1;
      if (!pa || i < 0 || !def.levels.includes(p.level)) continue;
      parents.push({ level: p.level, code: p.code, naam: pa.names[i], value: pa.values(def)[i] });
    }
    if (gemeenten)
      parents.push({
        level: 'nederland',
        code: NATIONAL_CODE,
        naam: 'Nederland',
        value: nationalValue(def, gemeenten),
      });
    const ordinal = def.kind === 'ordinal';
    const rank = ordinal ? null : rankAmong(values, chain.siblings, row);
    return {
      def,
      value: values[row],
      parents,
      sameClass: ordinal ? sameClassAmong(values, chain.siblings, row, chain.among) : null,
      // "2e van 6 gemeenten met dit cijfer": the rank counts only the areas that have the figure.
      rank: rank
        ? {
            ...rank,
            among:
              rank.of < chain.siblings.length
                ? `${chain.among.replace(/ in Nederland$/, '')} met dit cijfer`
                : chain.among,
          }
        : null,
      siblings: chain.siblings.flatMap((r) =>
        values[r].status === 'ok' && values[r].value !== null
          ? [{ code: areas.codes[r], naam: areas.names[r], value: values[r].value }]
          : [],
      ),
    };
  });
}

export const PROFILE_LEVEL_NAME: Record<Level | 'nederland', string> = {
  ...(Object.fromEntries(Object.entries(LEVEL_LABELS).map(([k, v]) => [k, v.one])) as Record<Level, string>),
  nederland: 'Nederland',
};

export type { RegionSystem };
