// Names beside a chart's points without overlap: each candidate, in priority order, takes the first
// side (above, below, right, left of its point) where its box stays inside the chart and covers
// neither a name placed before it nor another point. A name that fits nowhere is left out, unless
// it must show (the selected area), which then goes above its point.

export type Side = 'boven' | 'onder' | 'rechts' | 'links';
export const SIDES: Side[] = ['boven', 'onder', 'rechts', 'links'];

export interface ChartLabelCandidate {
  /** The point in pixels. */
  x: number;
  y: number;
  /** The text's size in pixels. */
  width: number;
  height: number;
  always?: boolean;
}

type Box = [number, number, number, number];

/** Pixels between a point's centre and the near edge of its name. */
export const GAP = 6;

export function labelBox(c: ChartLabelCandidate, side: Side): Box {
  const { x, y, width: w, height: h } = c;
  if (side === 'boven') return [x - w / 2, y - GAP - h, x + w / 2, y - GAP];
  if (side === 'onder') return [x - w / 2, y + GAP, x + w / 2, y + GAP + h];
  if (side === 'rechts') return [x + GAP, y - h / 2, x + GAP + w, y + h / 2];
  return [x - GAP - w, y - h / 2, x - GAP, y + h / 2];
}

const overlaps = (a: Box, b: Box) => a[0] < b[2] && b[0] < a[2] && a[1] < b[3] && b[1] < a[3];

/** The side of each candidate's name, or null where it is left out. */
export function placeChartLabels(
  candidates: ChartLabelCandidate[],
  points: [number, number][],
  size: { width: number; height: number },
  pointRadius = 4,
): (Side | null)[] {
  const placed: Box[] = [];
  const inside = (b: Box) => b[0] >= 0 && b[1] >= 0 && b[2] <= size.width && b[3] <= size.height;
  const coversPoint = (b: Box, own: ChartLabelCandidate) =>
    points.some(
      ([px, py]) =>
        (px !== own.x || py !== own.y) &&
        px + pointRadius > b[0] &&
        px - pointRadius < b[2] &&
        py + pointRadius > b[1] &&
        py - pointRadius < b[3],
    );
  return candidates.map((c) => {
    const side =
      SIDES.find((s) => {
        const b = labelBox(c, s);
        return inside(b) && !placed.some((p) => overlaps(p, b)) && !coversPoint(b, c);
      }) ?? (c.always ? 'boven' : null);
    if (side) placed.push(labelBox(c, side));
    return side;
  });
}
