// The kit's facts/drechtsteden_2016.csv read at build time: one row per area × indicator, checked,
// and one column F_<indicator> added to the gemeente tables; "." becomes missing (geheim).
import Papa from 'papaparse';
import type { AreaTable } from '../../src/atlas/indicators';
import { FACT_LABELS, FACT_PREFIX, FACTS_REMARK, FACTS_SOURCE, type FactRow, type Facts } from '../catalogue/facts';
import { csvIssues, type PipelineIssue } from './validate';

export function factsFromCsv(csv: string, file: string): { facts: Facts; issues: PipelineIssue[] } {
  const parsed = Papa.parse<Record<string, string>>(csv, { header: true, skipEmptyLines: true });
  const issues = csvIssues(parsed.errors, file);
  const rows: FactRow[] = [];
  parsed.data.forEach((r, i) => {
    const indicator = (r.indicator ?? '').trim();
    const raw = (r.waarde ?? '').trim();
    if (!Object.hasOwn(FACT_LABELS, indicator))
      issues.push({
        severity: 'error',
        file,
        code: r.code,
        message: `regel ${i + 2}: onbekende indicator "${indicator}" (voeg hem toe aan data/catalogue/facts.ts)`,
      });
    if (raw !== '.' && !/^-?\d+(\.\d+)?$/.test(raw))
      issues.push({
        severity: 'error',
        file,
        code: r.code,
        message: `regel ${i + 2}, kolom waarde: "${raw}" is geen getal of "."`,
      });
    rows.push({
      code: (r.code ?? '').trim(),
      naam: (r.naam ?? '').trim(),
      indicator,
      periode: (r.periode ?? '').trim(),
      waarde: raw === '.' ? null : Number(raw),
      toelichting: (r.toelichting ?? '').trim(),
    });
  });
  return { facts: { source: FACTS_SOURCE, remark: FACTS_REMARK, rows }, issues };
}

/** Adds F_<indicator> columns to the gemeente table; gemeenten without the fact get null. */
export function addFactColumns(table: AreaTable, facts: Facts, file: string): PipelineIssue[] {
  const issues: PipelineIssue[] = [];
  const rowOf = new Map(table.codes.map((c, i) => [c, i]));
  for (const indicator of Object.keys(FACT_LABELS))
    table.columns[`${FACT_PREFIX}${indicator}`] = table.codes.map(() => null);
  for (const r of facts.rows) {
    if (r.code === 'NL01') continue;
    const row = rowOf.get(r.code);
    if (row === undefined) {
      issues.push({
        severity: 'error',
        file,
        code: r.code,
        message: `gemeente ${r.code} bestaat niet in ${table.year}`,
      });
      continue;
    }
    const column = table.columns[`${FACT_PREFIX}${r.indicator}`];
    if (column) column[row] = r.waarde;
  }
  return issues;
}
