// An own table's records: a CSV as CBS StatLine exports it or as a spreadsheet saves it, read with
// papaparse. The delimiter is guessed, titles above the header and footnotes below are skipped,
// and every record that cannot be read is named with its row.
import Papa from 'papaparse';
import { csvErrorText } from './csvErrors';
import type { RowError } from './poiImport';

export type { RowError };

export interface ParsedTable {
  delimiter: string;
  /** 1-based record number of the header. */
  headerRow: number;
  header: string[];
  /** Data records with their 1-based record numbers. */
  rows: { row: number; cells: string[] }[];
  /** Records left out: titles, footnotes, wrong field counts, broken quotes. */
  skipped: RowError[];
}

export type ParseResult = { table: ParsedTable; error?: undefined } | { error: RowError; table?: undefined };

const DELIMITERS = [';', ',', '\t'];
export const ALL_COLUMNS = 'alle kolommen';
/** A problem of the whole file rather than of one cell. */
export const wholeFile = (message: string): RowError => ({ row: 1, column: ALL_COLUMNS, message });
const nonEmpty = (cells: string[]) => cells.filter((c) => c.trim() !== '').length;

/** The delimiter whose most frequent field count (above 1) is the most frequent among the first records. */
function guessDelimiter(text: string): { delimiter: string; width: number } | null {
  let best: { delimiter: string; width: number; freq: number } | null = null;
  for (const delimiter of DELIMITERS) {
    const { data } = Papa.parse<string[]>(text, { delimiter, preview: 200, skipEmptyLines: false });
    const counts = new Map<number, number>();
    for (const r of data) if (nonEmpty(r) > 0) counts.set(r.length, (counts.get(r.length) ?? 0) + 1);
    let width = 0;
    let freq = 0;
    for (const [w, f] of counts)
      if (w > 1 && (f > freq || (f === freq && w > width))) {
        width = w;
        freq = f;
      }
    if (width > 1 && (!best || freq > best.freq)) best = { delimiter, width, freq };
  }
  return best;
}

/** Unique, non-empty column names. */
function headerNames(cells: string[]): string[] {
  const seen = new Map<string, number>();
  return cells.map((c, j) => {
    const name = c.trim() || `kolom ${j + 1}`;
    const n = (seen.get(name) ?? 0) + 1;
    seen.set(name, n);
    return n === 1 ? name : `${name} (${n})`;
  });
}

/** Records of the whole text in chunks of about a megabyte, telling the share read after each. */
function records(
  text: string,
  delimiter: string,
  onProgress?: (share: number) => void,
): { data: string[][]; errors: Papa.ParseError[] } {
  const data: string[][] = [];
  const errors: Papa.ParseError[] = [];
  Papa.parse<string[]>(text, {
    delimiter,
    skipEmptyLines: false,
    chunkSize: 1 << 20,
    chunk: (result: Papa.ParseResult<string[]>) => {
      // A chunk's error rows count from the chunk's first record.
      for (const e of result.errors) errors.push(typeof e.row === 'number' ? { ...e, row: e.row + data.length } : e);
      for (const r of result.data) data.push(r);
      onProgress?.(Math.min(1, result.meta.cursor / text.length));
    },
    // Called at the end; the records are already in.
    complete: () => undefined,
  });
  return { data, errors };
}

/**
 * Reads the records; never throws: a file that cannot be a table is one error naming a row and a
 * column. `onProgress` hears the share of the text read (a long file reads in a worker with a bar).
 */
export function parseTable(text: string, onProgress?: (share: number) => void): ParseResult {
  const clean = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  if (clean.trim() === '') return { error: wholeFile('het bestand is leeg') };
  const guess = guessDelimiter(clean);
  if (!guess)
    return {
      error: wholeFile(
        'geen scheidingsteken gevonden: elke regel heeft één kolom (verwacht ; of , of tab tussen de kolommen)',
      ),
    };
  const { data, errors } = records(clean, guess.delimiter, onProgress);
  const broken = new Map<number, string>();
  for (const e of errors) if (typeof e.row === 'number') broken.set(e.row, csvErrorText(e));
  const headerIndex = data.findIndex((r, i) => !broken.has(i) && r.length === guess.width && nonEmpty(r) >= 2);
  if (headerIndex < 0)
    return {
      error: wholeFile(`geen kopregel met ${guess.width} gevulde kolommen gevonden`),
    };
  const skipped: RowError[] = [];
  for (let i = 0; i < headerIndex; i++)
    if (nonEmpty(data[i]) > 0)
      skipped.push({ row: i + 1, column: ALL_COLUMNS, message: 'regel vóór de kopregel (titel) overgeslagen' });
  const rows: ParsedTable['rows'] = [];
  for (let i = headerIndex + 1; i < data.length; i++) {
    const cells = data[i];
    const filled = nonEmpty(cells);
    if (filled === 0) continue;
    if (broken.has(i)) skipped.push({ row: i + 1, column: ALL_COLUMNS, message: `overgeslagen: ${broken.get(i)}` });
    else if (cells.length !== guess.width) {
      skipped.push({
        row: i + 1,
        column: ALL_COLUMNS,
        message:
          filled === 1
            ? 'toelichting of voetnoot overgeslagen'
            : `overgeslagen: ${cells.length} velden, de kopregel heeft er ${guess.width}`,
      });
    } else rows.push({ row: i + 1, cells });
  }
  return {
    table: {
      delimiter: guess.delimiter,
      headerRow: headerIndex + 1,
      header: headerNames(data[headerIndex]),
      rows,
      skipped,
    },
  };
}
