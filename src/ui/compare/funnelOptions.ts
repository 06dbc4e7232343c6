// The funnel plot's specification for Observable Plot, drawn at the width it gets: 12 px text,
// round ticks that fit, the 95 % limits, and the names of the areas outside the limits (the most
// extreme first, each where it overlaps no other name).
import * as Plot from '@observablehq/plot';
import { logTicks } from '../../atlas/axisTicks';
import type { Comparison } from '../../atlas/comparison';
import { formatNumber } from '../../atlas/format';
import { DEVIATION_LABELS, funnelLimits, type Deviation } from '../../atlas/funnel';
import { shortName } from '../../atlas/labels';
import { DEVIATION_COLORS } from '../../atlas/palettes';
import { GAP, SIDES, placeChartLabels, type Side } from '../../atlas/chartLabels';

export const LINK_PREFIX = '#gebied-';
export const FUNNEL_FONT_SIZE = 12;

/** The code a funnel point's link stands for (Plot writes the link as xlink:href). */
export function linkCode(target: EventTarget | null): string | null {
  const link = target instanceof Element ? target.closest('a') : null;
  const href = link?.getAttribute('href') ?? link?.getAttribute('xlink:href') ?? '';
  return href.startsWith(LINK_PREFIX) ? href.slice(LINK_PREFIX.length) : null;
}

const LABEL_SIZE = 11;
const MARGIN = { left: 46, right: 14, top: 16, bottom: 40 };

export interface FunnelChartPoint {
  code: string;
  naam: string;
  e: number;
  ratio: number;
  deviation: Deviation;
}

export function funnelHeight(width: number): number {
  return Math.round(Math.min(300, Math.max(210, width * 0.62)));
}

/** Text width at the label font; an estimate where no canvas is available. */
let context: CanvasRenderingContext2D | null | undefined;
function measure(text: string, size: number): number {
  context ??= document.createElement('canvas').getContext('2d');
  if (!context) return text.length * size * 0.6;
  context.font = `${size}px system-ui, "DejaVu Sans", Arial, sans-serif`;
  return context.measureText(text).width;
}

/** The names drawn beside points: the selected area always, then outliers by how far out they lie. */
function labelled(
  points: FunnelChartPoint[],
  selection: string | null,
  at: (p: FunnelChartPoint) => [number, number],
  size: { width: number; height: number },
) {
  const outside = points
    .filter((p) => p.deviation !== 'binnen' && p.code !== selection)
    .sort((a, b) => Math.abs(Math.log(b.ratio)) * Math.sqrt(b.e) - Math.abs(Math.log(a.ratio)) * Math.sqrt(a.e));
  const ordered = [...points.filter((p) => p.code === selection), ...outside];
  const sides = placeChartLabels(
    ordered.map((p) => {
      const [x, y] = at(p);
      return {
        x,
        y,
        width: measure(shortName(p.naam), LABEL_SIZE) + 4,
        height: LABEL_SIZE * 1.3,
        always: p.code === selection,
      };
    }),
    points.map(at),
    size,
  );
  return ordered.flatMap((p, i) => (sides[i] ? [{ ...p, label: shortName(p.naam), side: sides[i] }] : []));
}

/** Where a name sits against its point, as Plot's text options. */
const TEXT_AT: Record<Side, { dx: number; dy: number; textAnchor: 'middle' | 'start' | 'end' }> = {
  boven: { dx: 0, dy: -(GAP + LABEL_SIZE * 0.65), textAnchor: 'middle' },
  onder: { dx: 0, dy: GAP + LABEL_SIZE * 0.65, textAnchor: 'middle' },
  rechts: { dx: GAP + 2, dy: 0, textAnchor: 'start' },
  links: { dx: -(GAP + 2), dy: 0, textAnchor: 'end' },
};

export function funnelOptions(c: Comparison, selection: string | null, width: number): Plot.PlotOptions {
  const points: FunnelChartPoint[] = c.rows.flatMap((r) =>
    r.funnel && r.expectedUsers !== null
      ? [{ code: r.code, naam: r.naam, e: r.expectedUsers, ratio: r.funnel.ratio, deviation: r.funnel.deviation }]
      : [],
  );
  return funnelChart(points, c.phi, selection, width, c.model.outcome.law === 'Jeugdwet' ? 'jongeren' : 'gebruikers');
}

