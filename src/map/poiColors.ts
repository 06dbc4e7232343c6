// Category colours of the sociale kaart. Chosen by CIELAB distance (ΔE) so that each stays at
// least 20 from every colour of every choropleth palette (all class counts), from the deviation
// colours, the greys of missing and secret values and the map background, and from each other;
// tests/unit/poiColors.test.ts checks this. Points get a white outline on top.
import type { Category } from '../atlas/socialeKaart';
import type { RGBA } from '../atlas/palettes';

export const POI_COLORS: Record<Category, RGBA> = {
  ggz: [240, 105, 90, 255],
  ghz: [0, 210, 165, 255],
  vvt: [105, 90, 0, 255],
  ziekenhuis: [255, 15, 135, 255],
  gemeentehuis: [0, 0, 0, 255],
  basisschool: [180, 210, 0, 255],
  voortgezet: [45, 150, 255, 255],
  speciaal: [255, 120, 255, 255],
  eigen: [120, 0, 75, 255],
};

/** "Dichtbij": the rings around the nearest services and the spot measured from, in a colour no
 *  category uses, drawn over a white halo so they read on every fill. */
export const NEAR_COLOR: RGBA = [40, 30, 150, 255];

/** A team's own categories (atlas/ownCategories.ts), picked the same way: each at least ΔE 20 from
 *  every choropleth colour, every kit category, the Dichtbij rings, the groups and each other. Own
 *  points are drawn larger, with a dark ring over a white halo, so they read on every palette. */
export const OWN_COLORS: RGBA[] = [
  [0, 0, 255, 255],
  [0, 255, 0, 255],
  [210, 0, 255, 255],
  [0, 255, 135, 255],
  [225, 120, 165, 255],
  [150, 0, 105, 255],
  [60, 180, 0, 255],
  [135, 90, 255, 255],
];

/** Groups of several categories (below the zoom where points show one by one). */
export const MIXED_COLOR: RGBA = [70, 70, 80, 235];
