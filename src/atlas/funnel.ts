// Which areas really deviate: the ratio of observed to expected users (indirect standardisation)
// with funnel limits widened for overdispersion (Spiegelhalter 2005, "Funnel plots for comparing
// institutional performance", multiplicative φ). Differences between gemeenten are mostly real
// policy and population differences rather than Poisson noise, so the limits are widened by √φ.

export type Deviation = 'lager' | 'binnen' | 'hoger';

export const DEVIATION_LABELS: Record<Deviation, string> = {
  lager: 'lager dan verwacht',
  binnen: 'binnen de marge',
  hoger: 'hoger dan verwacht',
};

/** Two-sided 95 % limits. */
export const FUNNEL_Z = 1.96;
/** z-scores are winsorised at these percentiles (nearest rank) before φ is estimated. */
export const WINSOR = 0.1;

export interface FunnelInput {
  /** Users observed. */
  observed: number;
  /** Users expected from the model. */
  expected: number;
}

export interface FunnelPoint {
  ratio: number;
  /** (ratio − 1) × √E */
  z: number;
  lower: number;
  upper: number;
  deviation: Deviation;
}

export interface Funnel {
  /** Overdispersion: mean of the winsorised z², over the areas with a ratio. */
  phi: number;
  /** Aligned with the input; null where expected users are missing or not positive. */
  points: (FunnelPoint | null)[];
}

/** The value at the nearest rank ⌈p × n⌉ (1-based) of sorted values. */
export function nearestRank(sorted: number[], p: number): number {
  const rank = Math.max(1, Math.ceil(p * sorted.length));
  return sorted[Math.min(sorted.length, rank) - 1];
}

/** φ = mean of z² after winsorising z at the 10th and 90th percentile (nearest rank). */
export function overdispersion(z: number[]): number {
  if (z.length === 0) return Number.NaN;
  const sorted = [...z].sort((a, b) => a - b);
  const low = nearestRank(sorted, WINSOR);
  const high = nearestRank(sorted, 1 - WINSOR);
  return z.reduce((sum, v) => sum + Math.min(high, Math.max(low, v)) ** 2, 0) / z.length;
}

/** Limits around 1 for an area with E expected users: 1 ± 1,96 × √(max(φ, 1) / E). */
export function funnelLimits(expected: number, phi: number): [number, number] {
  const half = FUNNEL_Z * Math.sqrt(Math.max(phi, 1) / expected);
  return [1 - half, 1 + half];
}

export function funnel(inputs: (FunnelInput | null)[]): Funnel {
  // Ratio and z once per usable area; φ from all z, then the limits of each area.
  const scored = inputs.map((i) => {
    if (i === null || !Number.isFinite(i.expected) || i.expected <= 0 || !Number.isFinite(i.observed)) return null;
    const ratio = i.observed / i.expected;
    return { expected: i.expected, ratio, z: (ratio - 1) * Math.sqrt(i.expected) };
  });
  const phi = overdispersion(scored.flatMap((s) => (s ? [s.z] : [])));
  const points = scored.map((s): FunnelPoint | null => {
    if (!s) return null;
    const [lower, upper] = funnelLimits(s.expected, phi);
    return {
      ratio: s.ratio,
      z: s.z,
      lower,
      upper,
      deviation: s.ratio < lower ? 'lager' : s.ratio > upper ? 'hoger' : 'binnen',
    };
  });
  return { phi, points };
}
