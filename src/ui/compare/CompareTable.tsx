// The comparison's sortable table: observed, expected and corrected use, the class before and
// after correction, observed / expected and the deviation. Short headers (the full name in a
// tooltip) and short words, so every column fits the table's width without scrolling sideways.
import { useMemo, useState } from 'react';
import { SCP_CLASSES, type ComparisonRow } from '../../atlas/comparison';
import { formatNumber } from '../../atlas/format';
import { LEVEL_LABELS } from '../../atlas/geography';
import { incompleteNote } from '../../atlas/aggregate';
import { DEVIATION_LABELS } from '../../atlas/funnel';
import { DEVIATION_ORDER } from '../../atlas/palettes';
import { useAtlas } from '../../state/useAtlas';
import { selectComparison } from '../../state/comparisonSelectors';

type SortKey = 'naam' | 'observed' | 'expected' | 'corrected' | 'shift' | 'ratio' | 'deviation';

const COLUMNS: { key: SortKey; label: string; title?: string }[] = [
  { key: 'naam', label: 'Gebied' },
  { key: 'observed', label: 'Waarg.', title: 'Waargenomen gebruik' },
  { key: 'expected', label: 'Verw.', title: 'Verwacht gebruik volgens het model' },
  { key: 'corrected', label: 'Gecorr.', title: 'Gecorrigeerd gebruik: waargenomen − verwacht + landelijk' },
  { key: 'shift', label: 'Klasse', title: 'Klasse voor → na correctie' },
  { key: 'ratio', label: 'W/V', title: 'Waargenomen / verwachte gebruikers' },
  { key: 'deviation', label: 'Afwijking', title: 'Afwijking van verwacht buiten de 95%-trechter' },
];

/** Short deviation words for the table; the tooltip says them in full. */
const DEVIATION_SHORT = { lager: 'lager', binnen: 'binnen', hoger: 'hoger' } as const;

function sortValue(r: ComparisonRow, key: SortKey): number | string | null {
  if (key === 'naam') return r.naam;
  if (key === 'shift') return r.classObserved < 0 || r.classCorrected < 0 ? null : r.classCorrected - r.classObserved;
  if (key === 'ratio') return r.funnel?.ratio ?? null;
  if (key === 'deviation') return r.funnel ? DEVIATION_ORDER.indexOf(r.funnel.deviation) : null;
  return r[key];
}

function sortRows(rows: ComparisonRow[], key: SortKey, ascending: boolean): ComparisonRow[] {
  const direction = ascending ? 1 : -1;
  return [...rows].sort((a, b) => {
    const va = sortValue(a, key);
    const vb = sortValue(b, key);
    if (va === null || vb === null) return va === vb ? 0 : va === null ? 1 : -1;
    const order = typeof va === 'string' ? va.localeCompare(vb as string, 'nl') : va - (vb as number);
    return order * direction || a.code.localeCompare(b.code);
  });
}

function ClassShift({ row, shift }: { row: ComparisonRow; shift: number }) {
  if (row.classObserved < 0) return <>–</>;
  const text = `${SCP_CLASSES[row.classObserved]}${row.classCorrected >= 0 && shift !== 0 ? ` → ${SCP_CLASSES[row.classCorrected]}` : ''}`;
  return <span title={`Klasse voor → na correctie: ${text}`}>{text}</span>;
}

export function CompareTable() {
  const state = useAtlas(selectComparison);
  const level = useAtlas((s) => s.level);
  const selection = useAtlas((s) => s.selection);
  const { select } = useAtlas.getState();
  const [sort, setSort] = useState<{ key: SortKey; ascending: boolean }>({ key: 'observed', ascending: false });
  const comparison = state?.comparison;
  const rows = useMemo(
    () => (comparison ? sortRows(comparison.rows, sort.key, sort.ascending) : []),
    [comparison, sort],
  );
  if (!comparison) return null;
  const d = comparison.model.outcome.decimals;
  const num = (v: number | null) => (v === null ? '–' : formatNumber(v, d));
  const many = LEVEL_LABELS[level].many;
  return (
    <div className="compare-table-wrap">
      <table className="compare-table">
        <caption>
          {many[0].toUpperCase() + many.slice(1)}: {comparison.model.outcome.label}, {comparison.model.outcome.unit}
          {comparison.extrapolated ? ' — verwacht en gecorrigeerd zijn een extrapolatie van het gemeentemodel' : ''}
        </caption>
        <thead>
          <tr>
            {COLUMNS.map((c) => (
              <th
                key={c.key}
                scope="col"
                aria-sort={sort.key === c.key ? (sort.ascending ? 'ascending' : 'descending') : 'none'}
                className={c.key === 'naam' || c.key === 'shift' || c.key === 'deviation' ? undefined : 'num'}
              >
                <button
                  type="button"
                  onClick={() =>
                    setSort((s) => ({ key: c.key, ascending: s.key === c.key ? !s.ascending : c.key === 'naam' }))
                  }
                >
                  {c.title ? <abbr title={c.title}>{c.label}</abbr> : c.label}
                  {sort.key === c.key ? (sort.ascending ? ' ▲' : ' ▼') : ''}
                </button>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => {
            const shift = r.classObserved >= 0 && r.classCorrected >= 0 ? r.classCorrected - r.classObserved : 0;
            const classes = [
              shift > 0 ? 'shift-up' : shift < 0 ? 'shift-down' : '',
              r.code === selection ? 'selected' : '',
            ];
            return (
              <tr key={r.code} className={classes.join(' ').trim() || undefined} data-code={r.code}>
                <th scope="row">
                  <button type="button" className="link" onClick={() => select(r.code)}>
                    {r.naam}
                  </button>
                  {r.incomplete ? (
                    <span className="value-note" title={incompleteNote(r.incomplete.missing, r.incomplete.of)}>
                      onvolledig ({r.incomplete.missing} van {r.incomplete.of})
                    </span>
                  ) : null}
                </th>
                <td className="num">{num(r.observed)}</td>
                <td className="num">{num(r.expected)}</td>
                <td className="num">{num(r.corrected)}</td>
                <td className="class-shift">
                  <ClassShift row={r} shift={shift} />
                </td>
                <td className="num">{r.funnel ? formatNumber(r.funnel.ratio, 3) : '–'}</td>
                <td
                  className="deviation"
                  data-deviation={r.funnel?.deviation ?? ''}
                  title={r.funnel ? DEVIATION_LABELS[r.funnel.deviation] : undefined}
                >
                  {r.funnel ? DEVIATION_SHORT[r.funnel.deviation] : '–'}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
