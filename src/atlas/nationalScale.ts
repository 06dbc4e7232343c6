// The corrected map's second reading: each area's corrected value against the national rate on a
// diverging scale (in the outcome's own unit). The SCP rule (corrected values placed in the
// observed quintiles) stays the default; when correction pulls most areas into the class that
// holds the national rate, that map is one colour, and this scale shows where the areas sit.
import { formatNumber } from './format';
import { nearestRank } from './funnel';

/** Purple below, orange above the national rate, a near-white middle (ColorBrewer PuOr, 5). */
export const NATIONAL_COLORS = ['#5e3c99', '#b2abd2', '#f7f7f7', '#fdb863', '#e66101'];

export type CorrectedScale = 'scp' | 'landelijk';
export const CORRECTED_SCALES: CorrectedScale[] = ['scp', 'landelijk'];
export const isCorrectedScale = (v: unknown): v is CorrectedScale => v === 'scp' || v === 'landelijk';

export interface NationalScale {
  /** The half-width of the middle class; the outer classes start at three steps. */
  step: number;
  /** Class (0–4) of each value; -1 when missing. */
  classOf: number[];
  counts: number[];
  labels: string[];
}

/** The largest round step (1, 2, 2,5 or 5 × a power of ten) at most this large. */
export function niceStep(at: number): number {
  if (!(at > 0)) return 1;
  const power = 10 ** Math.floor(Math.log10(at * (1 + 1e-12)));
  return [5, 2.5, 2, 1].map((m) => m * power).find((s) => s <= at * (1 + 1e-12)) ?? power;
}

/** Classes of corrected − national: more than 3 steps below, 1–3 below, within ± 1 step, 1–3
 *  above, more than 3 above. The step is the round value at or below the 35th percentile of the
 *  distances, so the middle class holds at most about a third of the areas: the map shows where
 *  they sit instead of one colour. */
export function nationalScale(corrected: (number | null)[], national: number, decimals: number): NationalScale {
  const distances = corrected
    .filter((v): v is number => v !== null)
    .map((v) => Math.abs(v - national))
    .sort((a, b) => a - b);
  const minimum = 10 ** -decimals;
  const typical = distances.length > 0 ? nearestRank(distances, 0.35) : 0;
  const step = typical > minimum ? niceStep(typical) : minimum;
  const classOf = corrected.map((v) => {
    if (v === null) return -1;
    const d = v - national;
    if (Math.abs(d) <= step) return 2;
    if (d < 0) return d < -3 * step ? 0 : 1;
    return d > 3 * step ? 4 : 3;
  });
  const counts = [0, 1, 2, 3, 4].map((k) => classOf.filter((c) => c === k).length);
  const f = (v: number) => formatNumber(v, Math.max(decimals, stepDecimals(step)));
  const labels = [
    `meer dan ${f(3 * step)} onder landelijk`,
    `${f(step)} tot ${f(3 * step)} onder`,
    `binnen ± ${f(step)} van landelijk`,
    `${f(step)} tot ${f(3 * step)} boven`,
    `meer dan ${f(3 * step)} boven landelijk`,
  ];
  return { step, classOf, counts, labels };
}

/** Decimals a step needs to be written exactly (2,5 needs one). */
function stepDecimals(step: number): number {
  for (let d = 0; d < 6; d++) if (Math.abs(Math.round(step * 10 ** d) - step * 10 ** d) < 1e-9) return d;
  return 6;
}

/** Whether correction crowds the areas: more than half share one class (the SCP map is then mostly one colour). */
export function isCrowded(countsCorrected: number[]): boolean {
  const total = countsCorrected.reduce((a, b) => a + b, 0);
  return total > 0 && Math.max(...countsCorrected) * 2 > total;
}
