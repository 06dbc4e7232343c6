// Which columns of an own table hold what: the area column (codes first, then gemeente names) and
// its level, the period, the value columns, the other columns that tell rows of one area apart
// (StatLine's long format), the decimal sign, and the boundary years the areas match best.
import type { AreaLevel } from './geography';
import { columnDecimals, detectDecimal, parseCell, type Decimal } from './numberCells';
import {
  AREA_CODE,
  CBS_PERIOD,
  LEVEL_OF_PREFIX,
  PERIOD_HEADER,
  codeOf,
  normaliseName,
  periodYear,
  type AreaReference,
} from './tableKeys';
import { ALL_COLUMNS, type ParsedTable, type RowError } from './tableParse';

export interface Detection {
  areaColumn: number;
  areaKind: 'code' | 'naam';
  level: AreaLevel;
  periodColumn: number | null;
  /** Distinct periods in the file, in file order. */
  periods: string[];
  /** Columns that hold numbers (or CBS's secret marks), in file order. */
  valueColumns: number[];
  /**
   * Other columns that tell rows of one area apart (StatLine's long format: a row per area and
   * per kind of care, age group, …): one of their values is kept, a total when there is one.
   */
  dimensions: Dimension[];
  decimal: Decimal;
  /** Why the decimal sign was chosen, for the report. */
  decimalReason: string;
  /** Each value column's sign: its own where its cells make it clear, else the file's. */
  columnDecimals: Record<number, Decimal>;
  /** Indeling years the level has, best match first. */
  years: number[];
}

export interface Dimension {
  column: number;
  /** Distinct values in file order. */
  values: string[];
  /** The total (CBS keys T001…, "Totaal") when there is one, else the first value. */
  preferred: string;
}

const HAS_LETTER = /\p{L}/u;
const TOTAL = /^(t\d{6}|totaal|total\b|alle\b|allemaal)/i;
const MAX_DIMENSION_VALUES = 200;

/** Columns whose value differs between rows of the same area. */
function dimensionsOf(
  table: ParsedTable,
  areaColumn: number,
  areaKey: (cell: string) => string,
  skip: Set<number>,
): Dimension[] {
  const dims: Dimension[] = [];
  for (let j = 0; j < table.header.length; j++) {
    if (skip.has(j)) continue;
    const first = new Map<string, string>();
    let varies = false;
    for (const { cells } of table.rows) {
      const area = areaKey(cells[areaColumn] ?? '');
      const value = (cells[j] ?? '').trim();
      const seen = first.get(area);
      if (seen === undefined) first.set(area, value);
      else if (seen !== value) {
        varies = true;
        break;
      }
    }
    if (!varies) continue;
    const values = [...new Set(table.rows.map((r) => (r.cells[j] ?? '').trim()))];
    if (values.length > MAX_DIMENSION_VALUES) continue;
    dims.push({ column: j, values, preferred: values.find((v) => TOTAL.test(v)) ?? values[0] });
  }
  return dims;
}

export type DetectResult = { detection: Detection; error?: undefined } | { error: RowError; detection?: undefined };

function column(table: ParsedTable, j: number): string[] {
  return table.rows.map((r) => r.cells[j] ?? '');
}

/**
 * Finds the area column (codes first, then gemeente names), the period column and the value
 * columns; `areaColumn` is the user's choice of area column, when they made one.
 */
