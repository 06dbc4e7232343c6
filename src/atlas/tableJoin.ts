// An own table joined to the areas of one level and year: the values of the chosen columns per area,
// and a report of every row that did not join (another level or indeling, Nederland and other
// region kinds, duplicates, another period or dimension) and every cell that is not a number.
import { AREA_LEVELS, LEVEL_YEARS, type AreaLevel } from './geography';
import type { Detection } from './tableDetect';
import { parseCell, type Decimal } from './numberCells';
import {
  AGGREGATE_NAME,
  AREA_CODE,
  LEVEL_OF_PREFIX,
  OTHER_REGION,
  codeOf,
  normaliseName,
  type AreaReference,
} from './tableKeys';
import type { ParsedTable, RowError } from './tableParse';

export interface JoinOptions {
  areaColumn: number;
  areaKind: 'code' | 'naam';
  level: AreaLevel;
  year: number;
  periodColumn: number | null;
  /** The period to keep when the file holds several. */
  period: string | null;
  valueColumns: number[];
  decimal: Decimal;
  /** A column's own decimal sign where it differs from the file's (none once the user chose one for all). */
  columnDecimals?: Record<number, Decimal>;
  /** Values kept of the dimension columns; rows with another value are skipped and counted. */
  filters?: { column: number; value: string }[];
}

/** What a user may choose instead of what was detected. */
export interface JoinChoices {
  year?: number;
  period?: string;
  decimal?: Decimal;
  /** The value kept per dimension column. */
  kept?: Record<number, string>;
}

/**
 * The join options of a detected table: the indeling that matches best (or the one chosen), the
 * latest period, the detected decimal sign, and the total of every other dimension — each unless
 * the user chose otherwise. The import dialog and the command line start from the same options.
 */
export function joinOptionsFor(detection: Detection, choices: JoinChoices = {}): JoinOptions {
  const years = LEVEL_YEARS[detection.level];
  const year =
    choices.year !== undefined && years.includes(choices.year) ? choices.year : (detection.years[0] ?? years[0]);
  const period =
    choices.period && detection.periods.includes(choices.period) ? choices.period : (detection.periods.at(-1) ?? null);
  return {
    areaColumn: detection.areaColumn,
    areaKind: detection.areaKind,
    level: detection.level,
    year,
    periodColumn: detection.periodColumn,
    period,
    valueColumns: detection.valueColumns,
    decimal: choices.decimal ?? detection.decimal,
    ...(choices.decimal ? {} : { columnDecimals: detection.columnDecimals }),
    filters: detection.dimensions.map((d) => {
      const kept = choices.kept?.[d.column];
      return { column: d.column, value: kept !== undefined && d.values.includes(kept) ? kept : d.preferred };
    }),
  };
}

export interface ColumnValues {
  column: number;
  name: string;
  /** Value per matched code; null = secret or unknown in the source ("." or "x"). */
  values: Map<string, number | null>;
  numbers: number;
  secret: number;
  /** "-" cells: CBS's "nihil", read as 0. */
  nihil: number;
  empty: number;
  /** Most decimals seen in a value. */
  decimals: number;
  /** The file's figure for Nederland (NL01), when it has one. */
  national: number | null;
  /** The file's figures for areas above its level (the gemeente rows of a wijk file): reference lines. */
  parents: Map<string, number | null>;
}

export interface JoinReport {
  level: AreaLevel;
  year: number;
  rowsRead: number;
  /** Codes of the areas found, in file order. */
  matched: string[];
  areasInReference: number;
  unmatched: { row: number; value: string }[];
  duplicates: { row: number; code: string; firstRow: number }[];
  otherIndeling: { row: number; code: string; years: number[] }[];
  otherLevel: { row: number; code: string }[];
  /** Rows for Nederland, provinces and other region kinds: not areas of this level. */
  aggregates: { row: number; value: string }[];
  otherPeriod: number;
  /** Rows skipped per dimension column (another kind of care, age group, …). */
  otherDimension: { column: string; rows: number }[];
  /** Cells that are not numbers, and records that could not be read: each names a row and a column. */
  problems: RowError[];
  columns: ColumnValues[];
}

