// Ticks for a chart's logarithmic axis that never run together: round values (1, 2 and 5 times a
// power of ten, or fewer of them) that fit the axis's width.

/** Candidate steps within each decade, densest first. */
const DECADE_STEPS = [[1, 2, 5], [1, 3], [1]];

/** Round values in [min, max] on a log axis, at most `maxCount` of them (at least the decades that
 *  fit; every other decade when even those are too many). */
export function logTicks(min: number, max: number, maxCount: number): number[] {
  if (!(min > 0) || !(max > min) || maxCount < 1) return [];
  const first = Math.floor(Math.log10(min));
  const last = Math.ceil(Math.log10(max));
  for (const steps of DECADE_STEPS) {
    const ticks: number[] = [];
    for (let p = first; p <= last; p++)
      for (const s of steps) {
        const v = s * 10 ** p;
        if (v >= min && v <= max) ticks.push(v);
      }
    if (ticks.length <= maxCount && ticks.length >= Math.min(2, maxCount)) return ticks;
  }
  // Fewer decades than ticks allowed: every k-th decade.
  const decades = Array.from({ length: last - first + 1 }, (_, i) => 10 ** (first + i)).filter(
    (v) => v >= min && v <= max,
  );
  const every = Math.ceil(decades.length / maxCount);
  return decades.filter((_, i) => i % every === 0);
}
