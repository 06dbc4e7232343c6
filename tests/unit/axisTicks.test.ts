import { describe, expect, it } from 'vitest';
import { logTicks } from '../../src/atlas/axisTicks';

describe('logTicks', () => {
  it('gives 1-2-5 values inside the domain when they fit', () => {
    expect(logTicks(800, 60_000, 12)).toEqual([1000, 2000, 5000, 10_000, 20_000, 50_000]);
  });

  it('thins to fewer values per decade when the axis is narrow', () => {
    const ticks = logTicks(800, 60_000, 4);
    expect(ticks.length).toBeLessThanOrEqual(4);
    expect(ticks).toEqual([1000, 3000, 10_000, 30_000]);
    expect(logTicks(800, 60_000, 2)).toEqual([1000, 10_000]);
  });

  it('keeps every other decade when even the decades are too many', () => {
    const ticks = logTicks(1, 1e6, 3);
    expect(ticks.length).toBeLessThanOrEqual(3);
    expect(ticks[0]).toBe(1);
    for (const t of ticks) expect(Math.log10(t) % 1).toBe(0);
  });

  it('never gives values outside the domain and nothing for an empty domain', () => {
    for (const t of logTicks(37, 412, 8)) {
      expect(t).toBeGreaterThanOrEqual(37);
      expect(t).toBeLessThanOrEqual(412);
    }
    expect(logTicks(0, 10, 5)).toEqual([]);
    expect(logTicks(10, 10, 5)).toEqual([]);
  });
});