export function detectColumns(table: ParsedTable, refs: AreaReference[], forcedArea?: number): DetectResult {
  const width = table.header.length;
  const gemeenteNames = new Set(refs.filter((r) => r.level === 'gemeente').flatMap((r) => r.names.map(normaliseName)));
  let bestCodes = { j: -1, n: 0 };
  let bestNames = { j: -1, n: 0 };
  for (let j = 0; j < width; j++) {
    if (forcedArea !== undefined && j !== forcedArea) continue;
    let codes = 0;
    let names = 0;
    for (const cell of column(table, j)) {
      if (AREA_CODE.test(codeOf(cell))) codes++;
      // A name has letters: numbers are not normalised to be looked up.
      else if (HAS_LETTER.test(cell) && gemeenteNames.has(normaliseName(cell))) names++;
    }
    if (codes > bestCodes.n) bestCodes = { j, n: codes };
    if (names > bestNames.n) bestNames = { j, n: names };
  }
  const rowCount = table.rows.length;
  let areaColumn: number;
  let areaKind: Detection['areaKind'];
  let level: AreaLevel = 'gemeente';
  if (bestCodes.n > 0 && bestCodes.n >= bestNames.n) {
    areaColumn = bestCodes.j;
    areaKind = 'code';
    const byLevel = new Map<AreaLevel, number>();
    for (const cell of column(table, areaColumn)) {
      const l = LEVEL_OF_PREFIX[codeOf(cell).slice(0, 2)];
      if (l && AREA_CODE.test(codeOf(cell))) byLevel.set(l, (byLevel.get(l) ?? 0) + 1);
    }
    level = [...byLevel].sort((a, b) => b[1] - a[1])[0][0];
  } else if (bestNames.n > 0) {
    areaColumn = bestNames.j;
    areaKind = 'naam';
  } else {
    if (forcedArea !== undefined)
      return {
        error: {
          row: table.headerRow,
          column: table.header[forcedArea] ?? ALL_COLUMNS,
          message: 'deze kolom heeft geen gebiedscodes (GM0505, WK050501, BU05050101) of gemeentenamen',
        },
      };
    return {
      error: {
        row: table.headerRow,
        column: ALL_COLUMNS,
        message: `geen kolom met gebiedscodes (GM0505, WK050501, BU05050101) of gemeentenamen gevonden in ${rowCount} rijen`,
      },
    };
  }
  let periodColumn: number | null = null;
  for (let j = 0; j < width && periodColumn === null; j++) {
    if (j === areaColumn) continue;
    const cells = column(table, j).filter((c) => c.trim() !== '');
    const cbs = cells.filter((c) => CBS_PERIOD.test(c.trim())).length;
    if (
      (PERIOD_HEADER.test(table.header[j]) && cells.every((c) => periodYear(c) !== null)) ||
      (cells.length > 0 && cbs === cells.length)
    )
      periodColumn = j;
  }
  const periods = periodColumn === null ? [] : [...new Set(column(table, periodColumn).map((c) => c.trim()))];
  const valueColumns: number[] = [];
  for (let j = 0; j < width; j++) {
    if (j === areaColumn || j === periodColumn || /^id$/i.test(table.header[j])) continue;
    const cells = column(table, j).filter((c) => c.trim() !== '');
    const usable = cells.filter(
      (c) => parseCell(c, 'punt').kind !== 'invalid' || parseCell(c, 'komma').kind !== 'invalid',
    ).length;
    if (cells.length > 0 && usable >= cells.length / 2) valueColumns.push(j);
  }
  const areaKey = areaKind === 'code' ? codeOf : normaliseName;
  const skip = new Set([areaColumn, ...(periodColumn === null ? [] : [periodColumn]), ...valueColumns]);
  table.header.forEach((h, j) => {
    if (/^id$/i.test(h)) skip.add(j);
  });
  const dimensions = dimensionsOf(table, areaColumn, areaKey, skip);
  const { decimal, reason } = detectDecimal(
    valueColumns.flatMap((j) => column(table, j)),
    table.delimiter,
  );
  const perColumn = columnDecimals(new Map(valueColumns.map((j) => [j, column(table, j)])), decimal);
  const levelRefs = refs.filter((r) => r.level === level);
  const matches = (ref: AreaReference) => {
    const known = areaKind === 'code' ? new Set(ref.codes) : new Set(ref.names.map(normaliseName));
    return column(table, areaColumn).filter((c) => known.has(areaKind === 'code' ? codeOf(c) : normaliseName(c)))
      .length;
  };
  const latestPeriod = periods
    .map(periodYear)
    .filter((y): y is number => y !== null)
    .sort((a, b) => b - a)[0];
  const years = levelRefs
    .map((r) => ({ year: r.year, n: matches(r) }))
    // Most matches first; on a tie the boundary year nearest the figures' period, else the older.
    .sort(
      (a, b) =>
        b.n - a.n ||
        (latestPeriod !== undefined
          ? Math.abs(a.year - latestPeriod) - Math.abs(b.year - latestPeriod)
          : a.year - b.year),
    )
    .map((r) => r.year);
  return {
    detection: {
      areaColumn,
      areaKind,
      level,
      periodColumn,
      periods,
      valueColumns,
      dimensions,
      decimal,
      decimalReason: reason,
      columnDecimals: perColumn,
      years,
    },
  };
}