/** A funnel of any areas: E on a log axis, O/E with the limits for φ; unit names what E counts. */
export function funnelChart(
  points: FunnelChartPoint[],
  phi: number,
  selection: string | null,
  width: number,
  unit: string,
): Plot.PlotOptions {
  const es = points.map((p) => p.e);
  const min = Math.min(...es) * 0.8;
  const max = Math.max(...es) * 1.25;
  const steps = 80;
  const curve = Array.from({ length: steps + 1 }, (_, i) => {
    const e = min * (max / min) ** (i / steps);
    const [lower, upper] = funnelLimits(e, phi);
    return { e, lower, upper };
  });
  const ratios = points.map((p) => p.ratio);
  const y0 = Math.max(0, Math.min(0.5, ...ratios, ...curve.map((p) => p.lower).filter((v) => v > 0)) - 0.05);
  const y1 = Math.max(1.5, ...ratios) + 0.05;
  const height = funnelHeight(width);
  const plotWidth = width - MARGIN.left - MARGIN.right;
  const plotHeight = height - MARGIN.top - MARGIN.bottom;
  // Where Plot puts a point, for the placement of the names.
  const at = (p: FunnelChartPoint): [number, number] => [
    MARGIN.left + (Math.log(p.e / min) / Math.log(max / min)) * plotWidth,
    MARGIN.top + ((y1 - p.ratio) / (y1 - y0)) * plotHeight,
  ];
  const names = labelled(points, selection, at, { width, height });
  return {
    width,
    height,
    marginLeft: MARGIN.left,
    marginRight: MARGIN.right,
    marginTop: MARGIN.top,
    marginBottom: MARGIN.bottom,
    style: { fontSize: `${FUNNEL_FONT_SIZE}px` },
    x: { type: 'log', domain: [min, max] },
    y: {
      label: '↑ Waargenomen / verwacht',
      domain: [y0, y1],
      ticks: Math.max(3, Math.floor(plotHeight / 36)),
      tickFormat: (v: number) => formatNumber(v, 1),
      grid: true,
    },
    marks: [
      Plot.axisX({
        ticks: logTicks(min, max, Math.max(2, Math.floor(plotWidth / 70))),
        tickFormat: (v: number) => formatNumber(v, 0),
        label: `Verwachte ${unit} (log) →`,
        className: 'funnel-axis-x',
      }),
      Plot.ruleY([1], { stroke: '#555' }),
      Plot.line(curve, { x: 'e', y: 'upper', stroke: '#555', strokeDasharray: '4,3', clip: true }),
      Plot.line(curve, { x: 'e', y: 'lower', stroke: '#555', strokeDasharray: '4,3', clip: true }),
      Plot.dot(
        points.filter((p) => p.code === selection),
        { x: 'e', y: 'ratio', r: 8, fill: 'none', stroke: '#000', strokeWidth: 2 },
      ),
      Plot.dot(points, {
        x: 'e',
        y: 'ratio',
        r: 4,
        fill: (d: FunnelChartPoint) => DEVIATION_COLORS[d.deviation],
        stroke: '#333',
        strokeWidth: 0.8,
        href: (d: FunnelChartPoint) => `${LINK_PREFIX}${d.code}`,
        title: (d: FunnelChartPoint) => pointText(d),
      }),
      ...SIDES.map((side) =>
        Plot.text(
          names.filter((n) => n.side === side),
          {
            x: 'e',
            y: 'ratio',
            text: 'label',
            ...TEXT_AT[side],
            fontSize: LABEL_SIZE,
            fill: '#1d2731',
            stroke: '#fff',
            strokeWidth: 3,
            paintOrder: 'stroke',
            pointerEvents: 'none',
          },
        ),
      ),
    ],
  };
}

/** "Achterhoek: 1,021 — binnen de marge" */
export function pointText(p: { naam: string; ratio: number; deviation: Deviation }): string {
  return `${p.naam}: ${formatNumber(p.ratio, 3)} — ${DEVIATION_LABELS[p.deviation]}`;
}
