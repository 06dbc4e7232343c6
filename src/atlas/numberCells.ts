// Numbers in a table cell as Dutch and English spreadsheets and CBS write them: "1.234,5" and
// "1,234.5", CBS's "." and "x" for secret cells and "-" for nihil. One decimal sign per file,
// detected from the cells where it is unambiguous and overridable by the user.

export type Decimal = 'komma' | 'punt';

export type Cell =
  | { kind: 'number'; value: number; decimals: number }
  | { kind: 'nihil'; value: 0; decimals: 0 }
  | { kind: 'secret' }
  | { kind: 'empty' }
  | { kind: 'invalid'; reason: string };

/** Values beyond this are not figures of a Dutch area (and lose precision as doubles). */
const MAX_ABS = 1e15;

const PATTERNS: Record<Decimal, { grouped: RegExp; plain: RegExp; group: string }> = {
  komma: { grouped: /^[+-]?\d{1,3}(\.\d{3})+(,\d+)?$/, plain: /^[+-]?\d+(,\d+)?$/, group: '.' },
  punt: { grouped: /^[+-]?\d{1,3}(,\d{3})+(\.\d+)?$/, plain: /^[+-]?(\d+(\.\d+)?|\.\d+)([eE][+-]?\d+)?$/, group: ',' },
};

const SECRET = new Set(['.', 'x', 'X', '..', '?']);
const NIHIL = new Set(['-', '–', '—']);

const shown = (t: string) => `"${t.length > 30 ? `${t.slice(0, 30)}…` : t}"`;

/** Digits with at most one sign between them: most cells of a table, read without the general rules. */
const SIMPLE = /^([+-]?\d+)(?:([.,])(\d+))?$/;

/** "12", "12,5" with a decimal comma, "12.5" with a decimal point; null for anything else. */
function simpleNumber(t: string, decimal: Decimal): Cell | null {
  const m = SIMPLE.exec(t);
  if (!m) return null;
  // "1.234" with a decimal comma groups thousands: the general rules decide.
  if (m[2] !== undefined && m[2] !== (decimal === 'komma' ? ',' : '.')) return null;
  const value = Number(m[2] === undefined ? m[1] : `${m[1]}.${m[3]}`);
  if (Math.abs(value) > MAX_ABS) return null;
  return { kind: 'number', value: Object.is(value, -0) ? 0 : value, decimals: m[3]?.length ?? 0 };
}

export function parseCell(raw: string, decimal: Decimal): Cell {
  const trimmed = raw.trim();
  const simple = simpleNumber(trimmed, decimal);
  if (simple) return simple;
  // CBS pads cells with spaces; spreadsheets may group thousands with (narrow) no-break spaces.
  const t = trimmed.replace(/[\s\u00a0\u202f]/g, '');
  if (t === '') return { kind: 'empty' };
  if (SECRET.has(t)) return { kind: 'secret' };
  if (NIHIL.has(t)) return { kind: 'nihil', value: 0, decimals: 0 };
  const p = PATTERNS[decimal];
  if (!p.grouped.test(t) && !p.plain.test(t)) {
    const other = PATTERNS[decimal === 'komma' ? 'punt' : 'komma'];
    const hint =
      other.grouped.test(t) || other.plain.test(t) ? ` met decimaal${decimal === 'komma' ? 'komma' : 'punt'}` : '';
    return { kind: 'invalid', reason: `${shown(t)} is geen getal${hint}` };
  }
  const normal = t.split(p.group).join('').replace(',', '.');
  const value = Number(normal);
  if (!Number.isFinite(value) || Math.abs(value) > MAX_ABS)
    return { kind: 'invalid', reason: `${shown(t)} is te groot om als cijfer te lezen` };
  const fraction = /[.,](\d+)$/.exec(decimal === 'komma' ? t.split('.').join('') : t.split(',').join(''));
  return {
    kind: 'number',
    value: Object.is(value, -0) ? 0 : value,
    decimals: fraction && !/[eE]/.test(t) ? fraction[1].length : 0,
  };
}

/** Cells whose decimal sign is unambiguous: a sign followed by other than three digits, or the
 *  last of two different signs. "1.234" alone says nothing. */
function evidence(cells: string[]): { komma: number; punt: number } {
  let komma = 0;
  let punt = 0;
  for (const raw of cells) {
    const t = raw.trim();
    const lastComma = t.lastIndexOf(',');
    const lastPoint = t.lastIndexOf('.');
    if (lastComma >= 0 && lastPoint >= 0) {
      if (lastComma > lastPoint) komma++;
      else punt++;
    } else if (/\d,(\d{1,2}|\d{4,})$/.test(t)) komma++;
    else if (/\d\.(\d{1,2}|\d{4,})$/.test(t)) punt++;
  }
  return { komma, punt };
}

/**
 * The decimal sign of a file's number cells, from the cells where it is unambiguous. When none
 * is, the delimiter decides: a comma-separated file cannot hold an unquoted decimal comma, and a
 * semicolon is how spreadsheets set to Dutch save, with a decimal comma ("1.020" is then 1020).
 */
export function detectDecimal(cells: string[], delimiter: string): { decimal: Decimal; reason: string } {
  const { komma, punt } = evidence(cells);
  if (komma > punt) return { decimal: 'komma', reason: `${komma} cellen schrijven decimalen met een komma` };
  if (punt > komma) return { decimal: 'punt', reason: `${punt} cellen schrijven decimalen met een punt` };
  if (delimiter === ',') return { decimal: 'punt', reason: "aangenomen: kolommen gescheiden door komma's" };
  if (delimiter === ';')
    return { decimal: 'komma', reason: 'aangenomen: puntkomma-gescheiden, zoals een Nederlandse spreadsheet opslaat' };
  return { decimal: 'punt', reason: 'aangenomen: geen cel maakt het decimaalteken duidelijk' };
}

/** Each column's own decimal sign where its cells make it clear; the file's where they do not. */
export function columnDecimals(columns: Map<number, string[]>, file: Decimal): Record<number, Decimal> {
  const out: Record<number, Decimal> = {};
  for (const [j, cells] of columns) {
    const { komma, punt } = evidence(cells);
    out[j] = komma > punt ? 'komma' : punt > komma ? 'punt' : file;
  }
  return out;
}
