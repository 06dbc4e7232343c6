// Own tables in: a CSV as CBS StatLine exports it or as a spreadsheet saves it is read with
// papaparse, its area, period and value columns are detected, and it is joined to the areas of
// one level and year. Nothing here touches the atlas: the result is a report and the values the
// user confirms or cancels (see ownIndicators.ts for what a confirmed column becomes).
import { csvErrorText } from './csvErrors';
import Papa from 'papaparse';
import type { AreaLevel } from './geography';
import type { RowError } from './poiImport';
import { parseCell, detectDecimal, type Decimal } from './numberCells';

export type { RowError };

export interface ParsedTable {
  delimiter: string;
  /** 1-based record number of the header. */
  headerRow: number;
  header: string[];
  /** Data records with their 1-based record numbers. */
  rows: { row: number; cells: string[] }[];
  /** Records left out: titles, footnotes, wrong field counts, broken quotes. */
  skipped: RowError[];
}

export type ParseResult = { table: ParsedTable; error?: undefined } | { error: RowError; table?: undefined };

const DELIMITERS = [';', ',', '\t'];
const ALL_COLUMNS = 'alle kolommen';
const nonEmpty = (cells: string[]) => cells.filter((c) => c.trim() !== '').length;

/** The delimiter whose most frequent field count (above 1) is the most frequent among the first records. */
function guessDelimiter(text: string): { delimiter: string; width: number } | null {
  let best: { delimiter: string; width: number; freq: number } | null = null;
  for (const delimiter of DELIMITERS) {
    const { data } = Papa.parse<string[]>(text, { delimiter, preview: 200, skipEmptyLines: false });
    const counts = new Map<number, number>();
    for (const r of data) if (nonEmpty(r) > 0) counts.set(r.length, (counts.get(r.length) ?? 0) + 1);
    let width = 0;
    let freq = 0;
    for (const [w, f] of counts)
      if (w > 1 && (f > freq || (f === freq && w > width))) {
        width = w;
        freq = f;
      }
    if (width > 1 && (!best || freq > best.freq)) best = { delimiter, width, freq };
  }
  return best;
}

/** Unique, non-empty column names. */
function headerNames(cells: string[]): string[] {
  const seen = new Map<string, number>();
  return cells.map((c, j) => {
    const name = c.trim() || `kolom ${j + 1}`;
    const n = (seen.get(name) ?? 0) + 1;
    seen.set(name, n);
    return n === 1 ? name : `${name} (${n})`;
  });
}

export { decodeBytes } from './decode';

/** Reads the records; never throws: a file that cannot be a table is one error naming a row and a column. */
export function parseTable(text: string): ParseResult {
  const clean = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  if (clean.trim() === '') return { error: { row: 1, column: ALL_COLUMNS, message: 'het bestand is leeg' } };
  const guess = guessDelimiter(clean);
  if (!guess)
    return {
      error: {
        row: 1,
        column: ALL_COLUMNS,
        message:
          'geen scheidingsteken gevonden: elke regel heeft één kolom (verwacht ; of , of tab tussen de kolommen)',
      },
    };
  const { data, errors } = Papa.parse<string[]>(clean, { delimiter: guess.delimiter, skipEmptyLines: false });
  const broken = new Map<number, string>();
  for (const e of errors) if (typeof e.row === 'number') broken.set(e.row, csvErrorText(e));
  const headerIndex = data.findIndex((r, i) => !broken.has(i) && r.length === guess.width && nonEmpty(r) >= 2);
  if (headerIndex < 0)
    return {
      error: { row: 1, column: ALL_COLUMNS, message: `geen kopregel met ${guess.width} gevulde kolommen gevonden` },
    };
  const skipped: RowError[] = [];
  for (let i = 0; i < headerIndex; i++)
    if (nonEmpty(data[i]) > 0)
      skipped.push({ row: i + 1, column: ALL_COLUMNS, message: 'regel vóór de kopregel (titel) overgeslagen' });
  const rows: ParsedTable['rows'] = [];
  for (let i = headerIndex + 1; i < data.length; i++) {
    const cells = data[i];
    const filled = nonEmpty(cells);
    if (filled === 0) continue;
    if (broken.has(i)) skipped.push({ row: i + 1, column: ALL_COLUMNS, message: `overgeslagen: ${broken.get(i)}` });
    else if (cells.length !== guess.width) {
      skipped.push({
        row: i + 1,
        column: ALL_COLUMNS,
        message:
          filled === 1
            ? 'toelichting of voetnoot overgeslagen'
            : `overgeslagen: ${cells.length} velden, de kopregel heeft er ${guess.width}`,
      });
    } else rows.push({ row: i + 1, cells });
  }
  return {
    table: {
      delimiter: guess.delimiter,
      headerRow: headerIndex + 1,
      header: headerNames(data[headerIndex]),
      rows,
      skipped,
    },
  };
}

