// One indicator at one level and year, classified: what the map colours, the legend counts and
// the headless table prints. Both the browser and the CLI go through buildChoropleth().
import { classifyValues, type ClassResult, type Classification } from './classify';
import type { Areas } from './areas';
import type { AreaValue, IndicatorDef } from './indicators';

export interface Choropleth {
  def: IndicatorDef;
  areas: Areas;
  values: AreaValue[];
  result: ClassResult;
  /** Row per code, to join geometry features with values. */
  rowOf: Map<string, number>;
}

export function buildChoropleth(areas: Areas, def: IndicatorDef, classification: Classification): Choropleth {
  const values = areas.values(def);
  const result = classifyValues(values, areas.codes, classification);
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
      code, naam: c.areas.names[i],
      waarde: v.value === null ? null : roundTo(v.value, c.def.decimals),
      status: v.status,
      klasse: k < 0 ? null : k + 1,
    };
  });
}

function csvField(text: string): string {
  return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function rowsToCsv(rows: TableRow[]): string {
  const lines = ['code,naam,waarde,klasse'];
  for (const r of rows) lines.push([r.code, csvField(r.naam), r.waarde === null ? '' : String(r.waarde), r.klasse === null ? '' : String(r.klasse)].join(','));
  return `${lines.join('\n')}\n`;
}
