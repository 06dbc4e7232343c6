// The funnel plot: each area's ratio of observed to expected users against its expected users,
// with the two limit curves. Points are links (keyboard reachable, titled with name and ratio);
// following one selects the area.
import { useMemo } from 'react';
import * as Plot from '@observablehq/plot';
import type { Comparison } from '../../atlas/comparison';
import { formatNumber } from '../../atlas/format';
import { DEVIATION_LABELS, funnelLimits } from '../../atlas/funnel';
import { DEVIATION_COLORS } from '../../atlas/palettes';
import { useAtlas } from '../../state/useAtlas';
import { selectComparison } from '../../state/comparisonSelectors';
import { PlotFigure } from '../PlotFigure';

const LINK_PREFIX = '#gebied-';

export function funnelOptions(c: Comparison, selection: string | null): Plot.PlotOptions {
  const points = c.rows.flatMap((r) =>
    r.funnel && r.expectedUsers !== null
      ? [{ code: r.code, naam: r.naam, e: r.expectedUsers, ratio: r.funnel.ratio, deviation: r.funnel.deviation }]
      : [],
  );
  const es = points.map((p) => p.e);
  const min = Math.min(...es) * 0.8;
  const max = Math.max(...es) * 1.25;
  const steps = 80;
  const curve = Array.from({ length: steps + 1 }, (_, i) => {
    const e = min * (max / min) ** (i / steps);
    const [lower, upper] = funnelLimits(e, c.phi);
    return { e, lower, upper };
  });
  const ratios = points.map((p) => p.ratio);
  const y0 = Math.min(0.5, ...ratios, ...curve.map((p) => p.lower).filter((v) => v > 0));
  const y1 = Math.max(1.5, ...ratios);
  const unit = c.model.outcome.law === 'Jeugdwet' ? 'jongeren' : 'gebruikers';
  return {
    height: 240,
    marginLeft: 44,
    marginRight: 12,
    marginTop: 14,
    marginBottom: 36,
    style: { fontSize: '11px' },
    x: {
      type: 'log',
      label: `Verwachte ${unit} (log) →`,
      domain: [min, max],
      tickFormat: (v: number) => formatNumber(v, 0),
    },
    y: {
      label: '↑ Waargenomen / verwacht',
      domain: [Math.max(0, y0 - 0.05), y1 + 0.05],
      tickFormat: (v: number) => formatNumber(v, 1),
      grid: true,
    },
    marks: [
      Plot.ruleY([1], { stroke: '#555' }),
      Plot.line(curve, { x: 'e', y: 'upper', stroke: '#555', strokeDasharray: '4,3' }),
      Plot.line(curve, { x: 'e', y: 'lower', stroke: '#555', strokeDasharray: '4,3' }),
      Plot.dot(
        points.filter((p) => p.code === selection),
        { x: 'e', y: 'ratio', r: 8, fill: 'none', stroke: '#000', strokeWidth: 2 },
      ),
      Plot.dot(points, {
        x: 'e',
        y: 'ratio',
        r: 3.5,
        fill: (d: { deviation: keyof typeof DEVIATION_COLORS }) => DEVIATION_COLORS[d.deviation],
        stroke: '#333',
        strokeWidth: 0.8,
        href: (d: { code: string }) => `${LINK_PREFIX}${d.code}`,
        title: (d: { naam: string; ratio: number; deviation: keyof typeof DEVIATION_LABELS }) =>
          `${d.naam}: ${formatNumber(d.ratio, 3)} — ${DEVIATION_LABELS[d.deviation]}`,
      }),
    ],
  };
}

export function FunnelPlot() {
  const comparison = useAtlas((s) => selectComparison(s)?.comparison ?? null);
  const selection = useAtlas((s) => s.selection);
  const { select } = useAtlas.getState();
  const options = useMemo(() => (comparison ? funnelOptions(comparison, selection) : null), [comparison, selection]);
  if (!comparison || !options) return null;
  const onClick = (event: React.MouseEvent<HTMLDivElement>) => {
    const link = (event.target as Element).closest('a');
    // Plot writes the link as xlink:href.
    const href = link?.getAttribute('href') ?? link?.getAttribute('xlink:href') ?? '';
    if (!href.startsWith(LINK_PREFIX)) return;
    event.preventDefault();
    select(href.slice(LINK_PREFIX.length));
  };
  return (
    <figure className="funnel" data-phi={comparison.phi}>
      <figcaption>Trechter: waargenomen / verwacht met 95%-grenzen (φ = {formatNumber(comparison.phi, 1)})</figcaption>
      <PlotFigure
        options={options}
        role="group"
        onClick={onClick}
        label={`Trechterdiagram: ${comparison.deviationCounts.lager} gebieden lager dan verwacht, ${comparison.deviationCounts.binnen} binnen de marge, ${comparison.deviationCounts.hoger} hoger dan verwacht; een punt kiezen selecteert het gebied`}
      />
    </figure>
  );
}
