// Every catalogue indicator for the selected area, with its unit, source and caveats.
import { APPROX_1564, CATALOGUE } from '../../data/catalogue';
import { LEVEL_LABELS } from '../atlas/geography';
import { isAvailable } from '../atlas/indicators';
import { useAtlas } from '../state/useAtlas';
import { selectAreas } from '../state/selectors';
import { valueText } from './format';

export function InfoPanel() {
  const selection = useAtlas((s) => s.selection);
  const areas = useAtlas(selectAreas);
  const level = useAtlas((s) => s.level);
  const year = useAtlas((s) => s.year);
  const current = useAtlas((s) => s.indicator);
  const gemeenteTable = useAtlas((s) => s.tables[`gemeente_${s.year}`]);
  const { select } = useAtlas.getState();
  if (!selection || !areas) return null;
  const row = areas.codes.indexOf(selection);
  if (row < 0) return null;
  const gemeenteName = (code: string | null | undefined) => (code && gemeenteTable ? gemeenteTable.names[gemeenteTable.codes.indexOf(code)] : null);
  const gmName = gemeenteName(areas.gemeenteOf?.[row]);
  const members = areas.members?.[row];
  const defs = CATALOGUE.filter((d) => isAvailable(d, level, year));
  return (
    <section className="info" aria-labelledby="info-title">
      <div className="info-head">
        <h2 id="info-title">{areas.names[row]}</h2>
        <button type="button" className="close" onClick={() => select(null)} aria-label="Selectie sluiten">×</button>
      </div>
      <p className="info-sub">{LEVEL_LABELS[level].one} {selection}{gmName ? `, gemeente ${gmName}` : ''} · {year}</p>
      {members ? (
        <p className="info-members">
          {members.length} {members.length === 1 ? 'gemeente' : 'gemeenten'}: {members.map((m) => gemeenteName(m) ?? m).join(', ')}
        </p>
      ) : null}
      <dl className="info-list">
        {defs.map((d) => {
          const v = areas.values(d)[row];
          return (
            <div key={d.id} className={d.id === current ? 'current' : undefined} data-indicator={d.id}>
              <dt title={d.note}>{d.label}</dt>
              <dd>{valueText(v, d)}{v.note ? <span className="value-note">{v.note}</span> : null}</dd>
            </div>
          );
        })}
      </dl>
      <p className="info-source">
        Bron: {areas.source}.
        {defs.some((d) => d.note === APPROX_1564) ? ' Bijstand, WW en AO per 1.000 inwoners van 15–64 jaar: een benadering van de groep 18–64 jaar.' : ''}
        {members ? ' Regiocijfers zijn sommen van tellers en noemers van de gemeenten.' : ''}
      </p>
    </section>
  );
}
