// The comparison as rows of text for CSV and JSON: the numbers the screen shows, rounded alike.
import { roundTo } from './choropleth';
import { plainCsv } from './csv';
import type { Comparison } from './comparison';
import { fitText } from './modelFit';
import type { Deviation } from './funnel';

export interface ComparisonRecord {
  code: string;
  naam: string;
  waargenomen: number | null;
  verwacht: number | null;
  gecorrigeerd: number | null;
  klasse_waargenomen: number | null;
  klasse_gecorrigeerd: number | null;
  /** Observed / expected users, three decimals. */
  verhouding: number | null;
  afwijking: Deviation | null;
  /** nee: no figure, or a region with members without a figure (onvolledig). */
  volledig: 'ja' | 'nee';
}

export const COMPARISON_COLUMNS = [
  'code',
  'naam',
  'waargenomen',
  'verwacht',
  'gecorrigeerd',
  'klasse_waargenomen',
  'klasse_gecorrigeerd',
  'verhouding',
  'afwijking',
  'volledig',
] as const;

export function comparisonRecords(c: Comparison): ComparisonRecord[] {
  const d = c.model.outcome.decimals;
  const r = (v: number | null) => (v === null ? null : roundTo(v, d));
  return c.rows.map((row) => ({
    code: row.code,
    naam: row.naam,
    waargenomen: r(row.observed),
    verwacht: r(row.expected),
    gecorrigeerd: r(row.corrected),
    klasse_waargenomen: row.classObserved < 0 ? null : row.classObserved + 1,
    klasse_gecorrigeerd: row.classCorrected < 0 ? null : row.classCorrected + 1,
    verhouding: row.funnel ? roundTo(row.funnel.ratio, 3) : null,
    afwijking: row.funnel?.deviation ?? null,
    volledig: row.observed !== null && !row.incomplete ? 'ja' : 'nee',
  }));
}

export function comparisonCsv(c: Comparison): string {
  return plainCsv(
    [...COMPARISON_COLUMNS],
    comparisonRecords(c).map((r) => COMPARISON_COLUMNS.map((k) => r[k])),
  );
}

export function modelJson(c: Comparison) {
  const m = c.model;
  return {
    uitkomst: m.outcome.id,
    jaar: m.year,
    factoren: m.factors.map((f) => ({ id: f.id, label: f.label })),
    coefficienten: m.coefficients.map((k) => ({ naam: k.name, schatting: k.estimate, standaardfout: k.standardError })),
    r2: m.r2,
    verklaring: fitText(m.r2).text,
    n: m.n,
    landelijk: m.nationalRate,
    weggelaten: m.leftOut.map((l) => ({ code: l.code, naam: l.naam, reden: l.reason })),
  };
}
