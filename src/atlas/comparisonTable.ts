// The comparison as rows of text for CSV and JSON: the numbers the screen shows, rounded alike.
import { csvLines, roundTo } from './choropleth';
import type { Comparison } from './comparison';

export interface ComparisonRecord {
  code: string;
  naam: string;
  waargenomen: number | null;
  verwacht: number | null;
  gecorrigeerd: number | null;
  klasse_waargenomen: number | null;
  klasse_gecorrigeerd: number | null;
}

export function comparisonRecords(c: Comparison): ComparisonRecord[] {
  const d = c.model.outcome.decimals;
  const r = (v: number | null) => (v === null ? null : roundTo(v, d));
  return c.rows.map((row) => ({
    code: row.code, naam: row.naam,
    waargenomen: r(row.observed), verwacht: r(row.expected), gecorrigeerd: r(row.corrected),
    klasse_waargenomen: row.classObserved < 0 ? null : row.classObserved + 1,
    klasse_gecorrigeerd: row.classCorrected < 0 ? null : row.classCorrected + 1,
  }));
}

export function comparisonCsv(c: Comparison): string {
  return csvLines(
    'code,naam,waargenomen,verwacht,gecorrigeerd,klasse_waargenomen,klasse_gecorrigeerd',
    comparisonRecords(c).map((r) => [r.code, r.naam, r.waargenomen, r.verwacht, r.gecorrigeerd, r.klasse_waargenomen, r.klasse_gecorrigeerd]),
  );
}

export function modelJson(c: Comparison) {
  const m = c.model;
  return {
    uitkomst: m.outcome.id, factoren: m.factors.map((f) => ({ id: f.id, label: f.label })),
    coefficienten: m.coefficients.map((k) => ({ naam: k.name, schatting: k.estimate, standaardfout: k.standardError })),
    r2: m.r2, n: m.n, landelijk: m.nationalRate,
    weggelaten: m.leftOut.map((l) => ({ code: l.code, naam: l.naam, reden: l.reason })),
  };
}
