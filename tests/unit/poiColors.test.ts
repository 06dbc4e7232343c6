import { describe, expect, it } from 'vitest';
import { DEVIATION_COLORS, NODATA_COLOR, PALETTES, SECRET_COLOR, hexToRgba } from '../../src/atlas/palettes';
import { MIXED_COLOR, NEAR_COLOR, OWN_COLORS, POI_COLORS } from '../../src/map/poiColors';
import { OWN_COLOR_COUNT } from '../../src/atlas/ownCategories';
import { deltaE } from '../support/color';

const fills: number[][] = [
  ...Object.values(PALETTES).flatMap((p) =>
    Object.values(p.scheme)
      .filter(Array.isArray)
      .flat()
      .map((h) => hexToRgba(h as string)),
  ),
  ...Object.values(DEVIATION_COLORS).map(hexToRgba),
  NODATA_COLOR,
  SECRET_COLOR,
];

describe('sociale kaart colours', () => {
  it('checks against every class of every palette', () => {
    expect(fills.length).toBeGreaterThan(7 * (3 + 4 + 5 + 6 + 7 + 8 + 9));
  });
  it.each(Object.entries(POI_COLORS))('%s stays apart from every choropleth colour (ΔE ≥ 20)', (_, color) => {
    const nearest = Math.min(...fills.map((f) => deltaE(color, f)));
    expect(nearest).toBeGreaterThanOrEqual(20);
  });
  it.each(OWN_COLORS.map((c, i) => [i, c] as const))(
    'own colour %i stays apart from every choropleth colour',
    (_, color) => {
      expect(Math.min(...fills.map((f) => deltaE(color, f)))).toBeGreaterThanOrEqual(20);
    },
  );
  it('own colours differ from each other, from the kit categories, the groups and the rings', () => {
    expect(OWN_COLORS).toHaveLength(OWN_COLOR_COUNT);
    const kit = [
      ...Object.entries(POI_COLORS)
        .filter(([k]) => k !== 'eigen')
        .map(([, c]) => c),
      NEAR_COLOR,
      MIXED_COLOR,
    ];
    for (const [i, c] of OWN_COLORS.entries()) {
      for (const k of kit) expect(deltaE(c, k)).toBeGreaterThanOrEqual(20);
      for (const other of OWN_COLORS.slice(i + 1)) expect(deltaE(c, other)).toBeGreaterThanOrEqual(20);
    }
  });
  it('categories differ from each other and from the Dichtbij rings', () => {
    const colors = [...Object.values(POI_COLORS), NEAR_COLOR];
    for (let i = 0; i < colors.length; i++)
      for (let j = i + 1; j < colors.length; j++) expect(deltaE(colors[i], colors[j])).toBeGreaterThanOrEqual(20);
  });
});
