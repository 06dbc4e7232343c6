// Hover tooltip of one map: name, value in nl-NL with unit, and class; in the comparison also
// the expected and corrected values.
import { CLASS_LABELS_5, formatNumber } from '../atlas/format';
import { SCP_CLASSES } from '../atlas/comparison';
import { useAtlas } from '../state/useAtlas';
import { selectChoropleth, selectComparison } from '../state/selectors';
import { valueText } from './format';

export function Tooltip({ map }: { map: string }) {
  const hover = useAtlas((s) => (s.hover?.map === map ? s.hover : null));
  const choropleth = useAtlas(selectChoropleth);
  const comparison = useAtlas((s) => selectComparison(s)?.comparison ?? null);
  if (!hover || !choropleth) return null;
  const row = choropleth.rowOf.get(hover.code);
  const name = row === undefined ? hover.code : choropleth.areas.names[row];
  const value = row === undefined ? undefined : choropleth.values[row];
  const style = { transform: `translate(${hover.x + 14}px, ${hover.y + 14}px)` };
  if (comparison && row !== undefined) {
    const r = comparison.rows[row];
    const d = comparison.model.outcome.decimals;
    const num = (v: number | null) => (v === null ? 'geen waarde' : formatNumber(v, d));
    const cls = (k: number) => (k < 0 ? '' : ` (${SCP_CLASSES[k]})`);
    return (
      <div className="tooltip" role="status" style={style}>
        <strong>{name}</strong>
        <div className="tooltip-value">Waargenomen: {num(r.observed)}{cls(r.classObserved)}</div>
        <div className="tooltip-class">Verwacht: {num(r.expected)}</div>
        <div className="tooltip-value">Gecorrigeerd: {num(r.corrected)}{cls(r.classCorrected)}</div>
        <div className="tooltip-class">{comparison.model.outcome.unit}</div>
      </div>
    );
  }
  const k = row === undefined ? -1 : choropleth.result.classOf[row];
  const c = choropleth.result.classification;
  const classText = k < 0 ? null : `klasse ${k + 1} van ${c.count}${c.method === 'kwantiel' && c.count === 5 ? ` (${CLASS_LABELS_5[k]})` : ''}`;
  return (
    <div className="tooltip" role="status" style={style}>
      <strong>{name}</strong>
      <div className="tooltip-value">{choropleth.def.label}: {valueText(value, choropleth.def)}</div>
      {value?.note ? <div className="tooltip-class">{value.note}</div> : null}
      {classText ? <div className="tooltip-class">{classText}</div> : null}
    </div>
  );
}
