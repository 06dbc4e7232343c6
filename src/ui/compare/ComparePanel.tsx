// Side panel of the comparison: the caveat, the model's fit in words, the legend before → after,
// the deviation counts and the shifts, the model itself and the factors to choose.
import { useId } from 'react';
import { fitText } from '../../atlas/modelFit';
import { formatNumber } from '../../atlas/format';
import { useAtlas } from '../../state/useAtlas';
import { selectComparison } from '../../state/comparisonSelectors';
import { CompareLegend } from './CompareLegend';
import { CorrectedScaleChoice } from './CorrectedScaleChoice';
import { DeviationSummary } from './DeviationSummary';
import { FactorChoice } from './FactorChoice';
import { ModelDetails } from './ModelDetails';

export default function ComparePanel() {
  const id = useId();
  const state = useAtlas(selectComparison);
  const comparison = state?.comparison;
  const fit = comparison ? fitText(comparison.model.r2) : null;
  return (
    <section className="compare-panel" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>Waargenomen en gecorrigeerd</h2>
      <p className="caveat">
        Gecorrigeerd gebruik is een <strong>signaal, geen oordeel</strong>: het is het gebruik dat overblijft na
        correctie voor de bevolkingssamenstelling volgens een model met een eigen foutmarge. Laag gecorrigeerd gebruik
        kan ook betekenen dat preventie werkt.
      </p>
      {comparison && fit ? (
        <>
          <p className={`model-fit model-fit-${fit.level}`} data-fit={fit.level}>
            <strong>R² {formatNumber(comparison.model.r2, 2)}</strong> ({comparison.model.year}, n ={' '}
            {comparison.model.n}). {fit.text}
          </p>
          {comparison.extrapolated ? (
            <p className="legend-warning">
              Wijken en buurten: het model is op gemeenten geschat en hier toegepast op de kenmerken van elke wijk of
              buurt. Dat is een extrapolatie; lees de verschillen met extra voorzichtigheid.
            </p>
          ) : null}
          <CompareLegend comparison={comparison} />
          <CorrectedScaleChoice comparison={comparison} />
          <DeviationSummary comparison={comparison} />
          <ModelDetails comparison={comparison} />
        </>
      ) : null}
      {state?.error ? (
        <p className="field-error" role="alert">
          {state.error}
        </p>
      ) : null}
      <FactorChoice />
    </section>
  );
}
