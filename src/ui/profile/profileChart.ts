// The profile's small chart: every sibling as a tick, the area as a dot, its parents and
// Nederland as labelled rules, on one value axis.
import * as Plot from '@observablehq/plot';
import { formatNumber } from '../../atlas/format';
import { PROFILE_LEVEL_NAME, type ProfileRow } from '../../atlas/profile';

/** The profile panel's inner width in pixels. */
export const CHART_WIDTH = 350;

export function chartOptions(row: ProfileRow, code: string): Plot.PlotOptions {
  const own = row.siblings.filter((s) => s.code === code);
  // The nearest parent and Nederland, so the labels stay readable.
  const present = row.parents.filter((p) => p.value.status === 'ok' && p.value.value !== null);
  const references = [present[0], present.find((p) => p.level === 'nederland')]
    .filter((p, i, all): p is NonNullable<typeof p> => p !== undefined && all.indexOf(p) === i)
    .map((p) => ({
      label: p.level === 'nederland' ? 'NL' : PROFILE_LEVEL_NAME[p.level],
      value: p.value.value as number,
    }));
  return {
    // Drawn at the panel's own width, so the text is not scaled down (12 px stays 12 px).
    width: CHART_WIDTH,
    height: 120,
    marginLeft: 14,
    marginRight: 26,
    marginTop: 24,
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
      Plot.ruleX(references, { x: 'value', stroke: '#b35900', strokeDasharray: '3,2' }),
      // The parent's name above the frame, Nederland's just below it, so close values do not overprint.
      Plot.text(references.slice(0, 1), {
        x: 'value',
        text: 'label',
        frameAnchor: 'top',
        dy: -14,
        fill: '#b35900',
        fontSize: 11,
      }),
      Plot.text(references.slice(1), {
        x: 'value',
        text: 'label',
        frameAnchor: 'top',
        dy: -2,
        dx: 3,
        textAnchor: 'start',
        fill: '#b35900',
        fontSize: 11,
      }),
      Plot.dot(own, { x: 'value', r: 6, fill: '#0b5cad', stroke: 'white', strokeWidth: 1.5 }),
    ],
  };
}
