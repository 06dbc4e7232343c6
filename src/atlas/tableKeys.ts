// How an own table names its areas and periods: CBS codes (StatLine pads them with spaces), gemeente
// names as people write them, rows for Nederland and other region kinds, and CBS period keys.
import type { AreaLevel } from './geography';

/** The areas of one level and year an import can join to. */
export interface AreaReference {
  level: AreaLevel;
  year: number;
  codes: string[];
  names: string[];
}

export const AREA_CODE = /^(GM\d{4}|WK\d{6}|BU\d{8})$/;
/** StatLine's other region codes: Nederland, landsdelen, provincies, COROP, GGD-regio's, … */
export const OTHER_REGION = /^[A-Z]{2}\d{2,4}$/;
export const LEVEL_OF_PREFIX: Record<string, AreaLevel> = { GM: 'gemeente', WK: 'wijk', BU: 'buurt' };

/** StatLine pads codes with spaces ("GM0505  "); some exports add quotes or lower case. */
export const codeOf = (cell: string) => cell.trim().toUpperCase();

/** Everyday names of gemeenten whose official (CBS) name differs. */
const NAME_ALIASES: Record<string, string> = { 'den haag': 's gravenhage', 'den bosch': 's hertogenbosch' };

/** A gemeente name compared without case, accents, dots, apostrophes or StatLine's "(gemeente)". */
export function normaliseName(name: string): string {
  const plain = name
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase()
    .replace(/\(gemeente\)/g, '')
    .replace(/[.'’`]/g, '')
    .replace(/[-\s]+/g, ' ')
    .trim();
  return Object.hasOwn(NAME_ALIASES, plain) ? NAME_ALIASES[plain] : plain;
}

export const AGGREGATE_NAME = /^(nederland|.*\((pv|ld|cr)\))$/;

export const PERIOD_HEADER = /^(perioden?|jaar|jaren|year|peildatum)$/i;
export const CBS_PERIOD = /^(\d{4})(JJ00|KW0[1-4]|MM(0[1-9]|1[0-2])|HJ0[12])$/;

/** "2022JJ00" → "2022", "2022KW01" → "2022 kwartaal 1"; anything else as written. */
export function periodLabel(raw: string): string {
  const t = raw.trim();
  const m = CBS_PERIOD.exec(t);
  if (!m) return t;
  const [, year, part] = m;
  if (part === 'JJ00') return year;
  if (part.startsWith('KW')) return `${year} kwartaal ${Number(part.slice(2))}`;
  if (part.startsWith('MM')) return `${year} maand ${Number(part.slice(2))}`;
  return `${year} ${part === 'HJ01' ? 'eerste' : 'tweede'} halfjaar`;
}

/** The year a period starts in, when it has one. */
export function periodYear(raw: string): number | null {
  const m = /^(\d{4})/.exec(raw.trim());
  return m ? Number(m[1]) : null;
}
