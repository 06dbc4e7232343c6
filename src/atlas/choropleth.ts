// One indicator at one level and year, classified: what the map colours, the legend counts and
// the headless table prints. Both the browser and the CLI go through buildChoropleth().
import { classifyValues, type ClassResult, type Classification } from './classify';
import type { Areas } from './areas';
import type { AreaValue, IndicatorDef } from './indicators';
import { plainCsv } from './csv';

export interface Choropleth {
  def: IndicatorDef;
  areas: Areas;
  values: AreaValue[];
  result: ClassResult;
  /** Row per code, to join geometry features with values. */
  rowOf: Map<string, number>;
}

/** A class indicator (stedelijkheid 1–5) is shown in its own classes, whatever was chosen for quantities. */
export function classesOfOrdinal(def: IndicatorDef): Classification | null {
  const n = def.kind === 'ordinal' ? (def.categories?.length ?? 0) : 0;
  return n >= 3 ? { method: 'handmatig', count: n, breaks: Array.from({ length: n - 1 }, (_, i) => i + 1) } : null;
}

/** The name of a class in the legend: its range, or for a class indicator its number and words. */
export function classText(c: Choropleth, index: number, range: string): string {
  const words = c.def.kind === 'ordinal' ? c.def.categories?.[index] : undefined;
  return words ? `${index + 1} — ${words}` : range;
}

export function buildChoropleth(areas: Areas, def: IndicatorDef, chosen: Classification): Choropleth {
  const classification = classesOfOrdinal(def) ?? chosen;
  const values = areas.values(def);
  // Equal values share a class on the map and in the table (the SCP's split rule is for the
  // risk correction's quintiles only).
  const result = classifyValues(values, areas.codes, classification, 'merge');
  return { def, areas, values, result, rowOf: new Map(areas.codes.map((c, i) => [c, i])) };
}

export interface TableRow {
  code: string;
  naam: string;
  /** Value rounded to the decimals the screen shows. */
  waarde: number | null;
  status: AreaValue['status'];
  /** 1-based class, null when missing. */
  klasse: number | null;
}

export function roundTo(value: number, decimals: number): number {
  const f = 10 ** decimals;
  return Math.round(value * f) / f;
}

export function tableRows(c: Choropleth): TableRow[] {
  return c.areas.codes.map((code, i) => {
    const v = c.values[i];
    const k = c.result.classOf[i];
    return {
      code,
      naam: c.areas.names[i],
      waarde: v.value === null ? null : roundTo(v.value, c.def.decimals),
      status: v.status,
      klasse: k < 0 ? null : k + 1,
    };
  });
}

/** The headless table (npm run atlas -- table): code, name, value and class per area. */
export function rowsToCsv(rows: TableRow[]): string {
  return plainCsv(
    ['code', 'naam', 'waarde', 'klasse'],
    rows.map((r) => [r.code, r.naam, r.waarde, r.klasse]),
  );
}
