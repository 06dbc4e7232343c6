// What an imported column holds, read from its name as statistics tables write it: "(aantal)" is a
// count, "(%)" a percentage, "(per 1 000 inwoners)" a rate with that unit, any other unit in
// brackets a figure in that unit. Without a word in the name, whole numbers are a count.

export interface ColumnMeaning {
  kind: 'count' | 'rate';
  /** The unit of a figure as given ('' for a count, whose unit follows from its denominator). */
  unit: string;
  /** The column's name without its unit in brackets. */
  name: string;
}

const PERCENT = /%|procent|percentage|aandeel/i;

/** "1 000" and "1000" as "1.000". */
function groupThousands(text: string): string {
  const n = Number(text.replace(/[\s.\u00a0]/g, ''));
  return Number.isFinite(n) ? n.toLocaleString('nl-NL') : text.trim();
}

export function columnMeaning(header: string, decimals: number): ColumnMeaning {
  const match = /\(([^()]*)\)\s*$/.exec(header.trim());
  const bracket = match ? match[1].trim() : '';
  const name = (match ? header.trim().slice(0, match.index) : header).trim() || header.trim();
  if (/^aantal/i.test(bracket) || /^aantal\b/i.test(header.trim())) return { kind: 'count', unit: '', name };
  if (PERCENT.test(bracket) || (!bracket && PERCENT.test(header))) return { kind: 'rate', unit: '%', name };
  const per = /^per\s+([\d\s.\u00a0]+)\s+(.+)$/i.exec(bracket);
  if (per) return { kind: 'rate', unit: `per ${groupThousands(per[1])} ${per[2].trim()}`, name };
  if (bracket) return { kind: 'rate', unit: bracket, name };
  return decimals === 0 ? { kind: 'count', unit: '', name } : { kind: 'rate', unit: '', name };
}

/** "JongerenMetJeugdhulp_1" → "Jongeren met jeugdhulp" (StatLine's measure keys); a header with spaces stays as written. */
export function headerLabel(header: string): string {
  if (/\s/.test(header.trim())) return header.trim();
  const words = header
    .replace(/_\d+$/, '')
    .replace(/_/g, ' ')
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .trim();
  return words.charAt(0).toUpperCase() + words.slice(1).toLowerCase();
}

/** The reference population a count's name suggests (an id of denominators.ts). */
export function guessDenominator(header: string): string {
  if (/jeugd|jongeren|kind/i.test(header)) return 'inwoners_0_14';
  if (/wmo|huishoudelijk|ondersteuning|ouderen|hulpmiddel/i.test(header)) return 'inwoners_15plus';
  if (/bijstand|participatie|uitkering|re-?integratie/i.test(header)) return 'inwoners_15_64';
  return 'inwoners';
}

/** A count is shown per 100 of the young (a share, as jeugdzorg is published) and per 1.000 otherwise. */
export const perOf = (denominator: string | null): number => (denominator === 'inwoners_0_14' ? 100 : 1000);
