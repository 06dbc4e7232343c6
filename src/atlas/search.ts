// Name search over areas of all levels: accents, case, "ij"/"y" and one typo forgiven, common
// names of gemeenten ("Den Haag") known, and a name followed by its gemeente ("Wielwijk Dordrecht").
import { LEVEL_LABELS, levelOfCode, type Level } from './geography';

/** Everyday names of gemeenten whose official name differs: [alias, official] (data/catalogue/nameAliases.ts). */
export type NameAliases = readonly (readonly [alias: string, official: string])[];

export interface SearchEntry {
  code: string;
  naam: string;
  level: Level;
  /** Where the area lies, e.g. "Wielwijk, Dordrecht"; empty for gemeenten and regions. */
  context: string;
  bbox: [number, number, number, number];
}

/** Compact form in the generated search asset: code, name, context, minX, minY, maxX, maxY. */
export type SearchRow = [string, string, string, number, number, number, number];

export function entriesFromRows(rows: SearchRow[]): SearchEntry[] {
  const entries: SearchEntry[] = [];
  for (const [code, naam, context, minX, minY, maxX, maxY] of rows) {
    const level = levelOfCode(code);
    if (level) entries.push({ code, naam, level, context, bbox: [minX, minY, maxX, maxY] });
  }
  return entries;
}

/** Lower case without diacritics, so "Súdwest" matches "sudwest". */
export function normalizeName(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

/** The search form of a name: normalised, with "ij" written as "y" (Dutch writes both). */
export function searchKey(text: string): string {
  return normalizeName(text).replace(/ij/g, 'y');
}

/** What a result is, said once: "arbeidsmarktregio Drechtsteden" reads "arbeidsmarktregio". */
export function kindText(entry: Pick<SearchEntry, 'level' | 'context'>): string {
  const kind = LEVEL_LABELS[entry.level].one;
  return entry.context && entry.context !== kind ? `${kind}, ${entry.context}` : kind;
}

export interface SearchIndex {
  entries: SearchEntry[];
  keys: string[];
  /** Name and context as separate words, for "Wielwijk Dordrecht" and typos. */
  words: string[][];
  /** Search key of an everyday name → search key of the official name. */
  aliases: Map<string, string>;
}

const wordsOf = (key: string) => key.split(/[\s\-/(),.]+/).filter(Boolean);

export function buildSearchIndex(entries: SearchEntry[], aliases: NameAliases = []): SearchIndex {
  const keys = entries.map((e) => searchKey(e.naam));
  return {
    entries,
    keys,
    words: entries.map((e, i) => [...wordsOf(keys[i]), ...wordsOf(searchKey(e.context))]),
    aliases: new Map(aliases.map(([a, o]) => [searchKey(a), searchKey(o)])),
  };
}

/** True when a and b differ by at most one insertion, deletion, substitution or swap of neighbours. */
export function withinOneEdit(a: string, b: string): boolean {
  if (a === b) return true;
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  if (a.length === b.length) {
    if (a.slice(i + 1) === b.slice(i + 1)) return true;
    return a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
  }
  return a.length > b.length ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}

/** A query word matches a name word that starts with it, or (from four letters) with one typo. */
function wordMatches(q: string, word: string): boolean {
  if (word.startsWith(q)) return true;
  if (q.length < 4) return false;
  for (const n of [q.length - 1, q.length, q.length + 1])
    if (n <= word.length && withinOneEdit(q, word.slice(0, n))) return true;
  return false;
}

const LEVEL_ORDER: Record<Level, number> = {
  gemeente: 0,
  arbeidsmarktregio: 1,
  jeugdregio: 1,
  wmoregio: 1,
  corop: 1,
  wijk: 2,
  buurt: 3,
};

/** The rank of an entry for a query (lower is better), or -1 when it does not match. */
function rankOf(index: SearchIndex, i: number, q: string, qWords: string[], code: string): number {
  const key = index.keys[i];
  if (index.entries[i].code === code || key === q) return 0;
  if (key.startsWith(q)) return 1;
  if (key.includes(` ${q}`) || key.includes(`-${q}`) || key.includes(`/${q}`)) return 2;
  if (key.includes(q)) return 3;
  const words = index.words[i];
  // Every word of the query is the start of a word of the name or of where it lies.
  if (qWords.length > 1 && qWords.every((w) => words.some((n) => n.startsWith(w)))) return 4;
  if (qWords.every((w) => words.some((n) => wordMatches(w, n)))) return 5;
  if (q.length >= 4 && withinOneEdit(q, key)) return 5;
  return -1;
}

/**
 * Best matches for a query: exact name, then name starting with the query, then a word starting
 * with it, then anywhere, then name plus gemeente, then one typo; within a rank gemeenten, then
 * regions, wijken and buurten, then by name. A code (GM0505, WK050507) matches exactly too.
 */
export function searchAreas(index: SearchIndex, query: string, limit = 10): SearchEntry[] {
  let q = searchKey(query);
  if (q.length === 0) return [];
  q = index.aliases.get(q) ?? q;
  const qWords = wordsOf(q);
  const code = query.trim().toUpperCase();
  const scored: { entry: SearchEntry; rank: number }[] = [];
  for (let i = 0; i < index.entries.length; i++) {
    const rank = rankOf(index, i, q, qWords, code);
    if (rank >= 0) scored.push({ entry: index.entries[i], rank });
  }
  scored.sort(
    (a, b) =>
      a.rank - b.rank ||
      LEVEL_ORDER[a.entry.level] - LEVEL_ORDER[b.entry.level] ||
      a.entry.naam.localeCompare(b.entry.naam, 'nl') ||
      a.entry.code.localeCompare(b.entry.code),
  );
  return scored.slice(0, limit).map((s) => s.entry);
}
