// Hover tooltip in the comparison: observed, expected and corrected value with their classes.
import { SCP_CLASSES } from '../../atlas/comparison';
import { formatNumber } from '../../atlas/format';
import { useAtlas } from '../../state/useAtlas';
import { selectComparison } from '../../state/comparisonSelectors';
import { tooltipStyle } from '../Tooltip';
import { DEVIATION_LABELS } from '../../atlas/funnel';
import { incompleteNote } from '../../atlas/aggregate';

export function CompareTooltip({ map }: { map: string }) {
  const hover = useAtlas((s) => (s.hover?.map === map ? s.hover : null));
  const comparison = useAtlas((s) => selectComparison(s)?.comparison ?? null);
  if (!hover || !comparison) return null;
  const row = comparison.areas.codes.indexOf(hover.code);
  if (row < 0) return null;
  const r = comparison.rows[row];
  const d = comparison.model.outcome.decimals;
  const num = (v: number | null) => (v === null ? 'geen waarde' : formatNumber(v, d));
  const cls = (k: number) => (k < 0 ? '' : ` (${SCP_CLASSES[k]})`);
  return (
    <div className="tooltip" role="status" style={tooltipStyle(hover)}>
      <strong>{r.naam}</strong>
      <div className="tooltip-value">
        Waargenomen: {num(r.observed)}
        {cls(r.classObserved)}
      </div>
      <div className="tooltip-class">Verwacht: {num(r.expected)}</div>
      <div className="tooltip-value">
        Gecorrigeerd: {num(r.corrected)}
        {cls(r.classCorrected)}
      </div>
      <div className="tooltip-class">{comparison.model.outcome.unit}</div>
      {r.funnel ? (
        <div className="tooltip-value">
          Waargenomen / verwacht: {formatNumber(r.funnel.ratio, 3)} — {DEVIATION_LABELS[r.funnel.deviation]}
        </div>
      ) : null}
      {r.incomplete ? (
        <div className="tooltip-class">{incompleteNote(r.incomplete.missing, r.incomplete.of)}</div>
      ) : null}
    </div>
  );
}
