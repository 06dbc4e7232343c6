// A static map extract for the printed profile (a WebGL canvas does not print): the selected area
// and its neighbourhood drawn with Observable Plot in the map's class colours, with the legend.
import { useMemo } from 'react';
import type * as Plot from '@observablehq/plot';
import { bbox } from '@turf/turf';
import { NODATA_COLOR, SECRET_COLOR, cssColor, paletteColors } from '../../atlas/palettes';
import { useAtlas } from '../../state/useAtlas';
import { selectChoropleth, selectGeometry } from '../../state/selectors';
import { PlotFigure } from '../PlotFigure';
import { rangeText } from '../format';
import { classText } from '../../atlas/choropleth';
import { staticMapOptions } from './staticMap';
import { usePrinting } from './usePrinting';

/** Drawn only while printing: the extract measures every area on each selection otherwise. */
export function PrintMap({ code }: { code: string }) {
  return usePrinting() ? <PrintMapFigure code={code} /> : null;
}

function PrintMapFigure({ code }: { code: string }) {
  const geometry = useAtlas(selectGeometry);
  const choropleth = useAtlas(selectChoropleth);
  const palette = useAtlas((s) => s.palette);
  const options = useMemo<Plot.PlotOptions | null>(() => {
    if (!geometry || !choropleth) return null;
    const selected = geometry.features.find((f) => f.properties.code === code);
    if (!selected) return null;
    const [w, s, e, n] = bbox(selected);
    const padX = (e - w) * 0.8 + 0.01;
    const padY = (n - s) * 0.8 + 0.01;
    const nearby = geometry.features.filter((f) => {
      const [fw, fs, fe, fn] = bbox(f);
      return fe >= w - padX && fw <= e + padX && fn >= s - padY && fs <= n + padY;
    });
    const colors = paletteColors(palette, choropleth.result.classes.length);
    const fill = (f: (typeof nearby)[number]) => {
      const row = choropleth.rowOf.get(f.properties.code);
      const k = row === undefined ? -1 : choropleth.result.classOf[row];
      if (k >= 0) return colors[k];
      return cssColor(row !== undefined && choropleth.values[row].status === 'secret' ? SECRET_COLOR : NODATA_COLOR);
    };
    return staticMapOptions({ features: nearby, fill, focus: [selected] });
  }, [geometry, choropleth, palette, code]);
  if (!options || !choropleth) return null;
  const colors = paletteColors(palette, choropleth.result.classes.length);
  return (
    <figure className="print-map">
      <PlotFigure options={options} label={`Kaartuitsnede: ${choropleth.def.label}`} />
      <figcaption>
        <strong className="print-map-title">
          {choropleth.def.label} ({choropleth.def.unit})
        </strong>
        {choropleth.result.classes.map((c) => (
          <span key={c.index} className="print-class">
            <span className="swatch" style={{ background: colors[c.index] }} />{' '}
            {classText(choropleth, c.index, rangeText(c, choropleth.def.decimals))} ({c.count})
          </span>
        ))}
        <span className="print-class">
          <span className="swatch" style={{ background: cssColor(NODATA_COLOR) }} /> geen gegevens (
          {choropleth.result.missing.nodata})
        </span>
        <span className="print-class">
          <span className="swatch" style={{ background: cssColor(SECRET_COLOR) }} /> geheim (
          {choropleth.result.missing.secret})
        </span>
        Bron: CBS, Kadaster/PDOK.
      </figcaption>
    </figure>
  );
}
