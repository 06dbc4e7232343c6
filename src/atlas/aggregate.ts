// Region figures from member gemeenten: numerators and denominators are summed and the rate is
// recomputed from the sums. A region with a secret or missing member is suppressed and says how
// many members are missing, except for figures the source simply did not publish for some
// gemeenten (def.unpublished, e.g. Wmo 2022): those regions get the rate over the members with a
// figure, marked onvolledig ("2 van 9 gemeenten zonder cijfer").
import { cachedValues, type Areas } from './areas';
import { LEVEL_LABELS, regionMembers, type Membership, type RegionSystem } from './geography';
import { indicatorValues, rateOf, type AreaTable, type AreaValue, type IndicatorDef } from './indicators';

export interface RegionSet {
  system: RegionSystem;
  year: number;
  source: string;
  codes: string[];
  names: string[];
  members: string[][];
  /** Rows of the members in the gemeente table. */
  memberRows: number[][];
}

export function regionSet(membership: Membership, system: RegionSystem, gemeenten: AreaTable): RegionSet {
  const rowOf = new Map(gemeenten.codes.map((c, i) => [c, i]));
  const members = regionMembers(membership, system);
  const memberRows = members.map((m) =>
    m.map((code) => {
      const row = rowOf.get(code);
      if (row === undefined)
        throw new Error(`Gemeente ${code} van ${system} ontbreekt in de gemeentetabel ${gemeenten.year}`);
      return row;
    }),
  );
  const { codes, names } = membership.systems[system];
  return {
    system,
    year: membership.year,
    source: `${gemeenten.source}; ${membership.source}`,
    codes,
    names,
    members,
    memberRows,
  };
}

const isMissing = (v: AreaValue, def: IndicatorDef) =>
  v.numerator === null || (def.denominator !== undefined && v.denominator === null);

export interface MemberSum {
  numerator: number | null;
  denominator: number | null;
  /** Members without a value; `secret` of them suppressed in the source, the rest without data. */
  missing: number;
  secret: number;
  /** Σ numerator and Σ denominator over the members that have a value. */
  present: { numerator: number; denominator: number };
}

/** Σ numerator and Σ denominator over some gemeenten; null sums when any member is missing. */
export function sumMembers(values: AreaValue[], rows: number[], def: IndicatorDef): MemberSum {
  let numerator = 0;
  let denominator = 0;
  let missing = 0;
  let secret = 0;
  for (const row of rows) {
    const v = values[row];
    if (isMissing(v, def)) {
      missing++;
      if (v.status !== 'nodata') secret++;
      continue;
    }
    numerator += v.numerator ?? 0;
    denominator += v.denominator ?? 0;
  }
  const present = { numerator, denominator };
  return missing > 0
    ? { numerator: null, denominator: null, missing, secret, present }
    : { numerator, denominator, missing, secret, present };
}

/** "onvolledig: 2 van 9 gemeenten zonder cijfer" */
export function incompleteNote(missing: number, of: number): string {
  return `onvolledig: ${missing} van ${of} gemeenten zonder cijfer`;
}

/**
 * The value of a sum over members: complete, partial (an unpublished figure: the rate over the
 * members that have one, marked onvolledig) or missing.
 */
export function memberValue(def: IndicatorDef, sum: MemberSum, of: number): AreaValue {
  if (sum.missing === 0) return rateOf(def, sum.numerator, sum.denominator);
  if (def.unpublished && sum.secret === 0 && sum.missing < of) {
    const value = rateOf(def, sum.present.numerator, sum.present.denominator);
    return value.status === 'ok'
      ? { ...value, note: incompleteNote(sum.missing, of), incomplete: { missing: sum.missing, of } }
      : value;
  }
  return incomplete(sum, of);
}

/** A sum with missing members: secret when any member is suppressed, else "geen gegevens". */
export function incomplete(sum: MemberSum, of: number): AreaValue {
  const what =
    sum.secret === sum.missing
      ? 'geheim of onbekend'
      : sum.secret === 0
        ? 'zonder gegevens'
        : `zonder gegevens of geheim (${sum.secret} geheim)`;
  return {
    value: null,
    status: sum.secret > 0 ? 'secret' : 'nodata',
    numerator: null,
    denominator: null,
    note: `onvolledig: ${sum.missing} van ${of} gemeenten ${what}`,
  };
}

export function aggregateValues(def: IndicatorDef, gemeenteValues: AreaValue[], set: RegionSet): AreaValue[] {
  return set.memberRows.map((rows) => {
    if (def.kind === 'ordinal') {
      return {
        value: null,
        status: 'nodata',
        numerator: null,
        denominator: null,
        note: `${def.label} is een klasse en telt niet op tot een ${LEVEL_LABELS[set.system].one}.`,
      };
    }
    return memberValue(def, sumMembers(gemeenteValues, rows, def), rows.length);
  });
}

export function regionAreas(set: RegionSet, gemeenten: AreaTable): Areas {
  return {
    level: set.system,
    year: set.year,
    source: set.source,
    codes: set.codes,
    names: set.names,
    members: set.members,
    values: cachedValues((def) => aggregateValues(def, indicatorValues(gemeenten, def), set)),
  };
}
