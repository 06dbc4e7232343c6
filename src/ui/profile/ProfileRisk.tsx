// Expected and corrected use of the area shown, from the risk model of its year, with the ratio
// observed / expected and its funnel verdict; the model's fit said in words next to it.
import { SCP_CLASSES } from '../../atlas/comparison';
import { formatNumber } from '../../atlas/format';
import { DEVIATION_LABELS } from '../../atlas/funnel';
import { fitText } from '../../atlas/modelFit';
import type { ComparisonState } from '../../atlas/riskComparison';

export function ProfileRisk({ risk, code }: { risk: ComparisonState; code: string }) {
  const riskRow = risk.comparison?.rows.find((r) => r.code === code);
  const d = risk.comparison?.model.outcome.decimals ?? 1;
  return (
    <>
      {riskRow ? (
        <div className="profile-risk">
          <h3 id="profile-risk-title">Verwacht gebruik gezien de bevolking</h3>
          <dl className="info-list">
            <div>
              <dt>Waargenomen</dt>
              <dd>
                {riskRow.observed === null ? '–' : formatNumber(riskRow.observed, d)}
                {riskRow.classObserved >= 0 ? ` (${SCP_CLASSES[riskRow.classObserved]})` : ''}
              </dd>
            </div>
            <div>
              <dt>Verwacht</dt>
              <dd>{riskRow.expected === null ? '–' : formatNumber(riskRow.expected, d)}</dd>
            </div>
            <div>
              <dt>Gecorrigeerd</dt>
              <dd>
                {riskRow.corrected === null ? '–' : formatNumber(riskRow.corrected, d)}
                {riskRow.classCorrected >= 0 ? ` (${SCP_CLASSES[riskRow.classCorrected]})` : ''}
              </dd>
            </div>
            <div>
              <dt>Waargenomen / verwacht</dt>
              <dd className="profile-deviation" data-deviation={riskRow.funnel?.deviation ?? ''}>
                {riskRow.funnel
                  ? `${formatNumber(riskRow.funnel.ratio, 3)} — ${DEVIATION_LABELS[riskRow.funnel.deviation]}`
                  : '–'}
              </dd>
            </div>
          </dl>
          <p className="legend-note">
            {fitText(risk.comparison!.model.r2).text} Model {risk.comparison!.model.year}:{' '}
            {risk.comparison!.model.factors.map((f) => f.label).join(', ')}.
          </p>
          <p className="caveat">
            Gecorrigeerd gebruik is een signaal, geen oordeel: het model (R²{' '}
            {formatNumber(risk.comparison!.model.r2, 2)}, n = {risk.comparison!.model.n}) heeft een foutmarge
            {risk.comparison!.extrapolated
              ? ', en voor wijken en buurten is het een extrapolatie van een gemeentemodel'
              : ''}
            .
          </p>
        </div>
      ) : null}
    </>
  );
}
