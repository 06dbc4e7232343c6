// Gemeenten with a similar risk profile: z-scores and Euclidean distance.
import { describe, expect, it } from 'vitest';
import { tableAreas } from '../../src/atlas/areas';
import { type AreaTable, type IndicatorDef } from '../../src/atlas/indicators';
import { mostSimilar, zScores } from '../../src/atlas/similarity';
import { readAreas } from '../../src/cli/generated';

describe('similar gemeenten', () => {
  // Two factors; A's profile is (0, 0) in raw units, the others lie at known distances.
  const table: AreaTable = {
    level: 'gemeente',
    year: 2015,
    source: 'test',
    codes: ['GM0001', 'GM0002', 'GM0003', 'GM0004'],
    names: ['A', 'B', 'C', 'D'],
    parents: {},
    columns: { X: [0, 0, 2, 2], Y: [0, 2, 0, 2] },
  };
  const factor = (column: string): IndicatorDef => ({
    id: column,
    label: column,
    unit: '',
    kind: 'count',
    numerator: { column },
    per: 1,
    decimals: 0,
    years: [2015],
    levels: ['gemeente'],
    higherMeansMoreNeed: null,
    source: 'test',
  });

  it('standardises each factor over all gemeenten (mean 1, sd 1 here) and orders by Euclidean distance', () => {
    const areas = tableAreas(table);
    expect(zScores(areas, [factor('X'), factor('Y')])).toEqual([
      [-1, -1],
      [-1, 1],
      [1, -1],
      [1, 1],
    ]);
    const similar = mostSimilar(areas, [factor('X'), factor('Y')], 'GM0001');
    // B and C are 2 away (tie broken by code), D is √8 away.
    expect(similar.map((s) => s.code)).toEqual(['GM0002', 'GM0003', 'GM0004']);
    expect(similar[0].distance).toBeCloseTo(2, 12);
    expect(similar[2].distance).toBeCloseTo(Math.sqrt(8), 12);
  });

  it('finds ten gemeenten for Dordrecht, none of them Dordrecht itself', () => {
    const similar = mostSimilar(
      readAreas('gemeente', 2015),
      ['P_EENP_HH', 'P_HH_M_K', 'P_N_W_AL', 'P_65_EO_JR', 'OAD'].map(factor),
      'GM0505',
    );
    expect(similar).toHaveLength(10);
    expect(similar.map((s) => s.code)).not.toContain('GM0505');
    expect([...similar].sort((a, b) => a.distance - b.distance)).toEqual(similar);
  });
});
