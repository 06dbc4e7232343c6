// Gemeenten with a similar risk profile: the model's factors standardised as z-scores over all
// gemeenten, then Euclidean distance. Gemeenten missing any factor take no part.
import type { Areas } from './areas';
import type { IndicatorDef } from './indicators';

export interface Similar {
  code: string;
  naam: string;
  distance: number;
}

/** z-scores per factor (population standard deviation); null for rows missing a factor. */
export function zScores(areas: Areas, factors: IndicatorDef[]): (number[] | null)[] {
  const columns = factors.map((f) => areas.values(f).map((v) => (v.status === 'ok' ? v.value : null)));
  const complete = areas.codes.map((_, i) => columns.every((c) => c[i] !== null));
  const stats = columns.map((c) => {
    const xs = c.filter((_, i) => complete[i]) as number[];
    const mean = xs.reduce((a, b) => a + b, 0) / xs.length;
    const sd = Math.sqrt(xs.reduce((a, b) => a + (b - mean) ** 2, 0) / xs.length);
    return { mean, sd };
  });
  return areas.codes.map((_, i) =>
    complete[i]
      ? columns.map((c, k) => (stats[k].sd > 0 ? ((c[i] as number) - stats[k].mean) / stats[k].sd : 0))
      : null,
  );
}

export function mostSimilar(areas: Areas, factors: IndicatorDef[], code: string, count = 10): Similar[] {
  const target = areas.codes.indexOf(code);
  const z = zScores(areas, factors);
  const own = target >= 0 ? z[target] : null;
  if (!own) return [];
  const result: Similar[] = [];
  z.forEach((v, i) => {
    if (i === target || !v) return;
    result.push({
      code: areas.codes[i],
      naam: areas.names[i],
      distance: Math.sqrt(v.reduce((a, x, k) => a + (x - own[k]) ** 2, 0)),
    });
  });
  result.sort((a, b) => a.distance - b.distance || a.code.localeCompare(b.code));
  return result.slice(0, count);
}