/** Joins the chosen columns to the areas of one level and year; never throws. */
export function joinTable(table: ParsedTable, options: JoinOptions, refs: AreaReference[]): JoinReport {
  const ref = refs.find((r) => r.level === options.level && r.year === options.year);
  const others = refs.filter((r) => r.level === options.level && r.year !== options.year);
  const key = options.areaKind === 'code' ? codeOf : normaliseName;
  const codeFor = new Map<string, string>();
  if (ref) ref.codes.forEach((c, i) => codeFor.set(options.areaKind === 'code' ? c : normaliseName(ref.names[i]), c));
  const report: JoinReport = {
    level: options.level,
    year: options.year,
    rowsRead: 0,
    matched: [],
    areasInReference: ref?.codes.length ?? 0,
    unmatched: [],
    duplicates: [],
    otherIndeling: [],
    otherLevel: [],
    aggregates: [],
    otherPeriod: 0,
    otherDimension: (options.filters ?? []).map((f) => ({
      column: table.header[f.column] ?? String(f.column),
      rows: 0,
    })),
    problems: [...table.skipped],
    columns: options.valueColumns.map((j) => ({
      column: j,
      name: table.header[j],
      values: new Map(),
      numbers: 0,
      secret: 0,
      nihil: 0,
      empty: 0,
      decimals: 0,
      national: null,
      parents: new Map(),
    })),
  };
  const firstRow = new Map<string, number>();
  for (const { row, cells } of table.rows) {
    if (
      options.periodColumn !== null &&
      options.period !== null &&
      (cells[options.periodColumn] ?? '').trim() !== options.period
    ) {
      report.otherPeriod++;
      continue;
    }
    const off = (options.filters ?? []).findIndex((f) => (cells[f.column] ?? '').trim() !== f.value);
    if (off >= 0) {
      report.otherDimension[off].rows++;
      continue;
    }
    report.rowsRead++;
    const raw = cells[options.areaColumn] ?? '';
    const k = key(raw);
    const code = codeFor.get(k);
    const isNational = codeOf(raw) === 'NL01' || (/land/i.test(raw) && normaliseName(raw) === 'nederland');
    if (isNational) readNational(report, cells, options);
    if (!code) {
      if (
        isNational ||
        (options.areaKind === 'code' ? OTHER_REGION.test(k) && !AREA_CODE.test(k) : AGGREGATE_NAME.test(k))
      )
        report.aggregates.push({ row, value: raw.trim() });
      else if (options.areaKind === 'code' && AREA_CODE.test(k) && LEVEL_OF_PREFIX[k.slice(0, 2)] !== options.level) {
        report.otherLevel.push({ row, code: k });
        if (AREA_LEVELS.indexOf(LEVEL_OF_PREFIX[k.slice(0, 2)]) < AREA_LEVELS.indexOf(options.level))
          readParent(report, k, cells, options);
      } else {
        const years = others
          .filter((o) =>
            options.areaKind === 'code' ? o.codes.includes(k) : o.names.some((n) => normaliseName(n) === k),
          )
          .map((o) => o.year);
        if (years.length > 0) report.otherIndeling.push({ row, code: raw.trim(), years });
        else report.unmatched.push({ row, value: raw.trim() });
      }
      continue;
    }
    const first = firstRow.get(code);
    if (first !== undefined) {
      report.duplicates.push({ row, code, firstRow: first });
      continue;
    }
    firstRow.set(code, row);
    report.matched.push(code);
    for (const col of report.columns) {
      const cell = parseCell(cells[col.column] ?? '', options.columnDecimals?.[col.column] ?? options.decimal);
      if (cell.kind === 'number' || cell.kind === 'nihil') {
        col.values.set(code, cell.value);
        if (cell.kind === 'nihil') col.nihil++;
        else col.numbers++;
        col.decimals = Math.max(col.decimals, cell.decimals);
      } else if (cell.kind === 'secret') {
        col.values.set(code, null);
        col.secret++;
      } else if (cell.kind === 'empty') col.empty++;
      else report.problems.push({ row, column: col.name, message: cell.reason });
    }
  }
  return report;
}

function readParent(report: JoinReport, code: string, cells: string[], options: JoinOptions): void {
  for (const col of report.columns) {
    if (col.parents.has(code)) continue;
    const cell = parseCell(cells[col.column] ?? '', options.columnDecimals?.[col.column] ?? options.decimal);
    if (cell.kind === 'number' || cell.kind === 'nihil') col.parents.set(code, cell.value);
    else if (cell.kind === 'secret') col.parents.set(code, null);
  }
}

function readNational(report: JoinReport, cells: string[], options: JoinOptions): void {
  for (const col of report.columns) {
    const cell = parseCell(cells[col.column] ?? '', options.columnDecimals?.[col.column] ?? options.decimal);
    if (cell.kind === 'number' && col.national === null) col.national = cell.value;
  }
}
