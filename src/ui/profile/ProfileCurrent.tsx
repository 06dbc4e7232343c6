// The indicator shown on the map, in the profile: its value and rank, a chart against its
// siblings, a region's gemeenten, the parents' values and the source.
import { useMemo } from 'react';
import { formatNumber } from '../../atlas/format';
import { isRegionSystem, type Level } from '../../atlas/geography';
import { PROFILE_LEVEL_NAME, type ProfileContext, type ProfileRow } from '../../atlas/profile';
import { sortRanked } from '../../atlas/rankedList';
import { useAtlas } from '../../state/useAtlas';
import { selectDeviations } from '../../state/profileSelectors';
import type { Deviation } from '../../atlas/funnel';
import { rankWords, valueText } from '../format';
import { PlotFigure } from '../PlotFigure';
import { REFERENCE_STYLE, chartOptions, chartReferences } from './profileChart';
import { RankedBars, referenceLines, type BarRow } from './RankedBars';

function rankText(row: ProfileRow): string | null {
  if (row.sameClass) {
    const { count, of, among } = row.sameClass;
    return `Een klasse, geen rangorde: ${count} van de ${of} ${among} ${count === 1 ? 'valt' : 'vallen'} in deze klasse.`;
  }
  if (!row.rank) return null;
  const direction =
    row.def.higherMeansMoreNeed === true ? ' (1 = hoogste; hoger = meer ondersteuningsbehoefte)' : ' (1 = hoogste)';
  return `${rankWords(row.rank)} ${row.rank.among}${direction}`;
}

/** The most sibling names a printed profile lists. */
const PRINTED_NAMES = 40;

function SiblingChart({ row, code }: { row: ProfileRow; code: string }) {
  const options = useMemo(() => chartOptions(row, code), [row, code]);
  const sorted = useMemo(
    () => [...row.siblings].sort((a, b) => b.value - a.value || a.naam.localeCompare(b.naam, 'nl')),
    [row],
  );
  const names = sorted.map((s) => (
    <li key={s.code} className={s.code === code ? 'current' : undefined}>
      {s.naam}: {formatNumber(s.value, row.def.decimals)}
    </li>
  ));
  return (
    <>
      <PlotFigure
        options={options}
        label={`${row.def.label}: dit gebied (stip) tussen ${row.rank?.among ?? 'de andere gebieden'} (streepjes)`}
      />
      <ul className="chart-legend">
        <li>
          <span className="chart-key chart-key-dot" /> dit gebied
        </li>
        {chartReferences(row).map((r) => (
          <li key={r.key} data-reference={r.key}>
            <span
              className="chart-key"
              style={{ borderColor: REFERENCE_STYLE[r.key].stroke, borderStyle: r.key === 'nl' ? 'dashed' : 'solid' }}
            />{' '}
            {r.label}: {formatNumber(r.value, row.def.decimals)}
          </li>
        ))}
      </ul>
      {/* The streepjes by name, for the keyboard and for anyone who wants the numbers. Paper gets
          its own copy (Chromium does not break a details element over pages), except of a long
          list (all gemeenten), where the ranked list and the table carry the figures. */}
      <details className="sibling-names">
        <summary>Namen en waarden ({sorted.length})</summary>
        <ol>{names}</ol>
      </details>
      {sorted.length <= PRINTED_NAMES ? (
        <div className="print-only sibling-names-print">
          <h4>Namen en waarden ({sorted.length})</h4>
          <ol>{names}</ol>
        </div>
      ) : null}
    </>
  );
}

/** The gemeenten of a region with their values, highest first. */
function regionMembers(
  code: string,
  level: Level,
  row: ProfileRow,
  ctx: ProfileContext,
  deviations: Map<string, Deviation> | null,
): BarRow[] | null {
  const regions = ctx.areas(level);
  const gemeenten = ctx.areas('gemeente');
  const i = regions ? regions.codes.indexOf(code) : -1;
  const members = i >= 0 ? regions?.members?.[i] : undefined;
  if (!members || !gemeenten) return null;
  const values = gemeenten.values(row.def);
  return sortRanked(
    members.flatMap((m) => {
      const g = gemeenten.codes.indexOf(m);
      return g < 0 ? [] : [{ code: m, naam: gemeenten.names[g], value: values[g], deviation: deviations?.get(m) }];
    }),
    'waarde',
  );
}

export function ProfileCurrent({ current, code, ctx }: { current: ProfileRow; code: string; ctx: ProfileContext }) {
  const level = useAtlas((s) => s.level);
  const year = useAtlas((s) => s.year);
  const { select, setLevel } = useAtlas.getState();
  // The gemeenten's deviation from expected (the comparison's funnel over all gemeenten), where a model can be made.
  const deviations = useAtlas((s) => (isRegionSystem(s.level) ? selectDeviations(s, 'gemeente') : null));
  const memberRows = isRegionSystem(level) ? regionMembers(code, level, current, ctx, deviations) : null;
  return (
    <div>
      <h3 id="profile-current">{current.def.label}</h3>
      <p className="profile-value">
        <strong>{valueText(current.value, current.def)}</strong>
        {current.value.note ? <span className="value-note">{current.value.note}</span> : null}
      </p>
      {rankText(current) ? <p className="profile-rank">{rankText(current)}</p> : null}
      {current.siblings.length > 1 && !current.sameClass ? <SiblingChart row={current} code={code} /> : null}
      {memberRows && memberRows.length > 0 ? (
        <div className="region-members">
          <h3>Gemeenten in deze regio</h3>
          <RankedBars
            rows={memberRows}
            def={current.def}
            label="Gemeenten in deze regio, van hoog naar laag"
            refs={referenceLines('regio', current.value, current.parents.find((p) => p.level === 'nederland')?.value)}
            onChoose={(code) => {
              setLevel('gemeente');
              select(code);
            }}
          />
        </div>
      ) : null}
      <ul className="profile-parents">
        {current.parents.map((p) => (
          <li key={`${p.level}-${p.code}`}>
            {p.level === 'nederland' ? 'Nederland' : `${PROFILE_LEVEL_NAME[p.level]} ${p.naam}`}:{' '}
            {valueText(p.value, current.def)}
          </li>
        ))}
      </ul>
      <p className="legend-source">
        Bron: {current.def.source}
        {current.def.period ? `, periode ${current.def.period}` : `, ${year}`}.
        {current.def.note ? ` ${current.def.note}` : ''}
      </p>
    </div>
  );
}
