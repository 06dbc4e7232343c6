// Every catalogue indicator for the selected area, with its unit, source and caveats.
import { APPROX_1564, CATALOGUE } from '../../data/catalogue';
import { LEVEL_LABELS } from '../atlas/geography';
import { indicatorAt, isAvailable } from '../atlas/indicators';
import { useAtlas } from '../state/useAtlas';
import { selectTable } from '../state/selectors';
import { valueText } from './format';

export function InfoPanel() {
  const selection = useAtlas((s) => s.selection);
  const table = useAtlas(selectTable);
  const level = useAtlas((s) => s.level);
  const year = useAtlas((s) => s.year);
  const current = useAtlas((s) => s.indicator);
  const gemeenteTable = useAtlas((s) => s.tables[`gemeente_${s.year}`]);
  const { select } = useAtlas.getState();
  if (!selection || !table) return null;
  const row = table.codes.indexOf(selection);
  if (row < 0) return null;
  const gm = table.parents.gm?.[row];
  const gmName = gm && gemeenteTable ? gemeenteTable.names[gemeenteTable.codes.indexOf(gm)] : null;
  const defs = CATALOGUE.filter((d) => isAvailable(d, level, year));
  return (
    <section className="info" aria-labelledby="info-title">
      <div className="info-head">
        <h2 id="info-title">{table.names[row]}</h2>
        <button type="button" className="close" onClick={() => select(null)} aria-label="Selectie sluiten">×</button>
      </div>
      <p className="info-sub">{LEVEL_LABELS[level].one} {selection}{gmName ? `, gemeente ${gmName}` : ''} · {year}</p>
      <dl className="info-list">
        {defs.map((d) => (
          <div key={d.id} className={d.id === current ? 'current' : undefined} data-indicator={d.id}>
            <dt title={d.note}>{d.label}</dt>
            <dd>{valueText(indicatorAt(table, d, row), d)}</dd>
          </div>
        ))}
      </dl>
      <p className="info-source">
        Bron: {table.source}.
        {defs.some((d) => d.note === APPROX_1564) ? ' Bijstand, WW en AO per 1.000 inwoners van 15–64 jaar: een benadering van de groep 18–64 jaar.' : ''}
      </p>
    </section>
  );
}
