// A confirmed column of an imported table becomes an indicator like the built-in ones: its values
// are a column of the level's table (so map, legend, profile, regions and the risk model read it
// the same way) and its definition says what it counts, per whom, from which file.
import { findDenominator } from './denominators';
import { LEVEL_YEARS, REGION_SYSTEMS, type AreaLevel, type Level } from './geography';
import type { AreaTable, IndicatorDef } from './indicators';
import { LAWS, type Law } from './laws';
import type { JoinReport } from './tableJoin';

/** Kept in IndexedDB; the URL refers to it by name only. */
export interface OwnIndicator {
  name: string;
  level: AreaLevel;
  /** The boundary year (indeling) the codes were joined to. */
  year: number;
  /** The figures' period as the file gives it, e.g. "2022". */
  period: string | null;
  /** count: summable (regions, risk model with a denominator); rate: a figure as published. */
  kind: 'count' | 'rate';
  /** Id in data/denominators.ts; null for a plain count or a rate. */
  denominator: string | null;
  /** 100 (%) or 1000 (per 1.000) for a count with a denominator. */
  per: number;
  /** Unit of a rate as the file means it, e.g. "%". */
  unit: string;
  higherMeansMoreNeed: boolean | null;
  decimals: number;
  file: string;
  importedAt: string;
  /** [code, value]; null = secret in the file. Codes not listed have no value in the file. */
  values: [string, number | null][];
  national: number | null;
  /** The file's own figures for the areas above its level (a wijk file's gemeente rows); absent in older records. */
  parents?: [string, number | null][];
  /** The law the count is of (Wmo-cliënten, jongeren met jeugdhulp): its gemeente model can be applied. */
  law?: Law | null;
}

export const OWN_PREFIX = 'eigen:';
/** Names longer than this are refused at import (and in a link, as tampered). */
export const MAX_OWN_NAME = 80;
export const ownId = (name: string) => `${OWN_PREFIX}${name}`;
export const isOwnId = (id: string) => id.startsWith(OWN_PREFIX);
export const ownNameOf = (id: string) => id.slice(OWN_PREFIX.length);
/** The table column holding the values (never a KWB name: those are upper case without ":"). */
export const ownColumn = (name: string) => `EIGEN:${name}`;
const OWN_COLUMN = /^EIGEN:/;

/** Risk factors of the model for an imported count: the SCP's kinds of factors the KWB holds. */
/** Own counts of gemeenten can be risk-corrected for this year: the one the factors below exist for. */
export const OWN_MODEL_YEAR = 2015;

export const OWN_FACTORS = ['P_EENP_HH', 'P_HH_M_K', 'P_N_W_AL', 'P_65_EO_JR', 'OAD', 'WWB_PCT', 'AO_PCT'];

const defs = new WeakMap<OwnIndicator, IndicatorDef>();

/** One definition object per stored indicator, so every cache keyed on it stays valid. */
export function ownDef(own: OwnIndicator): IndicatorDef {
  const cached = defs.get(own);
  if (cached) return cached;
  const denominator = own.denominator ? findDenominator(own.denominator) : undefined;
  const summable = own.kind === 'count';
  // Counts of gemeenten sum to every region system of their year (2015 and 2022).
  const levels: Level[] =
    own.level === 'gemeente' && summable
      ? ['gemeente', ...REGION_SYSTEMS.filter((r) => LEVEL_YEARS[r].includes(own.year))]
      : [own.level];
  const imported = new Date(own.importedAt);
  const source = `Eigen tabel "${own.file}", geïmporteerd op ${Number.isNaN(imported.getTime()) ? own.importedAt : imported.toLocaleDateString('nl-NL')}; alleen in deze browser bewaard`;
  const notes = [
    // A period other than the indeling's year is said plainly: "Cijfers 2022 op de wijkindeling van 2015; inwoners 2015."
    `${own.period && own.period !== String(own.year) ? `Cijfers ${own.period} op de` : `Eigen cijfers${own.period ? ` over ${own.period}` : ''}, gekoppeld aan de`} ${own.level}indeling van ${own.year}${denominator ? `; ${denominator.unit} ${own.year}` : ''}.`,
    own.kind === 'rate' ? "Een cijfer zoals het bestand het geeft: het telt niet op tot regio's." : '',
    denominator?.note ?? '',
  ].filter(Boolean);
  const def: IndicatorDef = {
    id: ownId(own.name),
    label: own.name,
    unit:
      own.kind === 'rate'
        ? own.unit.trim() || 'zoals gegeven'
        : denominator
          ? `${own.per === 100 ? '% van' : 'per 1.000'} ${denominator.unit}`
          : 'aantal',
    kind: own.kind === 'rate' ? 'fact' : denominator ? 'rate' : 'count',
    numerator: { column: ownColumn(own.name) },
    denominator: denominator?.quantity,
    per: own.kind === 'count' && denominator ? own.per : 1,
    decimals: own.kind === 'count' && denominator ? 1 : Math.min(own.decimals, 3),
    years: [own.year],
    levels,
    higherMeansMoreNeed: own.higherMeansMoreNeed,
    source,
    note: notes.join(' '),
    period: own.period && own.period !== String(own.year) ? own.period : undefined,
    coverage: own.values.map(([code]) => code),
    coverageNote: 'niet in het bestand',
    nationalValue: own.kind === 'rate' ? own.national : undefined,
    fileFigures: {
      ...Object.fromEntries(own.parents ?? []),
      ...(own.national !== null ? { NL01: own.national } : {}),
    },
    defaultFactors:
      own.level === 'gemeente' && own.year === OWN_MODEL_YEAR && summable && denominator ? OWN_FACTORS : undefined,
    own: true,
    ...(own.law && summable ? { law: own.law } : {}),
  };
  defs.set(own, def);
  return def;
}

