// Hover tooltip of one map: name, value in nl-NL with unit, and class.
import { CLASS_LABELS_5 } from '../atlas/format';
import { useAtlas } from '../state/useAtlas';
import { selectChoropleth } from '../state/selectors';
import { CATEGORIES, addressText } from '../atlas/socialeKaart';
import { valueText } from './format';

export const tooltipStyle = (hover: { x: number; y: number }) => ({
  transform: `translate(${hover.x + 14}px, ${hover.y + 14}px)`,
});

export function Tooltip({ map }: { map: string }) {
  const hover = useAtlas((s) => (s.hover?.map === map ? s.hover : null));
  const choropleth = useAtlas(selectChoropleth);
  if (hover?.point) {
    const p = hover.point;
    return (
      <div className="tooltip" role="status" style={tooltipStyle(hover)}>
        <strong>{p.naam}</strong>
        <div className="tooltip-value">{p.teamCategorie ?? CATEGORIES[p.categorie]}</div>
        <div className="tooltip-class">
          {addressText(p)}
          {p.telefoon ? ` · ${p.telefoon}` : ''}
        </div>
        {p.kanttekening ? <div className="tooltip-class">{p.kanttekening}</div> : null}
        <div className="tooltip-class">Bron: {p.bron}</div>
      </div>
    );
  }
  if (!hover || !choropleth) return null;
  const row = choropleth.rowOf.get(hover.code);
  const name = row === undefined ? hover.code : choropleth.areas.names[row];
  const value = row === undefined ? undefined : choropleth.values[row];
  const style = tooltipStyle(hover);
  const k = row === undefined ? -1 : choropleth.result.classOf[row];
  const c = choropleth.result.classification;
  const classText =
    k < 0
      ? null
      : `klasse ${k + 1} van ${c.count}${c.method === 'kwantiel' && c.count === 5 ? ` (${CLASS_LABELS_5[k]})` : ''}`;
  return (
    <div className="tooltip" role="status" style={style}>
      <strong>{name}</strong>
      <div className="tooltip-value">
        {choropleth.def.label}: {valueText(value, choropleth.def)}
      </div>
      {value?.note ? <div className="tooltip-class">{value.note}</div> : null}
      {classText ? <div className="tooltip-class">{classText}</div> : null}
    </div>
  );
}
