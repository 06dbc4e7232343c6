// The one CSV writer of the atlas: the table, ranked list, comparison and list exports and the
// command line all write through it. Two dialects: ";" with decimal comma for spreadsheets set to
// Dutch (with a BOM, so Excel reads UTF-8), "," with decimal point for everything else. Text never
// starts a formula (OWASP CSV injection); numbers the atlas writes itself stay numbers, with fixed
// decimals where the screen shows them so.

export type CsvDialect = 'nl' | 'en';

export const DIALECTS: Record<CsvDialect, { label: string; delimiter: string; locale: string }> = {
  nl: { label: 'puntkomma en decimaalkomma (Excel, Nederlands)', delimiter: ';', locale: 'nl-NL' },
  en: { label: 'komma en decimaalpunt (internationaal, R, Python)', delimiter: ',', locale: 'en-US' },
};

export const isCsvDialect = (v: unknown): v is CsvDialect => v === 'nl' || v === 'en';

/** A number written with exactly this many decimals ("76,0", "1,010"), as the screen shows it. */
export interface Fixed {
  value: number;
  decimals: number;
}

export type Cell = string | number | Fixed | null;

/** A number with fixed decimals; null stays an empty cell. */
export const fixed = (value: number | null, decimals: number): Fixed | null =>
  value === null || !Number.isFinite(value) ? null : { value, decimals };

/** The decimals a column of counts needs: none when every value is whole, else one. */
export function countDecimals(values: (number | null)[]): number {
  return values.every((v) => v === null || Math.abs(v - Math.round(v)) < 1e-9) ? 0 : 1;
}

/** A text a spreadsheet would run as a formula: it gets a leading '. */
export const FORMULA_START = /^[=+\-@\t\r]/;

export interface CsvOptions {
  dialect: CsvDialect;
  /** A UTF-8 byte order mark; by default for the Dutch (Excel) dialect only. */
  bom?: boolean;
  /** Line ending; by default CRLF, as spreadsheets write it. */
  newline?: '\n' | '\r\n';
}

/** A number as the dialect writes it, without grouping: 1234,5 or 1234.5 (fixed: always that many decimals). */
export function numberText(v: number, dialect: CsvDialect, decimals = 10, fixedDecimals = false): string {
  return v.toLocaleString(DIALECTS[dialect].locale, {
    useGrouping: false,
    maximumFractionDigits: decimals,
    minimumFractionDigits: fixedDecimals ? decimals : 0,
  });
}

function field(value: Cell, dialect: CsvDialect): string {
  if (value === null) return '';
  const text =
    typeof value === 'number'
      ? numberText(value, dialect)
      : typeof value === 'object'
        ? numberText(value.value, dialect, value.decimals, true)
        : FORMULA_START.test(value)
          ? `'${value}`
          : value;
  return text.includes(DIALECTS[dialect].delimiter) || /["\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** The header and the rows: a plain table that Excel (Dutch dialect) and pandas (either) read
 *  without options. What the figures are goes in a separate toelichting (exportNotes.ts). */
export function csvText(header: string[], rows: Cell[][], options: CsvOptions): string {
  const { dialect } = options;
  const d = DIALECTS[dialect].delimiter;
  const lines = [
    header.map((h) => field(h, dialect)).join(d),
    ...rows.map((r) => r.map((v) => field(v, dialect)).join(d)),
  ];
  const newline = options.newline ?? '\r\n';
  return `${(options.bom ?? dialect === 'nl') ? '\uFEFF' : ''}${lines.join(newline)}${newline}`;
}

/** What the command line prints: plain comma-separated text, one line per row. */
export function plainCsv(header: string[], rows: Cell[][]): string {
  return csvText(header, rows, { dialect: 'en', bom: false, newline: '\n' });
}
