// A team's own categories ("Wijkteam", "Schuldhulp", …) stay theirs: each has its own colour from
// a palette of its own (map/poiColors.ts OWN_COLORS), its legend entry and its filter. Categories
// beyond the palette share its last colour as "overige eigen categorieën".
import type { Voorziening } from './socialeKaart';

/** Colours in the own palette; the last one holds the categories beyond it. */
export const OWN_COLOR_COUNT = 8;
export const OTHER_OWN = 'overige eigen categorieën';

/** The team categories of the own points, in order of first appearance. */
export function ownCategories(points: Voorziening[]): string[] {
  const seen = new Set<string>();
  for (const p of points) if (p.categorie === 'eigen') seen.add(p.teamCategorie || 'eigen lijst');
  return [...seen];
}

/** A category's colour index in the own palette. */
export function ownColorIndex(categories: string[], category: string | undefined): number {
  const i = categories.indexOf(category || 'eigen lijst');
  if (i < 0) return OWN_COLOR_COUNT - 1;
  // With more categories than colours, the last colour is shared by the rest.
  return categories.length > OWN_COLOR_COUNT ? Math.min(i, OWN_COLOR_COUNT - 1) : i;
}

/** The legend: one entry per colour, the categories beyond the palette together. */
export function ownLegend(categories: string[]): { label: string; index: number }[] {
  if (categories.length <= OWN_COLOR_COUNT) return categories.map((label, index) => ({ label, index }));
  return [
    ...categories.slice(0, OWN_COLOR_COUNT - 1).map((label, index) => ({ label, index })),
    { label: OTHER_OWN, index: OWN_COLOR_COUNT - 1 },
  ];
}

/** The points without the own categories the user switched off. */
export function withoutHidden(points: Voorziening[], hidden: string[]): Voorziening[] {
  if (hidden.length === 0) return points;
  const off = new Set(hidden);
  return points.filter((p) => p.categorie !== 'eigen' || !off.has(p.teamCategorie || 'eigen lijst'));
}
