// The comparison on paper: what is compared, the three maps drawn as static figures in the maps'
// colours (a WebGL canvas does not print) with the legend, the deviations and the funnel at the
// page's width; the table follows from the page itself. Drawn only while printing: three maps of every area cost work.
import { useMemo } from 'react';
import { LEVEL_LABELS } from '../../atlas/geography';
import { fitText } from '../../atlas/modelFit';
import { formatNumber } from '../../atlas/format';
import { selectCompareColors, selectComparison, type CompareVariant } from '../../state/comparisonSelectors';
import { selectGeometry } from '../../state/selectors';
import { useAtlas } from '../../state/useAtlas';
import { CompareLegend } from '../compare/CompareLegend';
import { DeviationSummary } from '../compare/DeviationSummary';
import { PlotFigure } from '../PlotFigure';
import { mapCaption } from '../compare/mapCaption';
import { funnelOptions } from '../compare/funnelOptions';
import { fillOf, staticMapOptions } from './staticMap';
import { usePrinting } from './usePrinting';

function PrintCompareMap({ variant }: { variant: CompareVariant }) {
  const geometry = useAtlas(selectGeometry);
  const colors = useAtlas((s) => selectCompareColors(s, variant));
  const selection = useAtlas((s) => s.selection);
  const national = useAtlas((s) => s.correctedScale === 'landelijk');
  const options = useMemo(() => {
    if (!geometry || !colors) return null;
    const incomplete = new Set(colors.incomplete);
    return staticMapOptions({
      features: geometry.features,
      fill: fillOf(colors),
      focus: geometry.features.filter((f) => f.properties.code === selection),
      dashed: geometry.features.filter((f) => incomplete.has(f.properties.code)),
      borders: geometry.regionBorders?.(),
      width: 330,
      height: 380,
    });
  }, [geometry, colors, selection]);
  // Paper has no swatches beside the deviation map's caption: the colours are said in words.
  const caption = `${mapCaption(variant, national)}${variant === 'deviation' ? ': paars lager, oranje hoger dan verwacht' : ''}`;
  if (!options) return null;
  return (
    <figure className="print-compare-map">
      <PlotFigure options={options} label={`Kaart: ${caption}`} />
      <figcaption>{caption}</figcaption>
    </figure>
  );
}

/** The funnel drawn at the page's width (the screen's is drawn at its column's). */
const PRINT_WIDTH = 680;

function PrintCompareContent() {
  const comparison = useAtlas((s) => selectComparison(s)?.comparison ?? null);
  const level = useAtlas((s) => s.level);
  const year = useAtlas((s) => s.year);
  const selection = useAtlas((s) => s.selection);
  const funnel = useMemo(
    () => (comparison ? funnelOptions(comparison, selection, PRINT_WIDTH) : null),
    [comparison, selection],
  );
  if (!comparison || !funnel) return null;
  const fit = fitText(comparison.model.r2);
  return (
    <section className="print-compare print-only">
      <h2>
        Regio&apos;s vergelijken: {comparison.model.outcome.label} ({comparison.model.outcome.unit}),{' '}
        {LEVEL_LABELS[level].many} {year}
      </h2>
      <p>
        Gecorrigeerd gebruik is een signaal, geen oordeel. Model: R² {formatNumber(comparison.model.r2, 2)} (
        {comparison.model.year}, n = {comparison.model.n}). {fit.text}
      </p>
      <div className="print-compare-maps">
        <PrintCompareMap variant="observed" />
        <PrintCompareMap variant="corrected" />
        <PrintCompareMap variant="deviation" />
      </div>
      <CompareLegend comparison={comparison} />
      <DeviationSummary comparison={comparison} />
      <figure className="print-funnel">
        <PlotFigure options={funnel} label="Trechter: waargenomen / verwacht met de grenzen van toeval" />
        <figcaption>
          Trechter: waargenomen / verwacht tegen het verwachte aantal gebruikers, met 95%-grenzen (φ ={' '}
          {formatNumber(comparison.phi, 1)}).
        </figcaption>
      </figure>
      <p className="legend-source">Bron: CBS, Kadaster/PDOK.</p>
    </section>
  );
}

export function PrintCompare() {
  return usePrinting() ? <PrintCompareContent /> : null;
}
