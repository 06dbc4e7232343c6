// "Wijken van Dordrecht": the areas inside a parent, ranked by value or by name.
import { describe, expect, it } from 'vitest';
import { buildChoropleth } from '../../src/atlas/choropleth';
import { rankedChildren, sortRanked } from '../../src/atlas/rankedList';
import { findIndicator, readAreas } from '../../src/cli/generated';

describe('ranked list', () => {
  const wijken = readAreas('wijk', 2015);
  const c = buildChoropleth(wijken, findIndicator('bijstand_1564')!, { method: 'kwantiel', count: 5 });

  it('lists the 13 wijken of Dordrecht, highest first, missing values last, named without their number', () => {
    const rows = rankedChildren(c, 'GM0505', 'waarde');
    expect(rows).toHaveLength(13);
    const present = rows.filter((r) => r.value.status === 'ok');
    expect(present.map((r) => r.value.value)).toEqual(present.map((r) => r.value.value).sort((a, b) => b! - a!));
    expect(rows.slice(present.length).every((r) => r.value.status !== 'ok')).toBe(true);
    expect(rows.map((r) => r.naam)).toContain('Wielwijk');
    for (const r of rows) expect(r.klasse).toBe(c.result.classOf[wijken.codes.indexOf(r.code)]);
  });

  it('orders by name in Dutch, ties by code', () => {
    const rows = sortRanked(
      [
        { code: 'B', naam: 'Zuid', value: { value: 1, status: 'ok' as const, numerator: 1, denominator: 1 } },
        { code: 'A', naam: "'s-Gravendeel", value: { value: 2, status: 'ok' as const, numerator: 2, denominator: 1 } },
        {
          code: 'C',
          naam: 'Zuid',
          value: { value: null, status: 'secret' as const, numerator: null, denominator: null },
        },
      ],
      'naam',
    );
    expect(rows.map((r) => r.code)).toEqual(['A', 'B', 'C']);
  });
});
