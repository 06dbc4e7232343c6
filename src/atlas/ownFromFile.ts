// One column of a file as an own indicator, the way the import dialog makes it with its defaults:
// parsed, its columns detected, joined to the indeling of the chosen year and turned into an
// indicator. The command line reads own files through this one function; errors are in Dutch and
// name what is wrong.
import { columnMeaning, guessDenominator, headerLabel, perOf } from './columnMeaning';
import { findDenominator } from './denominators';
import { lawOfName, type Law } from './laws';
import { LEVEL_LABELS, LEVEL_YEARS, type AreaLevel } from './geography';
import type { IndicatorDef } from './indicators';
import {
  MAX_OWN_NAME,
  choiceProblems,
  ownDef,
  ownFromColumn,
  type ColumnChoice,
  type OwnIndicator,
} from './ownIndicators';
import { detectColumns, type Detection } from './tableDetect';
import { joinOptionsFor, joinTable, type JoinReport } from './tableJoin';
import type { AreaReference } from './tableKeys';
import { ALL_COLUMNS, parseTable, type RowError } from './tableParse';

/** The denominators by the short names the command line takes. */
export const NOEMERS: Record<string, string> = {
  inwoners: 'inwoners',
  '0-14': 'inwoners_0_14',
  '15-64': 'inwoners_15_64',
  '15+': 'inwoners_15plus',
  '65+': 'inwoners_65plus',
  huishoudens: 'huishoudens',
};

export class OwnFileError extends Error {}

export interface OwnFileRequest {
  /** The file's name, for the source line and the messages. */
  file: string;
  /** The value column, by its header (case and surrounding spaces ignored). */
  column: string;
  level: AreaLevel;
  year: number;
  /** Count or figure as given; by default what the column's name says. */
  kind?: 'count' | 'rate';
  /** A denominator id (denominators.ts) for a count; by default the one the name suggests. */
  denominator?: string;
  /** The law whose users a count counts; by default the one the name speaks of (null: none). */
  law?: Law | null;
}

export interface OwnFile {
  own: OwnIndicator;
  def: IndicatorDef;
  report: JoinReport;
  detection: Detection;
}

/**
 * What a value column becomes unless the user says otherwise: named after its header and period, a
 * count or a figure as its name says, a count per its suggested reference population. The import
 * dialog starts from it; the command line's --soort and --noemer override kind and denominator.
 */
export function defaultColumnChoice(
  header: string,
  column: number,
  decimals: number,
  period: string | null,
  override: { kind?: 'count' | 'rate'; denominator?: string; law?: Law | null } = {},
): ColumnChoice {
  const meaning = columnMeaning(header, decimals);
  const kind = override.kind ?? meaning.kind;
  const denominator = kind === 'count' ? (override.denominator ?? guessDenominator(header)) : null;
  return {
    column,
    name: `${headerLabel(meaning.name)}${period ? ` ${period}` : ''}`.slice(0, MAX_OWN_NAME),
    kind,
    denominator,
    per: perOf(denominator),
    unit: meaning.unit,
    higherMeansMoreNeed: null,
    law: kind === 'count' ? (override.law === undefined ? lawOfName(header) : override.law) : null,
  };
}

const where = (e: RowError) => (e.column === ALL_COLUMNS ? `rij ${e.row}` : `rij ${e.row}, kolom "${e.column}"`);
const same = (a: string) => a.trim().toLowerCase();

export function ownFromFile(text: string, request: OwnFileRequest, refs: AreaReference[], importedAt: string): OwnFile {
  const { file, level, year } = request;
  const parsed = parseTable(text);
  if (parsed.error) throw new OwnFileError(`${file}: ${where(parsed.error)}: ${parsed.error.message}.`);
  const { table } = parsed;
  const found = detectColumns(table, refs);
  if (found.error) throw new OwnFileError(`${file}: ${found.error.message}.`);
  const { detection } = found;
  if (detection.level !== level)
    throw new OwnFileError(
      `${file} heeft geen ${LEVEL_LABELS[level].one}codes: de gebieden zijn ${LEVEL_LABELS[detection.level].many} (kolom "${table.header[detection.areaColumn]}").`,
    );
  if (!LEVEL_YEARS[level].includes(year))
    throw new OwnFileError(
      `Er is geen ${LEVEL_LABELS[level].one}indeling van ${year}; kies ${LEVEL_YEARS[level].join(' of ')}.`,
    );
  const column = table.header.findIndex((h) => same(h) === same(request.column));
  if (column < 0)
    throw new OwnFileError(
      `Kolom "${request.column}" staat niet in ${file}. De kolommen zijn: ${table.header.map((h) => `"${h.trim()}"`).join(', ')}.`,
    );
  if (!detection.valueColumns.includes(column))
    throw new OwnFileError(`Kolom "${table.header[column].trim()}" in ${file} heeft geen getallen.`);
  const options = { ...joinOptionsFor(detection, { year }), valueColumns: [column] };
  const report = joinTable(table, options, refs);
  const choice = defaultColumnChoice(table.header[column], column, report.columns[0]?.decimals ?? 0, options.period, {
    kind: request.kind,
    denominator: request.denominator,
    law: request.law,
  });
  if (choice.denominator && !findDenominator(choice.denominator))
    throw new OwnFileError(`Onbekende noemer "${choice.denominator}".`);
  const problems = choiceProblems([choice], report);
  if (problems.length > 0) throw new OwnFileError(`${file}: ${problems.join(' ')}`);
  const own = ownFromColumn(report, choice, file, options.period, importedAt);
  return { own, def: ownDef(own), report, detection };
}
