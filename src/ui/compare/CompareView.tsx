// "Regio's vergelijken": observed, corrected and deviation maps on one camera, the sortable table
// and the funnel plot of observed / expected.
import { useMemo, useState } from 'react';
import { SCP_CLASSES, type ComparisonRow } from '../../atlas/comparison';
import { formatNumber } from '../../atlas/format';
import { LEVEL_LABELS } from '../../atlas/geography';
import { MapSync } from '../../map/mapSync';
import { useAtlas } from '../../state/useAtlas';
import { selectCompareColors, selectComparison } from '../../state/comparisonSelectors';
import type { AtlasState } from '../../state/store';
import { CompareTooltip } from './CompareTooltip';
import { MapPane } from '../MapPane';
import { FunnelPlot } from './FunnelPlot';
import { incompleteNote } from '../../atlas/aggregate';
import { DEVIATION_LABELS } from '../../atlas/funnel';
import { DEVIATION_ORDER } from '../../atlas/palettes';

type SortKey = 'naam' | 'observed' | 'expected' | 'corrected' | 'shift' | 'ratio' | 'deviation';

const COLUMNS: { key: SortKey; label: string }[] = [
  { key: 'naam', label: 'Gebied' },
  { key: 'observed', label: 'Waargenomen' },
  { key: 'expected', label: 'Verwacht' },
  { key: 'corrected', label: 'Gecorrigeerd' },
  { key: 'shift', label: 'Klasse voor → na' },
  { key: 'ratio', label: 'Waargenomen / verwacht' },
  { key: 'deviation', label: 'Afwijking' },
];

function sortValue(r: ComparisonRow, key: SortKey): number | string | null {
  if (key === 'naam') return r.naam;
  if (key === 'shift') return r.classObserved < 0 || r.classCorrected < 0 ? null : r.classCorrected - r.classObserved;
  if (key === 'ratio') return r.funnel?.ratio ?? null;
  if (key === 'deviation') return r.funnel ? DEVIATION_ORDER.indexOf(r.funnel.deviation) : null;
  return r[key];
}

