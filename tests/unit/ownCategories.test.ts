import { describe, expect, it } from 'vitest';
import {
  OTHER_OWN,
  OWN_COLOR_COUNT,
  ownCategories,
  ownColorIndex,
  ownLegend,
  withoutHidden,
} from '../../src/atlas/ownCategories';
import type { Voorziening } from '../../src/atlas/socialeKaart';

const point = (teamCategorie: string, categorie: Voorziening['categorie'] = 'eigen') =>
  ({ categorie, teamCategorie, naam: teamCategorie }) as Voorziening;

describe('own categories', () => {
  const points = [point('Wijkteam'), point('Schuldhulp'), point('Wijkteam'), point('', 'ggz'), point('Jeugd')];

  it('keeps the team categories in order of first appearance, each with its own colour', () => {
    const cats = ownCategories(points);
    expect(cats).toEqual(['Wijkteam', 'Schuldhulp', 'Jeugd']);
    expect(cats.map((c) => ownColorIndex(cats, c))).toEqual([0, 1, 2]);
    expect(ownLegend(cats).map((e) => e.label)).toEqual(cats);
  });

  it('shares the last colour among the categories beyond the palette', () => {
    const many = Array.from({ length: OWN_COLOR_COUNT + 3 }, (_, i) => `cat ${i}`);
    expect(ownColorIndex(many, 'cat 2')).toBe(2);
    expect(ownColorIndex(many, `cat ${OWN_COLOR_COUNT + 2}`)).toBe(OWN_COLOR_COUNT - 1);
    const legend = ownLegend(many);
    expect(legend).toHaveLength(OWN_COLOR_COUNT);
    expect(legend.at(-1)).toEqual({ label: OTHER_OWN, index: OWN_COLOR_COUNT - 1 });
  });

  it('hides only the own categories switched off', () => {
    const shown = withoutHidden(points, ['Wijkteam']);
    expect(shown.map((p) => p.teamCategorie)).toEqual(['Schuldhulp', '', 'Jeugd']);
    expect(withoutHidden(points, [])).toBe(points);
  });
});
