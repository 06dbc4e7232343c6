// KWB CSV → columnar AreaTable. -99999999 (CBS: secret or not available) becomes null, never 0.
import Papa from 'papaparse';
import type { AreaTable } from '../../src/atlas/indicators';
import type { AreaLevel } from '../../src/atlas/geography';
import { csvIssues, type PipelineIssue } from './validate';

export const KWB_MISSING = -99999999;

const TEXT_COLUMNS = new Set(['GM_CODE', 'GM_NAAM', 'WK_CODE', 'WK_NAAM', 'BU_CODE', 'BU_NAAM']);
const CODE_COLUMN: Record<AreaLevel, string> = { gemeente: 'GM_CODE', wijk: 'WK_CODE', buurt: 'BU_CODE' };
const NAME_COLUMN: Record<AreaLevel, string> = { gemeente: 'GM_NAAM', wijk: 'WK_NAAM', buurt: 'BU_NAAM' };

export interface ParsedTable {
  table: AreaTable;
  issues: PipelineIssue[];
}

/** A numeric cell as the pipeline stores it: null for the CBS missing code, NaN for anything unreadable. */
export function parseKwbNumber(raw: string): number | null {
  const text = raw.trim();
  if (text === '') return Number.NaN;
  const value = Number(text);
  if (value === KWB_MISSING) return null;
  return value;
}

export function tableFromKwbCsv(
  csv: string,
  level: AreaLevel,
  year: number,
  file: string,
  source: string,
): ParsedTable {
  const parsed = Papa.parse<Record<string, string>>(csv, { header: true, skipEmptyLines: true });
  const issues = csvIssues(parsed.errors, file);
  const header = parsed.meta.fields ?? [];
  for (const required of [CODE_COLUMN[level], NAME_COLUMN[level]]) {
    if (!header.includes(required)) issues.push({ severity: 'error', file, message: `kolom ${required} ontbreekt` });
  }
  const numeric = header.filter((h) => !TEXT_COLUMNS.has(h) && h !== 'IND_WBI');
  const table: AreaTable = { level, year, source, codes: [], names: [], parents: {}, columns: {} };
  if (level !== 'gemeente') table.parents.gm = [];
  if (level === 'buurt') table.parents.wk = [];
  for (const column of numeric) table.columns[column] = [];
  parsed.data.forEach((row, index) => {
    const code = (row[CODE_COLUMN[level]] ?? '').trim();
    table.codes.push(code);
    table.names.push((row[NAME_COLUMN[level]] ?? '').trim());
    table.parents.gm?.push(row.GM_CODE?.trim() || null);
    table.parents.wk?.push(row.WK_CODE?.trim() || null);
    for (const column of numeric) {
      const value = parseKwbNumber(row[column] ?? '');
      if (Number.isNaN(value)) {
        issues.push({
          severity: 'error',
          file,
          code,
          message: `regel ${index + 2}, kolom ${column}: "${row[column] ?? ''}" is geen getal`,
        });
      }
      table.columns[column].push(Number.isNaN(value) ? null : value);
    }
  });
  return { table, issues };
}

/** 2023 gemeente table from the geojson properties, with columns renamed by a mapping. */
export function tableFromProperties(
  rows: Record<string, unknown>[],
  mapping: Record<string, string>,
  level: AreaLevel,
  year: number,
  codeKey: string,
  nameKey: string,
  source: string,
): AreaTable {
  const table: AreaTable = { level, year, source, codes: [], names: [], parents: {}, columns: {} };
  for (const column of Object.values(mapping)) table.columns[column] = [];
  for (const row of rows) {
    table.codes.push(String(row[codeKey]));
    table.names.push(String(row[nameKey]));
    for (const [from, to] of Object.entries(mapping)) {
      const value = row[from];
      table.columns[to].push(typeof value === 'number' && value !== KWB_MISSING ? value : null);
    }
  }
  return table;
}

/**
 * A gemeente CSV of the kit whose missing cells are empty (KWB 2022): every column but code and
 * name is numeric; columns are renamed by the mapping (unmapped ones keep their name).
 */
export function tableFromSparseCsv(
  csv: string,
  mapping: Record<string, string>,
  level: AreaLevel,
  year: number,
  codeColumn: string,
  nameColumn: string,
  file: string,
  source: string,
): ParsedTable {
  const parsed = Papa.parse<Record<string, string>>(csv, { header: true, skipEmptyLines: true });
  const issues = csvIssues(parsed.errors, file);
  const header = parsed.meta.fields ?? [];
  for (const required of [codeColumn, nameColumn]) {
    if (!header.includes(required)) issues.push({ severity: 'error', file, message: `kolom ${required} ontbreekt` });
  }
  const numeric = header.filter((h) => h !== codeColumn && h !== nameColumn);
  const renamed = (column: string) => (Object.hasOwn(mapping, column) ? mapping[column] : column);
  const table: AreaTable = { level, year, source, codes: [], names: [], parents: {}, columns: {} };
  for (const column of numeric) table.columns[renamed(column)] = [];
  parsed.data.forEach((row, index) => {
    const code = (row[codeColumn] ?? '').trim();
    table.codes.push(code);
    table.names.push((row[nameColumn] ?? '').trim());
    for (const column of numeric) {
      const text = (row[column] ?? '').trim();
      const value = text === '' ? null : Number(text);
      if (value !== null && !Number.isFinite(value)) {
        issues.push({
          severity: 'error',
          file,
          code,
          message: `regel ${index + 2}, kolom ${column}: "${text}" is geen getal`,
        });
      }
      table.columns[renamed(column)].push(
        value !== null && Number.isFinite(value) && value !== KWB_MISSING ? value : null,
      );
    }
  });
  return { table, issues };
}