export function CompareTable() {
  const state = useAtlas(selectComparison);
  const level = useAtlas((s) => s.level);
  const selection = useAtlas((s) => s.selection);
  const { select } = useAtlas.getState();
  const [sort, setSort] = useState<{ key: SortKey; ascending: boolean }>({ key: 'observed', ascending: false });
  const comparison = state?.comparison;
  const rows = useMemo(() => {
    if (!comparison) return [];
    const direction = sort.ascending ? 1 : -1;
    return [...comparison.rows].sort((a, b) => {
      const va = sortValue(a, sort.key);
      const vb = sortValue(b, sort.key);
      if (va === null || vb === null) return va === vb ? 0 : va === null ? 1 : -1;
      const order = typeof va === 'string' ? va.localeCompare(vb as string, 'nl') : va - (vb as number);
      return order * direction || a.code.localeCompare(b.code);
    });
  }, [comparison, sort]);
  if (!comparison) return null;
  const d = comparison.model.outcome.decimals;
  const num = (v: number | null) => (v === null ? '–' : formatNumber(v, d));
  return (
    <div className="compare-table-wrap">
      <table className="compare-table">
        <caption>
          {LEVEL_LABELS[level].many[0].toUpperCase() + LEVEL_LABELS[level].many.slice(1)}:{' '}
          {comparison.model.outcome.label}, {comparison.model.outcome.unit}
          {comparison.extrapolated ? ' — verwacht en gecorrigeerd zijn een extrapolatie van het gemeentemodel' : ''}
        </caption>
        <thead>
          <tr>
            {COLUMNS.map((c) => (
              <th
                key={c.key}
                scope="col"
                aria-sort={sort.key === c.key ? (sort.ascending ? 'ascending' : 'descending') : 'none'}
                className={c.key === 'naam' ? undefined : 'num'}
              >
                <button
                  type="button"
                  onClick={() =>
                    setSort((s) => ({ key: c.key, ascending: s.key === c.key ? !s.ascending : c.key === 'naam' }))
                  }
                >
                  {c.label}
                  {sort.key === c.key ? (sort.ascending ? ' ▲' : ' ▼') : ''}
                </button>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => {
            const shift = r.classObserved >= 0 && r.classCorrected >= 0 ? r.classCorrected - r.classObserved : 0;
            return (
              <tr
                key={r.code}
                className={
                  [shift > 0 ? 'shift-up' : shift < 0 ? 'shift-down' : '', r.code === selection ? 'selected' : '']
                    .join(' ')
                    .trim() || undefined
                }
                data-code={r.code}
              >
                <th scope="row">
                  <button type="button" className="link" onClick={() => select(r.code)}>
                    {r.naam}
                  </button>
                  {r.incomplete ? (
                    <span className="value-note">{incompleteNote(r.incomplete.missing, r.incomplete.of)}</span>
                  ) : null}
                </th>
                <td className="num">{num(r.observed)}</td>
                <td className="num">{num(r.expected)}</td>
                <td className="num">{num(r.corrected)}</td>
                <td className="num">
                  {r.classObserved < 0 ? '–' : SCP_CLASSES[r.classObserved]}
                  {r.classCorrected >= 0 && shift !== 0 ? ` → ${SCP_CLASSES[r.classCorrected]}` : ''}
                </td>
                <td className="num">{r.funnel ? formatNumber(r.funnel.ratio, 3) : '–'}</td>
                <td className="deviation" data-deviation={r.funnel?.deviation ?? ''}>
                  {r.funnel ? DEVIATION_LABELS[r.funnel.deviation] : '–'}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

const observedColors = (s: AtlasState) => selectCompareColors(s, 'observed');
const correctedColors = (s: AtlasState) => selectCompareColors(s, 'corrected');
const deviationColors = (s: AtlasState) => selectCompareColors(s, 'deviation');

export default function CompareView() {
  const sync = useMemo(() => new MapSync(), []);
  const error = useAtlas((s) => selectComparison(s)?.error ?? null);
  return (
    <div className="compare">
      {error ? (
        <div className="map-error" role="alert">
          <p>
            <strong>Het risicomodel kan niet worden geschat.</strong> {error}
          </p>
        </div>
      ) : null}
      <div className="compare-maps">
        <figure className="compare-map">
          <figcaption>Waargenomen gebruik</figcaption>
          <div className="compare-map-body">
            <MapPane
              id="waargenomen"
              colors={observedColors}
              variant="observed"
              sync={sync}
              label="Kaart van het waargenomen gebruik"
            >
              <CompareTooltip map="waargenomen" />
            </MapPane>
          </div>
        </figure>
        <figure className="compare-map">
          <figcaption>Gecorrigeerd voor de bevolkingssamenstelling</figcaption>
          <div className="compare-map-body">
            <MapPane
              id="gecorrigeerd"
              colors={correctedColors}
              variant="corrected"
              sync={sync}
              label="Kaart van het gecorrigeerde gebruik"
            >
              <CompareTooltip map="gecorrigeerd" />
            </MapPane>
          </div>
        </figure>
        <figure className="compare-map">
          <figcaption>
            Wijkt af van verwacht? <span className="caption-note">(paars lager, oranje hoger)</span>
          </figcaption>
          <div className="compare-map-body">
            <MapPane
              id="afwijking"
              colors={deviationColors}
              variant="deviation"
              sync={sync}
              label="Kaart van de afwijking van het verwachte gebruik"
            >
              <CompareTooltip map="afwijking" />
            </MapPane>
          </div>
        </figure>
      </div>
      <div className="compare-bottom">
        <CompareTable />
        <FunnelPlot />
      </div>
    </div>
  );
}
