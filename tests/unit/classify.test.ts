import { describe, expect, it } from 'vitest';
import { classifyValues, classForBounds, type Classification } from '../../src/atlas/classify';
import type { AreaValue } from '../../src/atlas/indicators';

const ok = (value: number): AreaValue => ({ value, status: 'ok', numerator: value, denominator: 1 });
const codes = (n: number) => Array.from({ length: n }, (_, i) => `GM${String(i).padStart(4, '0')}`);
const q5: Classification = { method: 'kwantiel', count: 5 };

/** A deterministic shuffle so the input order never matches the sorted order. */
function shuffled(n: number): number[] {
  return Array.from({ length: n }, (_, i) => ((i * 7919) % 1009) + i / 1000);
}

function counts(values: AreaValue[], c: Classification): number[] {
  return classifyValues(values, codes(values.length), c).classes.map((k) => k.count);
}

describe('quantiles', () => {
  it('n = 35 gives 7 per class', () => {
    expect(counts(shuffled(35).map(ok), q5)).toEqual([7, 7, 7, 7, 7]);
  });
  it('n = 43 gives 9, 9, 8, 9, 8', () => {
    expect(counts(shuffled(43).map(ok), q5)).toEqual([9, 9, 8, 9, 8]);
  });
  it('n = 393 follows floor(rank × 5 / n) and covers every area once', () => {
    const values = shuffled(393);
    const result = classifyValues(values.map(ok), codes(393), q5);
    const order = values.map((v, i) => ({ v, i })).sort((a, b) => a.v - b.v);
    order.forEach(({ i }, rank) => expect(result.classOf[i]).toBe(Math.floor((rank * 5) / 393)));
    expect(result.classes.reduce((n, c) => n + c.count, 0)).toBe(393);
    expect(result.classes.map((c) => c.count)).toEqual([79, 79, 78, 79, 78]);
  });
  it('breaks ties by code, whatever the input order', () => {
    const values = [ok(1), ok(2), ok(2), ok(2), ok(3)];
    const a = classifyValues(values, ['E', 'D', 'C', 'B', 'A'], q5);
    // The three 2s sort as B, C, D: ranks 1, 2, 3 → classes 1, 2, 3.
    expect(Array.from(a.classOf)).toEqual([0, 3, 2, 1, 4]);
    expect(a.splitTies).toBe(2);
  });
  it('class bounds are the largest member of each class', () => {
    const values = [5, 1, 4, 2, 3, 10, 9, 8, 7, 6].map(ok);
    const result = classifyValues(values, codes(10), q5);
    expect(result.bounds).toEqual([2, 4, 6, 8]);
    expect(result.classes.map((c) => [c.from, c.to])).toEqual([
      [1, 2],
      [3, 4],
      [5, 6],
      [7, 8],
      [9, 10],
    ]);
  });
  it('puts all-equal values in one class and says so', () => {
    const result = classifyValues([ok(4), ok(4), ok(4), ok(4), ok(4), ok(4)], codes(6), q5);
    expect(result.allEqual).toBe(true);
    expect(result.classes.map((c) => c.count)).toEqual([6, 0, 0, 0, 0]);
  });
  it('excludes missing values from the classes and counts them apart', () => {
    const values: AreaValue[] = [
      ...shuffled(10).map(ok),
      { value: null, status: 'secret', numerator: null, denominator: 5 },
      { value: null, status: 'nodata', numerator: 0, denominator: 0 },
      { value: null, status: 'secret', numerator: null, denominator: null },
    ];
    const result = classifyValues(values, codes(values.length), q5);
    expect(result.missing).toEqual({ secret: 2, nodata: 1 });
    expect(result.classes.reduce((n, c) => n + c.count, 0)).toBe(10);
    expect(Array.from(result.classOf.slice(10))).toEqual([-1, -1, -1]);
  });
});

