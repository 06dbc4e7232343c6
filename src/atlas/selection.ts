// The selected place across levels and years: a code can stay selected on another level as the
// area itself, or as the gemeente or wijk whose wijken or buurten the map shows ("Dordrecht —
// wijken"). The digits of CBS codes nest: WK050507 lies in GM0505, BU05050702 in WK050507.
import { LEVEL_LABELS, levelOfCode, type Level } from './geography';

/** Ranks of the nested CBS levels: a gemeente holds wijken, a wijk holds buurten. */
const NESTED: Partial<Record<Level, number>> = { gemeente: 0, wijk: 1, buurt: 2 };

/** A code of a gemeente or wijk that can be the focus of the areas of this (lower) level. */
export function isParentCode(code: string, level: Level): boolean {
  const own = levelOfCode(code);
  const a = own ? NESTED[own] : undefined;
  const b = NESTED[level];
  return a !== undefined && b !== undefined && a < b;
}

/** Whether an area code lies in a parent's area (by its code digits). */
export function liesIn(code: string, parent: string): boolean {
  return code.slice(2, parent.length) === parent.slice(2);
}

/** The gemeente a wijk or buurt lies in, from its code: WK050507 and BU05050702 lie in GM0505. */
export function gemeenteCode(code: string): string {
  return `GM${code.slice(2, 6)}`;
}

/** The place to keep when the map changes level: the same area, its gemeente or wijk, or (going
 *  down) the area itself as a parent; null when there is no such place (regions). */
export function selectionAtLevel(code: string, level: Level): string | null {
  const own = levelOfCode(code);
  if (!own || own === level) return own ? code : null;
  const from = NESTED[own];
  const to = NESTED[level];
  if (from === undefined || to === undefined) return null;
  if (from < to) return code;
  return level === 'gemeente' ? gemeenteCode(code) : `WK${code.slice(2, 8)}`;
}

/** Whether a code can be selected on a level at all: one of its areas, or a parent of them. */
export function isSelectableOn(code: string, level: Level): boolean {
  return levelOfCode(code) === level || isParentCode(code, level);
}

/** Whether a selected code exists among a level's areas: a parent exists when one of its areas does. */
export function isKnownSelection(code: string, level: Level, codes: readonly string[]): boolean {
  return isParentCode(code, level) ? codes.some((c) => liesIn(c, code)) : codes.includes(code);
}

/** The notice for a selection that does not exist in the level and year shown. */
export function unknownSelectionText(code: string, level: Level, year: number): string {
  return `Gebied ${code} bestaat niet in ${LEVEL_LABELS[level].many} ${year}; er is niets geselecteerd.`;
}
