// Name search over areas of all levels: accents and case ignored, prefix matches first.
import { levelOfCode, type Level } from './geography';

export interface SearchEntry {
  code: string;
  naam: string;
  level: Level;
  /** Where the area lies, e.g. "Wielwijk, Dordrecht"; empty for gemeenten. */
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
  return text.normalize('NFD').replace(/\p{Diacritic}/gu, '').toLowerCase().replace(/\s+/g, ' ').trim();
}

export interface SearchIndex {
  entries: SearchEntry[];
  keys: string[];
}

export function buildSearchIndex(entries: SearchEntry[]): SearchIndex {
  return { entries, keys: entries.map((e) => normalizeName(e.naam)) };
}

const LEVEL_ORDER: Record<Level, number> = { gemeente: 0, arbeidsmarktregio: 1, jeugdregio: 1, wmoregio: 1, corop: 1, wijk: 2, buurt: 3 };

/**
 * Best matches for a query: exact name, then name starting with the query, then a word starting
 * with it, then anywhere; within a rank gemeenten, then regions, wijken and buurten, then by name.
 * A code (GM0505, WK050507) matches exactly too.
 */
export function searchAreas(index: SearchIndex, query: string, limit = 10): SearchEntry[] {
  const q = normalizeName(query);
  if (q.length === 0) return [];
  const upper = query.trim().toUpperCase();
  const scored: { entry: SearchEntry; rank: number }[] = [];
  index.keys.forEach((key, i) => {
    const entry = index.entries[i];
    let rank = -1;
    if (entry.code === upper || key === q) rank = 0;
    else if (key.startsWith(q)) rank = 1;
    else if (key.includes(` ${q}`) || key.includes(`-${q}`) || key.includes(`/${q}`)) rank = 2;
    else if (key.includes(q)) rank = 3;
    if (rank >= 0) scored.push({ entry, rank });
  });
  scored.sort((a, b) =>
    a.rank - b.rank ||
    LEVEL_ORDER[a.entry.level] - LEVEL_ORDER[b.entry.level] ||
    a.entry.naam.localeCompare(b.entry.naam, 'nl') ||
    a.entry.code.localeCompare(b.entry.code));
  return scored.slice(0, limit).map((s) => s.entry);
}