describe('other methods', () => {
  it('equal intervals cut min..max in equal widths', () => {
    const result = classifyValues([0, 1, 2, 5, 9, 10].map(ok), codes(6), { method: 'gelijk', count: 5 });
    expect(result.bounds).toEqual([2, 4, 6, 8]);
    expect(result.classes.map((c) => c.count)).toEqual([3, 0, 1, 0, 2]);
  });
  it('natural breaks separate obvious clusters', () => {
    const values = [1, 1.1, 1.2, 5, 5.1, 9, 9.2, 9.3].map(ok);
    const result = classifyValues(values, codes(8), { method: 'natuurlijk', count: 3 });
    expect(result.bounds).toEqual([1.2, 5.1]);
    expect(result.classes.map((c) => c.count)).toEqual([3, 2, 3]);
  });
  it('manual breaks are upper bounds; a value on a bound belongs to the lower class', () => {
    const result = classifyValues([1, 10, 10.5, 20, 35].map(ok), codes(5), {
      method: 'handmatig',
      count: 4,
      breaks: [10, 20, 30],
    });
    expect(Array.from(result.classOf)).toEqual([0, 0, 1, 1, 3]);
    expect(result.classes[0].from).toBeNull();
    expect(result.classes[3].to).toBeNull();
    expect(classForBounds(30, [10, 20, 30])).toBe(2);
  });
  it('rejects fewer than 3 or more than 7 classes and unordered breaks', () => {
    expect(() => classifyValues([ok(1)], ['A'], { method: 'kwantiel', count: 2 })).toThrow();
    expect(() => classifyValues([ok(1)], ['A'], { method: 'kwantiel', count: 8 })).toThrow();
    expect(() => classifyValues([ok(1)], ['A'], { method: 'handmatig', count: 3, breaks: [5, 1] })).toThrow();
  });
});

describe('quantiles that keep equal values together (the map and the CLI)', async () => {
  const { classifyValues: classify, tieAwareQuantileBounds, classNotes } = await import('../../src/atlas/classify');
  const vals = (xs: number[]) =>
    xs.map((value) => ({ value, status: 'ok' as const, numerator: null, denominator: null }));
  const codes = (n: number) => Array.from({ length: n }, (_, i) => `C${String(i).padStart(3, '0')}`);

  it('gives equal values one class and merges classes whose cuts coincide', () => {
    const xs = [1, 1, 1, 1, 1, 1, 2, 3, 4, 5];
    const r = classify(vals(xs), codes(xs.length), { method: 'kwantiel', count: 5 }, 'merge');
    const classOfValue = new Map<number, Set<number>>();
    xs.forEach((x, i) => classOfValue.set(x, (classOfValue.get(x) ?? new Set()).add(r.classOf[i])));
    for (const set of classOfValue.values()) expect(set.size).toBe(1);
    expect(r.classes.length).toBeLessThan(5);
    expect(r.merged).toBe(5 - r.classes.length);
    expect(classNotes(r, 'buurten').join(' ')).toMatch(/Van de 5 gevraagde klassen blijven er \d over/);
    for (let i = 1; i < r.classes.length; i++) expect(r.classes[i].min!).toBeGreaterThan(r.classes[i - 1].max!);
  });
  it('gives 0 its own class when more than 10% of the areas are exactly 0', () => {
    const xs = [0, 0, 0, 0, 0.5, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10];
    const { bounds, zeroClass } = tieAwareQuantileBounds(xs, 5);
    expect(zeroClass).toBe(true);
    expect(bounds[0]).toBe(0);
    const r = classify(vals(xs), codes(xs.length), { method: 'kwantiel', count: 5 }, 'merge');
    expect(r.classes[0]).toMatchObject({ min: 0, max: 0, count: 4 });
    expect(r.classes).toHaveLength(5);
    // Exactly 10% zeros: no class of its own.
    expect(tieAwareQuantileBounds([0, 1, 2, 3, 4, 5, 6, 7, 8, 9], 5).zeroClass).toBe(false);
  });
  it('leaves the SCP rule (split by code) unchanged by default', () => {
    const xs = [1, 1, 1, 1, 1, 1, 2, 3, 4, 5];
    const r = classify(vals(xs), codes(xs.length), { method: 'kwantiel', count: 5 });
    expect(r.classes).toHaveLength(5);
    expect(r.splitTies).toBeGreaterThan(0);
  });
});
