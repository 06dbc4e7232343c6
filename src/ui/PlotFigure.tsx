// An Observable Plot chart in React. Plot puts a <style> element in every chart; it is removed
// before the chart enters the page, since the Content-Security-Policy allows no inline styles
// (the same rules live in styles/profile.css under .plot-chart).
import { useLayoutEffect, useRef } from 'react';
import * as Plot from '@observablehq/plot';

export function PlotFigure({
  options,
  label,
  role = 'img',
  onClick,
}: {
  options: Plot.PlotOptions;
  label: string;
  role?: 'img' | 'group';
  onClick?: (event: React.MouseEvent<HTMLDivElement>) => void;
}) {
  const ref = useRef<HTMLDivElement>(null);
  // Drawn in the commit that shows the figure (not after it): a panel appears with its charts
  // instead of growing when they follow, and the chart does not wait behind the map's work.
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    const chart = Plot.plot({ ...options, ariaLabel: label });
    for (const style of chart.querySelectorAll('style')) style.remove();
    // The wrapper is one image with its own label; Plot's per-mark labels on <g> are not allowed there.
    for (const g of chart.querySelectorAll('g[aria-label]')) g.removeAttribute('aria-label');
    el.replaceChildren(chart);
    return () => {
      chart.remove();
    };
  }, [options, label]);
  return <div ref={ref} className="plot-chart" role={role} aria-label={label} onClick={onClick} />;
}
