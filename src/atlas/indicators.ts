// Indicator values computed from counts: a rate is numerator / denominator for each area,
// never an average of rates, so the same definition works for any union of areas.
import { LEVEL_YEARS, type Level } from './geography';

/**
 * A count derived from table columns: weight × column × (Σ percentOf / 100) × times, plus
 * weighted further columns (a composite such as users of several voorzieningen weighted by cost).
 */
export interface Quantity {
  column: string;
  /** Multiplies the column (default 1). */
  weight?: number;
  /** Further columns added with their weights. */
  plus?: { column: string; weight: number }[];
  /** Percentage columns whose sum scales the column (e.g. age bands of AANT_INW). */
  percentOf?: string[];
  /** Weights of the percentOf columns in that sum (default 1 each), e.g. 0,8 × % 15–24 for 15–22. */
  percentWeights?: number[];
  /** Another column to multiply with (e.g. OAD × inwoners for a population-weighted mean). */
  times?: string;
}

/** fact: a figure as a document published it (a rate or count that cannot be summed). */
export type IndicatorKind = 'count' | 'rate' | 'ordinal' | 'fact';

export interface IndicatorDef {
  id: string;
  label: string;
  /** Short unit shown after a value, e.g. "%", "per 1.000 inwoners 15–64". */
  unit: string;
  kind: IndicatorKind;
  numerator: Quantity;
  denominator?: Quantity;
  /** Multiplier of numerator / denominator: 100 for %, 1000 for per 1.000. */
  per: number;
  decimals: number;
  law?: 'Participatiewet' | 'Wmo 2015' | 'Jeugdwet';
  years: number[];
  levels: Level[];
  /** true: a higher value means more need for support; false: less; null: neither. */
  higherMeansMoreNeed: boolean | null;
  source: string;
  /** Caveat shown next to the value wherever it appears. */
  note?: string;
  /** Names of the values 1, 2, … of an ordinal indicator. */
  categories?: string[];
  /** Period of the figure when it differs from the boundary year, e.g. "2016-H1". */
  period?: string;
  /** Codes of the areas the source covers; any other area has "geen gegevens". */
  coverage?: string[];
  /** The source's value for Nederland, when it gives one. */
  nationalValue?: number | null;
  /** Why an area outside the coverage has no value (default "niet in de bron"). */
  coverageNote?: string;
  /** Risk factors of the SCP-style model when the catalogue has no set for this id. */
  defaultFactors?: string[];
  /** An indicator the user imported (kept in this browser only). */
  own?: boolean;
  /**
   * An own file's figures for areas above its level, as the file gives them (a count or a figure):
   * the gemeente rows of a wijk file and Nederland (NL01). They become reference lines.
   */
  fileFigures?: Record<string, number | null>;
  /**
   * An empty cell means the source published no figure (not a suppressed count): the area has
   * "geen gegevens" with this note, and regions and Nederland are summed over the members that
   * have a value, marked onvolledig.
   */
  unpublished?: string;
  /**
   * The table column that holds the figure as the source published it for gemeenten (a share, a
   * rate, a class): the atlas's value of a gemeente must equal it to the decimals shown, and a test
   * checks every indicator that names one against the kit's files.
   */
  published?: string;
}

/** Columnar table of one level and year, as written by the data pipeline. */
export interface AreaTable {
  level: Level;
  year: number;
  source: string;
  codes: string[];
  names: string[];
  /** Parent codes per row, e.g. { gm: [...], wk: [...] }. */
  parents: Partial<Record<'gm' | 'wk', (string | null)[]>>;
  /** null = missing in the source (KWB -99999999: secret or not available). */
  columns: Record<string, (number | null)[]>;
}

/** ok: a number; secret: suppressed or unknown in the source; nodata: nothing to compute (no row, zero denominator). */
export type ValueStatus = 'ok' | 'secret' | 'nodata';

export interface AreaValue {
  value: number | null;
  status: ValueStatus;
  numerator: number | null;
  denominator: number | null;
  /** Why a value is missing or incomplete, e.g. "2 van 14 gemeenten geheim". */
  note?: string;
  /** A sum over members of which some have no value: the value covers the others only. */
  incomplete?: { missing: number; of: number };
}

function cell(table: AreaTable, column: string, row: number): number | null | undefined {
  const values = table.columns[column];
  if (!values) return undefined;
  return values[row];
}

