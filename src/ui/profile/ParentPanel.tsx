// A gemeente (or wijk) as the focus of the map's wijken (or buurten): "Dordrecht — wijken", with
// its areas ranked by the value on the map, bars in their class colour, the gemeente's and
// Nederland's value as reference lines. Hovering or focusing a row outlines the area on the map,
// and the area under the pointer on the map is marked in the list.
import { useEffect, useMemo, useState } from 'react';
import { LEVEL_LABELS, levelOfCode, type Level } from '../../atlas/geography';
import { paletteColors } from '../../atlas/palettes';
import { formatNumber } from '../../atlas/format';
import { nationalValue } from '../../atlas/profile';
import { rankedChildren, type RankOrder } from '../../atlas/rankedList';
import { choroplethCsv, exportFileName } from '../../atlas/tableExport';
import { useAtlas } from '../../state/useAtlas';
import { selectChoropleth } from '../../state/selectors';
import { selectContext } from '../../state/profileSelectors';
import { valueText } from '../format';
import { download } from '../download';
import { gemeenteNames } from '../ShareExport';

export default function ParentPanel({ code }: { code: string }) {
  const choropleth = useAtlas(selectChoropleth);
  const ctx = useAtlas(selectContext);
  const level = useAtlas((s) => s.level);
  const year = useAtlas((s) => s.year);
  const palette = useAtlas((s) => s.palette);
  const hoverCode = useAtlas((s) => (s.hover?.map === 'kaart' ? s.hover.code : null));
  const { select, setHighlight, ensureLayer } = useAtlas.getState();
  const [order, setOrder] = useState<RankOrder>('waarde');
  const parentLevel = levelOfCode(code) as Level;
  useEffect(() => { void ensureLayer(parentLevel as 'gemeente' | 'wijk', year); }, [parentLevel, year, ensureLayer]);
  useEffect(() => () => setHighlight([]), [setHighlight]);

  const rows = useMemo(() => (choropleth ? rankedChildren(choropleth, code, order) : []), [choropleth, code, order]);
  if (!choropleth) return null;
  const { def } = choropleth;
  const parentAreas = ctx.areas(parentLevel);
  const parentRow = parentAreas ? parentAreas.codes.indexOf(code) : -1;
  const parentName = parentRow >= 0 ? parentAreas!.names[parentRow] : code;
  const parentValue = parentRow >= 0 ? parentAreas!.values(def)[parentRow] : undefined;
  const gemeenten = ctx.areas('gemeente');
  const nl = gemeenten ? nationalValue(def, gemeenten) : undefined;
  const colors = paletteColors(palette, choropleth.result.classes.length);
  const refs = [
    { key: 'parent', label: parentName, value: parentValue?.status === 'ok' ? parentValue.value : null },
    { key: 'nl', label: 'Nederland', value: nl?.status === 'ok' ? nl.value : null },
  ].filter((r): r is { key: string; label: string; value: number } => r.value !== null);
  const max = Math.max(...rows.map((r) => (r.value.status === 'ok' ? r.value.value ?? 0 : 0)), ...refs.map((r) => r.value), 0) || 1;
  const pct = (v: number) => `${Math.max(0, (100 * v) / max).toFixed(2)}%`;
  const many = LEVEL_LABELS[level].many;
  const exportCsv = () => {
    const s = useAtlas.getState();
    const text = choroplethCsv(choropleth, { levelText: `${many} van ${parentName}, ${year}`, made: new Date(), dialect: 'nl' }, { gemeenten: gemeenteNames(s), within: code });
    download(new Blob([text], { type: 'text/csv;charset=utf-8' }), exportFileName([def.label, many, parentName, String(year)], 'csv'));
  };
  return (
    <div className="parent-panel">
      <p className="info-sub">{rows.length} {many} · {def.label} ({def.unit}) · indeling {year}</p>
      <div className="ranked-tools" role="group" aria-label="Volgorde">
        <button type="button" aria-pressed={order === 'waarde'} onClick={() => setOrder('waarde')}>Op waarde</button>
        <button type="button" aria-pressed={order === 'naam'} onClick={() => setOrder('naam')}>Op naam</button>
        <button type="button" onClick={exportCsv}>Als CSV</button>
      </div>
      <p className="ranked-refs">
        {refs.map((r) => <span key={r.key} className={`ranked-ref-key ranked-ref-${r.key}`}>{r.label}: {formatNumber(r.value, def.decimals)}</span>)}
      </p>
      <ol className="ranked-list" aria-label={`${many} van ${parentName}, ${order === 'waarde' ? 'van hoog naar laag' : 'op naam'}`}>
        {rows.map((r) => {
          const ok = r.value.status === 'ok' && r.value.value !== null;
          return (
            <li key={r.code} data-code={r.code} className={r.code === hoverCode ? 'hovered' : undefined}>
              <button type="button" className="ranked-row"
                onMouseEnter={() => setHighlight([r.code])} onMouseLeave={() => setHighlight([])}
                onFocus={() => setHighlight([r.code])} onBlur={() => setHighlight([])}
                onClick={() => select(r.code)}>
                <span className="ranked-name">{r.naam}</span>
                <span className="ranked-value">{ok ? formatNumber(r.value.value as number, def.decimals) : valueText(r.value, def)}</span>
                <span className="ranked-track" aria-hidden="true">
                  {ok ? <span className="ranked-bar" style={{ width: pct(r.value.value as number), background: colors[r.klasse] }} /> : <span className="ranked-missing">{r.value.status === 'secret' ? 'geheim' : 'geen gegevens'}</span>}
                  {refs.map((ref) => <span key={ref.key} className={`ranked-ref ranked-ref-${ref.key}`} style={{ left: pct(ref.value) }} />)}
                </span>
              </button>
            </li>
          );
        })}
      </ol>
    </div>
  );
}