/** The table with one column per imported indicator of its level and year (and none of removed ones). */
export function withOwnColumns(table: AreaTable, own: OwnIndicator[]): AreaTable {
  const mine = own.filter((o) => o.level === table.level && o.year === table.year);
  const had = Object.keys(table.columns).some((c) => OWN_COLUMN.test(c));
  if (mine.length === 0 && !had) return table;
  const columns = Object.fromEntries(Object.entries(table.columns).filter(([c]) => !OWN_COLUMN.test(c)));
  const rowOf = new Map(table.codes.map((c, i) => [c, i]));
  for (const o of mine) {
    const values = new Array<number | null>(table.codes.length).fill(null);
    for (const [code, value] of o.values) {
      const row = rowOf.get(code);
      if (row !== undefined) values[row] = value;
    }
    columns[ownColumn(o.name)] = values;
  }
  return { ...table, columns };
}

/** Whether a stored record has the shape this version writes (IndexedDB may hold anything). */
export function isOwnIndicator(x: unknown): x is OwnIndicator {
  const o = x as OwnIndicator;
  return (
    typeof o === 'object' &&
    o !== null &&
    typeof o.name === 'string' &&
    o.name.trim() !== '' &&
    ['gemeente', 'wijk', 'buurt'].includes(o.level) &&
    Number.isInteger(o.year) &&
    (o.kind === 'count' || o.kind === 'rate') &&
    Array.isArray(o.values) &&
    o.values.every((v) => Array.isArray(v) && typeof v[0] === 'string' && (v[1] === null || Number.isFinite(v[1]))) &&
    (o.law === undefined || o.law === null || LAWS.includes(o.law))
  );
}

/** What the user says of one value column in the import dialog. */
export interface ColumnChoice {
  column: number;
  name: string;
  kind: 'count' | 'rate';
  /** Id in data/denominators.ts for a count; null = show the count itself. */
  denominator: string | null;
  per: number;
  unit: string;
  higherMeansMoreNeed: boolean | null;
  /** The law the count is of, as its name says or the user chose; none for other figures. */
  law?: Law | null;
}

/** What is wrong with the choices, in Dutch; empty when they can be confirmed. */
export function choiceProblems(choices: ColumnChoice[], report: JoinReport): string[] {
  const problems: string[] = [];
  if (choices.length === 0) problems.push('Kies ten minste één kolom met cijfers.');
  const seen = new Set<string>();
  for (const c of choices) {
    const name = c.name.trim();
    const col = report.columns.find((v) => v.column === c.column);
    if (name === '') problems.push(`Geef kolom "${col?.name ?? c.column}" een naam.`);
    else if (name.length > MAX_OWN_NAME)
      problems.push(`De naam "${name.slice(0, 30)}…" is langer dan ${MAX_OWN_NAME} tekens.`);
    else if (seen.has(name)) problems.push(`De naam "${name}" staat er twee keer.`);
    seen.add(name);
    if (col && col.numbers + col.nihil === 0)
      problems.push(`Kolom "${col.name}" heeft geen enkel getal bij een gevonden gebied.`);
    if (col && c.kind === 'count' && [...col.values.values()].some((v) => v !== null && v < 0))
      problems.push(
        `Kolom "${col.name}" heeft negatieve waarden; een aantal kan niet negatief zijn. Kies "cijfer zoals gegeven".`,
      );
  }
  if (report.matched.length === 0) problems.push(`Geen enkele rij hoort bij een ${report.level} van ${report.year}.`);
  return problems;
}

/** The stored indicator of one confirmed column. */
export function ownFromColumn(
  report: JoinReport,
  choice: ColumnChoice,
  file: string,
  period: string | null,
  importedAt: string,
): OwnIndicator {
  const col = report.columns.find((v) => v.column === choice.column);
  return {
    name: choice.name.trim(),
    level: report.level,
    year: report.year,
    period,
    kind: choice.kind,
    denominator: choice.kind === 'count' ? choice.denominator : null,
    per: choice.per,
    unit: choice.unit,
    higherMeansMoreNeed: choice.higherMeansMoreNeed,
    law: choice.kind === 'count' ? (choice.law ?? null) : null,
    decimals: col?.decimals ?? 0,
    file,
    importedAt,
    values: col ? [...col.values] : [],
    national: col?.national ?? null,
    parents: col ? [...col.parents] : [],
  };
}
