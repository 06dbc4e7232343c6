// The profile's small chart: every sibling as a tick, the area as a dot, its parents and
// Nederland as labelled rules, on one value axis.
import * as Plot from '@observablehq/plot';
import { formatNumber } from '../../atlas/format';
import { PROFILE_LEVEL_NAME, type ProfileRow } from '../../atlas/profile';

/** The profile panel's inner width in pixels. */
export const CHART_WIDTH = 350;

/** A reference line of the chart: the nearest parent with a value, and Nederland. */
export interface ChartReference {
  key: 'parent' | 'nl';
  /** Named in full in the legend under the chart ("arbeidsmarktregio Drechtsteden", "Nederland"). */
  label: string;
  value: number;
}

/** How each reference line is drawn, on the chart and in its legend. */
export const REFERENCE_STYLE: Record<ChartReference['key'], { stroke: string; dash: string }> = {
  parent: { stroke: '#b35900', dash: 'none' },
  nl: { stroke: '#222222', dash: '4,3' },
};

export function chartReferences(row: ProfileRow): ChartReference[] {
  const present = row.parents.filter((p) => p.value.status === 'ok' && p.value.value !== null);
  const parent = present.find((p) => p.level !== 'nederland');
  const nl = present.find((p) => p.level === 'nederland');
  return [
    ...(parent
      ? [
          {
            key: 'parent' as const,
            label: `${PROFILE_LEVEL_NAME[parent.level]} ${parent.naam}`,
            value: parent.value.value!,
          },
        ]
      : []),
    ...(nl ? [{ key: 'nl' as const, label: 'Nederland', value: nl.value.value! }] : []),
  ];
}

export function chartOptions(row: ProfileRow, code: string): Plot.PlotOptions {
  const own = row.siblings.filter((s) => s.code === code);
  const references = chartReferences(row);
  return {
    // Drawn at the panel's own width, so the text is not scaled down (12 px stays 12 px).
    width: CHART_WIDTH,
    height: 100,
    marginLeft: 14,
    marginRight: 26,
    marginTop: 10,
    marginBottom: 36,
    style: { fontSize: '12px' },
    x: {
      label: row.def.unit,
      tickFormat: (v: number) => formatNumber(v, row.def.decimals > 0 && Math.abs(v) < 10 ? 1 : 0),
      grid: true,
    },
    marks: [
      // Each sibling names itself on hover (and in the text alternative below the chart).
      Plot.tickX(row.siblings, {
        x: 'value',
        stroke: '#8a949e',
        strokeOpacity: 0.8,
        strokeWidth: 1.5,
        title: (d: { naam: string; value: number }) => `${d.naam}: ${formatNumber(d.value, row.def.decimals)}`,
      }),
      // The references are named in the legend under the chart, so no two names can overprint.
      ...references.map((r) =>
        Plot.ruleX([r], {
          x: 'value',
          stroke: REFERENCE_STYLE[r.key].stroke,
          strokeWidth: 1.5,
          strokeDasharray: REFERENCE_STYLE[r.key].dash,
        }),
      ),
      Plot.dot(own, { x: 'value', r: 6, fill: '#0b5cad', stroke: 'white', strokeWidth: 1.5 }),
    ],
  };
}
