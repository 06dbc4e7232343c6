// Which areas deviate beyond chance: observed / expected with funnel limits widened by the
// overdispersion φ (Spiegelhalter 2005), on a case computed by hand.
import { describe, expect, it } from 'vitest';
import { funnel, funnelLimits, nearestRank, overdispersion } from '../../src/atlas/funnel';

describe('the funnel on a hand-computed case', () => {
  // Ten areas: observed users O against expected E.
  const cases = [
    { observed: 120, expected: 100 },
    { observed: 80, expected: 100 },
    { observed: 100, expected: 100 },
    { observed: 410, expected: 400 },
    { observed: 350, expected: 400 },
    { observed: 30, expected: 25 },
    { observed: 25, expected: 25 },
    { observed: 1300, expected: 1000 },
    { observed: 900, expected: 1000 },
    { observed: 50, expected: 40 },
  ];
  // z = (O/E − 1) √E.
  const z = [2, -2, 0, 0.5, -2.5, 1, 0, 300 / Math.sqrt(1000), -100 / Math.sqrt(1000), 10 / Math.sqrt(40)];

  it('nearest rank and φ from the winsorised z', () => {
    const sorted = [...z].sort((a, b) => a - b);
    // n = 10: 10th percentile = rank 1, 90th = rank 9.
    expect(nearestRank(sorted, 0.1)).toBe(sorted[0]);
    expect(nearestRank(sorted, 0.9)).toBe(sorted[8]);
    // Sorted: −3,162 −2,5 −2 0 0 0,5 1 1,581 2 9,487 → low = −3,162 (rank 1), high = 2 (rank 9): 9,487 becomes 2.
    const w = z.map((v) => Math.min(2, Math.max(-100 / Math.sqrt(1000), v)));
    const phi = w.reduce((s, v) => s + v * v, 0) / 10;
    expect(phi).toBeCloseTo((4 + 4 + 0 + 0.25 + 6.25 + 1 + 0 + 4 + 10 + 2.5) / 10, 9);
    expect(overdispersion(z)).toBeCloseTo(phi, 12);
  });

  it('limits 1 ± 1,96 √(max(φ, 1) / E) and the three outcomes', () => {
    const f = funnel(cases);
    const phi = 3.2;
    expect(f.phi).toBeCloseTo(phi, 9);
    const [lo, hi] = funnelLimits(1000, phi);
    expect(lo).toBeCloseTo(1 - 1.96 * Math.sqrt(phi / 1000), 12);
    expect(hi).toBeCloseTo(1 + 1.96 * Math.sqrt(phi / 1000), 12);
    // 1,3 > 1,1109 → hoger; 0,9 inside [0,889, 1,111] → binnen; 1,2 at E 100 inside ±0,351 → binnen.
    expect(f.points[7]!.deviation).toBe('hoger');
    expect(f.points[8]!.deviation).toBe('binnen');
    expect(f.points[0]!.deviation).toBe('binnen');
    // With φ < 1 the limits stay the Poisson ones.
    expect(funnelLimits(100, 0.5)).toEqual(funnelLimits(100, 1));
    const low = funnel([...cases.slice(0, 9), { observed: 500, expected: 1000 }]);
    expect(low.points[9]!.deviation).toBe('lager');
    expect(funnel([{ observed: 5, expected: 0 }, null]).points).toEqual([null, null]);
  });
});