/** The areas of one level and year an import can join to. */
export interface AreaReference {
  level: AreaLevel;
  year: number;
  codes: string[];
  names: string[];
}

const AREA_CODE = /^(GM\d{4}|WK\d{6}|BU\d{8})$/;
/** StatLine's other region codes: Nederland, landsdelen, provincies, COROP, GGD-regio's, … */
const OTHER_REGION = /^[A-Z]{2}\d{2,4}$/;
const LEVEL_OF_PREFIX: Record<string, AreaLevel> = { GM: 'gemeente', WK: 'wijk', BU: 'buurt' };

/** StatLine pads codes with spaces ("GM0505  "); some exports add quotes or lower case. */
export const codeOf = (cell: string) => cell.trim().toUpperCase();

/** Everyday names of gemeenten whose official (CBS) name differs. */
const NAME_ALIASES: Record<string, string> = { 'den haag': 's gravenhage', 'den bosch': 's hertogenbosch' };

/** A gemeente name compared without case, accents, dots, apostrophes or StatLine's "(gemeente)". */
export function normaliseName(name: string): string {
  const plain = name
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase()
    .replace(/\(gemeente\)/g, '')
    .replace(/[.'’`]/g, '')
    .replace(/[-\s]+/g, ' ')
    .trim();
  return Object.hasOwn(NAME_ALIASES, plain) ? NAME_ALIASES[plain] : plain;
}

const AGGREGATE_NAME = /^(nederland|.*\((pv|ld|cr)\))$/;

const PERIOD_HEADER = /^(perioden?|jaar|jaren|year|peildatum)$/i;
const CBS_PERIOD = /^(\d{4})(JJ00|KW0[1-4]|MM(0[1-9]|1[0-2])|HJ0[12])$/;

/** "2022JJ00" → "2022", "2022KW01" → "2022 kwartaal 1"; anything else as written. */
export function periodLabel(raw: string): string {
  const t = raw.trim();
  const m = CBS_PERIOD.exec(t);
  if (!m) return t;
  const [, year, part] = m;
  if (part === 'JJ00') return year;
  if (part.startsWith('KW')) return `${year} kwartaal ${Number(part.slice(2))}`;
  if (part.startsWith('MM')) return `${year} maand ${Number(part.slice(2))}`;
  return `${year} ${part === 'HJ01' ? 'eerste' : 'tweede'} halfjaar`;
}

/** The year a period starts in, when it has one. */
export function periodYear(raw: string): number | null {
  const m = /^(\d{4})/.exec(raw.trim());
  return m ? Number(m[1]) : null;
}

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
      else if (gemeenteNames.has(normaliseName(cell))) names++;
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
      years,
    },
  };
}

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
  /** Values kept of the dimension columns; rows with another value are skipped and counted. */
  filters?: { column: number; value: string }[];
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
    const isNational = codeOf(raw) === 'NL01' || normaliseName(raw) === 'nederland';
    if (isNational) readNational(report, cells, options.decimal);
    if (!code) {
      if (
        isNational ||
        (options.areaKind === 'code' ? OTHER_REGION.test(k) && !AREA_CODE.test(k) : AGGREGATE_NAME.test(k))
      )
        report.aggregates.push({ row, value: raw.trim() });
      else if (options.areaKind === 'code' && AREA_CODE.test(k) && LEVEL_OF_PREFIX[k.slice(0, 2)] !== options.level)
        report.otherLevel.push({ row, code: k });
      else {
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
      const cell = parseCell(cells[col.column] ?? '', options.decimal);
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

function readNational(report: JoinReport, cells: string[], decimal: Decimal): void {
  for (const col of report.columns) {
    const cell = parseCell(cells[col.column] ?? '', decimal);
    if (cell.kind === 'number' && col.national === null) col.national = cell.value;
  }
}
