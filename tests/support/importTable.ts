// Own tables for the importer's tests: the real areas to join to, and a file run through parse,
// detect and join with the options the import dialog would take by default.
import { readTable } from '../../src/cli/generated';
import { joinOptionsFor, joinTable, type JoinOptions } from '../../src/atlas/tableJoin';
import { detectColumns } from '../../src/atlas/tableDetect';
import type { AreaReference } from '../../src/atlas/tableKeys';
import { parseTable } from '../../src/atlas/tableParse';

export const ref = (level: 'gemeente' | 'wijk' | 'buurt', year: number): AreaReference => {
  const t = readTable(level, year);
  return { level, year, codes: t.codes, names: t.names };
};
export const REFS: AreaReference[] = [ref('gemeente', 2015), ref('gemeente', 2023)];

/** Parses, detects and joins with the detected options (the dialog's defaults). */
export function importWithDefaults(text: string, refs = REFS, overrides: Partial<JoinOptions> = {}) {
  const parsed = parseTable(text);
  if (parsed.error) return { parsed, error: parsed.error };
  const detected = detectColumns(parsed.table, refs);
  if (detected.error) return { parsed, error: detected.error };
  const d = detected.detection;
  const options: JoinOptions = { ...joinOptionsFor(d), ...overrides };
  return { parsed, detection: d, report: joinTable(parsed.table, options, refs), options };
}

/** A StatLine "CSV met puntkomma" export: ID, Perioden, RegioS padded to 8, quoted, "." for secret. */
export function statline(rows: [string, string][], period = '2015JJ00', measure = 'JongerenMetJeugdhulp_1'): string {
  const lines = [`"ID";"Perioden";"RegioS";"${measure}"`];
  rows.forEach(([code, value], i) => lines.push(`"${i}";"${period}";"${code.padEnd(8)}";"${value.padStart(8)}"`));
  return lines.join('\r\n');
}