/** The quantity's value for one row; null when any input is missing. */
export function quantityAt(table: AreaTable, q: Quantity, row: number): number | null {
  const base = cell(table, q.column, row);
  if (base === undefined) throw new Error(`Kolom ${q.column} ontbreekt in tabel ${table.level} ${table.year}`);
  if (base === null) return null;
  let result = base;
  if (q.percentOf) {
    let pct = 0;
    for (let k = 0; k < q.percentOf.length; k++) {
      const column = q.percentOf[k];
      const p = cell(table, column, row);
      if (p === undefined) throw new Error(`Kolom ${column} ontbreekt in tabel ${table.level} ${table.year}`);
      if (p === null) return null;
      pct += p * (q.percentWeights?.[k] ?? 1);
    }
    result = (result * pct) / 100;
  }
  if (q.times) {
    const t = cell(table, q.times, row);
    if (t === undefined) throw new Error(`Kolom ${q.times} ontbreekt in tabel ${table.level} ${table.year}`);
    if (t === null) return null;
    result *= t;
  }
  result *= q.weight ?? 1;
  for (const term of q.plus ?? []) {
    const v = cell(table, term.column, row);
    if (v === undefined) throw new Error(`Kolom ${term.column} ontbreekt in tabel ${table.level} ${table.year}`);
    if (v === null) return null;
    result += term.weight * v;
  }
  return result;
}

const populations = new WeakMap<IndicatorDef, IndicatorDef>();

/**
 * The indicator's reference population (its denominator) as a count of its own, for any year's
 * areas: one object per indicator, so the areas' value caches hold. Null without a denominator.
 */
export function populationOf(def: IndicatorDef): IndicatorDef | null {
  if (!def.denominator) return null;
  let pop = populations.get(def);
  if (!pop) {
    pop = {
      ...def,
      id: `${def.id}:noemer`,
      kind: 'count',
      numerator: def.denominator,
      denominator: undefined,
      per: 1,
      // The population is there where the figure was not published or not in an own file.
      unpublished: undefined,
      coverage: undefined,
    };
    populations.set(def, pop);
  }
  return pop;
}

/** Value from already summed numerator and denominator; shared by areas and (later) unions of areas. */
export function rateOf(def: IndicatorDef, numerator: number | null, denominator: number | null): AreaValue {
  if (numerator === null) return { value: null, status: 'secret', numerator, denominator };
  if (!def.denominator)
    return { value: numerator * (def.kind === 'ordinal' ? 1 : def.per), status: 'ok', numerator, denominator };
  if (denominator === null) return { value: null, status: 'secret', numerator, denominator };
  if (denominator === 0) return { value: null, status: 'nodata', numerator, denominator };
  return { value: (numerator / denominator) * def.per, status: 'ok', numerator, denominator };
}

const coverageSets = new WeakMap<string[], Set<string>>();

/** The coverage as a set, built once per list (an imported buurt table covers thousands of codes). */
function covers(coverage: string[], code: string): boolean {
  let set = coverageSets.get(coverage);
  if (!set) coverageSets.set(coverage, (set = new Set(coverage)));
  return set.has(code);
}

export function indicatorAt(table: AreaTable, def: IndicatorDef, row: number): AreaValue {
  if (def.coverage && !covers(def.coverage, table.codes[row])) {
    return {
      value: null,
      status: 'nodata',
      numerator: null,
      denominator: null,
      note: def.coverageNote ?? 'niet in de bron',
    };
  }
  const numerator = quantityAt(table, def.numerator, row);
  const denominator = def.denominator ? quantityAt(table, def.denominator, row) : null;
  if (def.unpublished && numerator === null)
    return { value: null, status: 'nodata', numerator, denominator, note: def.unpublished };
  return rateOf(def, numerator, denominator);
}

/** Every area's value of one indicator, aligned with table.codes. */
export function indicatorValues(table: AreaTable, def: IndicatorDef): AreaValue[] {
  return table.codes.map((_, row) => indicatorAt(table, def, row));
}

/** Whether the indicator can be shown for this table (its level, year and columns exist). */
export function isAvailable(def: IndicatorDef, level: Level, year: number): boolean {
  return def.levels.includes(level) && def.years.includes(year) && LEVEL_YEARS[level].includes(year);
}
