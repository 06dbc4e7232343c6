import { describe, expect, it } from 'vitest';
import { isCrowded, nationalScale, niceStep } from '../../src/atlas/nationalScale';

describe('niceStep', () => {
  it('rounds down to 1, 2, 2,5 or 5 times a power of ten', () => {
    expect(niceStep(0.7)).toBe(0.5);
    expect(niceStep(1.3)).toBe(1);
    expect(niceStep(2.2)).toBe(2);
    expect(niceStep(3)).toBe(2.5);
    expect(niceStep(6)).toBe(5);
    expect(niceStep(0.031)).toBeCloseTo(0.025);
    expect(niceStep(20)).toBe(20);
  });
});

describe('nationalScale', () => {
  it('places each value by its distance to the national rate, symmetric around it', () => {
    // Distances 0..20 around 50: the 35th percentile (nearest rank) of |d| is 6, rounded down to 5.
    const values = [30, 41, 44, 47, 50, 53, 56, 59, 62, null];
    const s = nationalScale(values, 50, 1);
    expect(s.step).toBe(5);
    expect(s.classOf).toEqual([0, 1, 1, 2, 2, 2, 3, 3, 3, -1]);
    expect(s.counts).toEqual([1, 2, 3, 3, 0]);
    expect(s.labels[2]).toBe('binnen ± 5,0 van landelijk');
    expect(s.labels[0]).toBe('meer dan 15,0 onder landelijk');
  });

  it('spreads values that all lie above the national rate over the upper classes', () => {
    const values = Array.from({ length: 20 }, (_, i) => 101 + i);
    const s = nationalScale(values, 100, 0);
    expect(s.counts[0] + s.counts[1]).toBe(0);
    expect(s.counts.filter((c) => c > 0).length).toBeGreaterThanOrEqual(2);
    expect(s.counts[2]).toBeLessThanOrEqual(10);
  });

  it('never takes a step finer than the shown decimals', () => {
    const s = nationalScale([10, 10, 10], 10, 1);
    expect(s.step).toBeCloseTo(0.1);
    expect(s.classOf).toEqual([2, 2, 2]);
  });
});

describe('isCrowded', () => {
  it('is true when more than half the areas share one class', () => {
    expect(isCrowded([1, 2, 29, 2, 1])).toBe(true);
    expect(isCrowded([7, 7, 7, 7, 7])).toBe(false);
    expect(isCrowded([0, 0, 0, 0, 0])).toBe(false);
  });
});
