// The one CSV writer of the atlas: the table, ranked list, comparison and list exports and the
// command line all write through it. Two dialects: ";" with decimal comma for spreadsheets set to
// Dutch (with a BOM, so Excel reads UTF-8), "," with decimal point for everything else. Text never
// starts a formula (OWASP CSV injection); numbers the atlas writes itself stay numbers.

export type CsvDialect = 'nl' | 'en';

export const DIALECTS: Record<CsvDialect, { label: string; delimiter: string; locale: string }> = {
  nl: { label: 'puntkomma en decimaalkomma (Excel, Nederlands)', delimiter: ';', locale: 'nl-NL' },
  en: { label: 'komma en decimaalpunt (internationaal, R, Python)', delimiter: ',', locale: 'en-US' },
};

export const isCsvDialect = (v: unknown): v is CsvDialect => v === 'nl' || v === 'en';

export type Cell = string | number | null;

/** A text a spreadsheet would run as a formula: it gets a leading '. */
export const FORMULA_START = /^[=+\-@\t\r]/;

export interface CsvOptions {
  dialect: CsvDialect;
  /** "#" lines above the header: what the figures are, their source and caveats. */
  comments?: string[];
  /** A UTF-8 byte order mark; by default for the Dutch (Excel) dialect only. */
  bom?: boolean;
  /** Line ending; by default CRLF, as spreadsheets write it. */
  newline?: '\n' | '\r\n';
}

/** A number as the dialect writes it, without grouping: 1234,5 or 1234.5. */
export function numberText(v: number, dialect: CsvDialect, decimals = 10): string {
  return v.toLocaleString(DIALECTS[dialect].locale, { useGrouping: false, maximumFractionDigits: decimals });
}

function field(value: Cell, dialect: CsvDialect): string {
  if (value === null) return '';
  const text = typeof value === 'number' ? numberText(value, dialect) : FORMULA_START.test(value) ? `'${value}` : value;
  return text.includes(DIALECTS[dialect].delimiter) || /["\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** A "#" comment line; any cell a spreadsheet still makes of it cannot start a formula. */
function commentLine(text: string, dialect: CsvDialect): string {
  const d = DIALECTS[dialect].delimiter;
  return `# ${text.replace(/[\r\n\t]+/g, ' ')}`
    .split(d)
    .map((cell, i) => (i > 0 && /^["=+\-@]/.test(cell) ? `'${cell}` : cell))
    .join(d);
}

/** Text the user gave (an own table's name, period, file) for a comment line: its delimiters
 *  become the other dialect's, so it cannot open a new cell. */
export function userText(text: string, dialect: CsvDialect): string {
  const d = DIALECTS[dialect].delimiter;
  return text.split(d).join(d === ';' ? ',' : ';');
}

/** Comment lines, the header and the rows. */
export function csvText(header: string[], rows: Cell[][], options: CsvOptions): string {
  const { dialect } = options;
  const d = DIALECTS[dialect].delimiter;
  const lines = [
    ...(options.comments ?? []).map((c) => commentLine(c, dialect)),
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
