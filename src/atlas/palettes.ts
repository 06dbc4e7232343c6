// ColorBrewer sequential palettes (via d3-scale-chromatic), all colour-blind safe per ColorBrewer.
// Greys are left out on purpose: grey is reserved for "geen gegevens" and "geheim".
import {
  schemeBlues,
  schemeGreens,
  schemeOranges,
  schemePurples,
  schemeYlGnBu,
  schemeYlOrRd,
  schemePuBuGn,
} from 'd3-scale-chromatic';

export const PALETTES = {
  YlGnBu: { label: 'Geel-groen-blauw', scheme: schemeYlGnBu },
  Blues: { label: 'Blauw', scheme: schemeBlues },
  Greens: { label: 'Groen', scheme: schemeGreens },
  Oranges: { label: 'Oranje', scheme: schemeOranges },
  Purples: { label: 'Paars', scheme: schemePurples },
  YlOrRd: { label: 'Geel-oranje-rood', scheme: schemeYlOrRd },
  PuBuGn: { label: 'Paars-blauw-groen', scheme: schemePuBuGn },
} as const;

export type PaletteName = keyof typeof PALETTES;

export type RGBA = [number, number, number, number];

/** Missing values: light grey with hatching in the legend; secret values: darker grey. */
export const NODATA_COLOR: RGBA = [224, 224, 224, 255];
export const SECRET_COLOR: RGBA = [150, 150, 150, 255];

export function hexToRgba(hex: string): RGBA {
  const n = Number.parseInt(hex.slice(1), 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255, 255];
}

/** An RGBA colour as CSS (the alpha of these colours is always opaque). */
export const cssColor = (c: readonly number[]) => `rgb(${c[0]}, ${c[1]}, ${c[2]})`;

/** The palette's colours for a number of classes; fewer than three (classes merged by ties) take
 *  the light, middle or dark end of the three-class scheme. */
export function paletteColors(name: PaletteName, classes: number): string[] {
  const scheme = PALETTES[name].scheme;
  if (classes >= 3) return [...scheme[classes]];
  return classes === 2 ? [scheme[3][0], scheme[3][2]] : [scheme[3][1]];
}

/**
 * The deviation map (lower / within / higher than expected): a diverging purple–orange pair
 * (ColorBrewer PuOr) around a neutral light grey-beige, so neither side reads as good or bad
 * (no green/red) and "binnen de marge" stays quiet. Distinct from the grey of missing values.
 */
export const DEVIATION_ORDER = ['lager', 'binnen', 'hoger'] as const;
export const DEVIATION_COLORS: Record<(typeof DEVIATION_ORDER)[number], string> = {
  lager: '#5e3c99',
  binnen: '#f2efe6',
  hoger: '#e66101',
};
