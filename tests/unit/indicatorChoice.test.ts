// Which indicator stays when the level or year changes: the same one, else the year's, else the
// atlas's default, else the first there is.
import { describe, expect, it } from 'vitest';
import { indicatorFor, labelOf } from '../../src/atlas/indicatorChoice';
import type { IndicatorDef } from '../../src/atlas/indicators';

const def = (id: string, years: number[], levels: IndicatorDef['levels'] = ['gemeente', 'wijk']): IndicatorDef => ({
  id,
  label: id.toUpperCase(),
  unit: '',
  kind: 'count',
  numerator: { column: 'X' },
  per: 1,
  decimals: 0,
  years,
  levels,
  higherMeansMoreNeed: null,
  source: 't',
});
const catalogue = [def('a2022', [2022], ['gemeente']), def('both', [2015, 2022], ['gemeente']), def('b2015', [2015])];
const defaults = { fallback: 'b2015', byYear: { 2022: 'a2022' } };

describe('indicator fallback', () => {
  it('keeps an indicator that exists for the level and year', () => {
    expect(indicatorFor('both', 'gemeente', 2022, catalogue, defaults)).toBe('both');
  });
  it("takes the year's default, then the atlas's default, then the first there is", () => {
    expect(indicatorFor('b2015', 'gemeente', 2022, catalogue, defaults)).toBe('a2022');
    expect(indicatorFor('a2022', 'gemeente', 2015, catalogue, defaults)).toBe('b2015');
    expect(indicatorFor('a2022', 'wijk', 2015, catalogue, { fallback: 'nope', byYear: {} })).toBe('b2015');
  });
  it('applies a test (the comparison offers only what can be corrected)', () => {
    expect(indicatorFor('both', 'gemeente', 2022, catalogue, defaults, (d) => d.id === 'a2022')).toBe('a2022');
  });
  it('keeps the current id when nothing exists there, and labels unknown ids by their id', () => {
    expect(indicatorFor('both', 'buurt', 2015, catalogue, defaults)).toBe('both');
    expect(labelOf(catalogue, 'b2015')).toBe('B2015');
    expect(labelOf(catalogue, 'weg')).toBe('weg');
  });
});
