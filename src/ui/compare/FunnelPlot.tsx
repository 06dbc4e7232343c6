// The funnel plot: each area's ratio of observed to expected users against its expected users,
// with the two limit curves, drawn at the column's width. Points are links (keyboard reachable);
// hovering or focusing one names it beside the point, following one selects the area.
import { useMemo, useRef, useState } from 'react';
import { formatNumber } from '../../atlas/format';
import { useAtlas } from '../../state/useAtlas';
import { selectComparison } from '../../state/comparisonSelectors';
import { PlotFigure } from '../PlotFigure';
import { useElementWidth } from '../useElementWidth';
import { funnelOptions, linkCode, pointText } from './funnelOptions';

interface Named {
  text: string;
  left: number;
  top: number;
}

export function FunnelPlot() {
  const comparison = useAtlas((s) => selectComparison(s)?.comparison ?? null);
  const selection = useAtlas((s) => s.selection);
  const { select } = useAtlas.getState();
  const body = useRef<HTMLDivElement>(null);
  const width = useElementWidth(body);
  const [named, setNamed] = useState<Named | null>(null);
  const options = useMemo(
    () => (comparison && width > 0 ? funnelOptions(comparison, selection, width) : null),
    [comparison, selection, width],
  );
  if (!comparison) return null;
  const name = (target: EventTarget | null) => {
    const code = linkCode(target);
    const row = code ? comparison.rows.find((r) => r.code === code) : undefined;
    const dot = target instanceof Element ? target.closest('a')?.querySelector('circle') : null;
    if (!row?.funnel || !dot || !body.current) return setNamed(null);
    const box = dot.getBoundingClientRect();
    const origin = body.current.getBoundingClientRect();
    setNamed({
      text: pointText({ naam: row.naam, ratio: row.funnel.ratio, deviation: row.funnel.deviation }),
      left: box.left + box.width / 2 - origin.left,
      top: box.top - origin.top,
    });
  };
  const counts = comparison.deviationCounts;
  return (
    <figure className="funnel" data-phi={comparison.phi}>
      <figcaption>Trechter: waargenomen / verwacht met 95%-grenzen (φ = {formatNumber(comparison.phi, 1)})</figcaption>
      <div
        ref={body}
        className="funnel-body"
        onPointerOver={(e) => name(e.target)}
        onPointerLeave={() => setNamed(null)}
        onFocus={(e) => name(e.target)}
        onBlur={() => setNamed(null)}
      >
        {options ? (
          <PlotFigure
            options={options}
            role="group"
            onClick={(event) => {
              const code = linkCode(event.target);
              if (!code) return;
              event.preventDefault();
              select(code);
            }}
            label={`Trechterdiagram: ${counts.lager} gebieden lager dan verwacht, ${counts.binnen} binnen de marge, ${counts.hoger} hoger dan verwacht; een punt kiezen selecteert het gebied`}
          />
        ) : null}
        {named ? (
          <div className="funnel-name" role="status" style={{ left: named.left, top: named.top }}>
            {named.text}
          </div>
        ) : null}
      </div>
    </figure>
  );
}
