// An Observable Plot chart in React. Plot puts a <style> element in every chart; it is removed
// before the chart enters the page, since the Content-Security-Policy allows no inline styles
// (the same rules live in styles.css under .plot-chart).
import { useEffect, useRef } from 'react';
import * as Plot from '@observablehq/plot';

export function PlotFigure({ options, label }: { options: Plot.PlotOptions; label: string }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    const chart = Plot.plot({ ...options, ariaLabel: label });
    for (const style of chart.querySelectorAll('style')) style.remove();
    el.replaceChildren(chart);
    return () => { chart.remove(); };
  }, [options, label]);
  return <div ref={ref} className="plot-chart" role="img" aria-label={label} />;
}
