// Colours of the classes, of missing values and of the deviation map.
import { describe, expect, it } from 'vitest';
import {
  DEVIATION_COLORS,
  NODATA_COLOR,
  PALETTES,
  SECRET_COLOR,
  cssColor,
  hexToRgba,
  paletteColors,
  type PaletteName,
} from '../../src/atlas/palettes';

describe('palettes', () => {
  it('give as many colours as classes, from light to dark, also when ties left fewer than three', () => {
    for (const name of Object.keys(PALETTES) as PaletteName[]) {
      for (let n = 1; n <= 7; n++) expect(paletteColors(name, n), `${name} ${n}`).toHaveLength(n);
      const lightness = paletteColors(name, 5).map((c) =>
        hexToRgba(c)
          .slice(0, 3)
          .reduce((a, b) => a + b, 0),
      );
      expect(
        [...lightness].sort((a, b) => b - a),
        name,
      ).toEqual(lightness);
    }
  });

  it('keep grey for missing values and out of every palette and the deviation map', () => {
    const grey = [NODATA_COLOR, SECRET_COLOR].map((c) => cssColor(c));
    const all = (Object.keys(PALETTES) as PaletteName[]).flatMap((p) =>
      paletteColors(p, 7).map((c) => cssColor(hexToRgba(c))),
    );
    for (const g of grey) expect(all).not.toContain(g);
    expect(Object.values(DEVIATION_COLORS).map((c) => cssColor(hexToRgba(c)))).not.toContain(grey[0]);
    expect(hexToRgba('#0b5cad')).toEqual([11, 92, 173, 255]);
    expect(cssColor([1, 2, 3, 255])).toBe('rgb(1, 2, 3)');
  });
});
