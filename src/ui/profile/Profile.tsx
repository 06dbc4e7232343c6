// The profile of the selected area: every indicator with parents, rank and source; a chart
// against its siblings; expected and corrected use; similar gemeenten; pin, print.
import { useEffect, useMemo } from 'react';
import { formatNumber } from '../../atlas/format';
import { LEVEL_LABELS, isRegionSystem, type Level } from '../../atlas/geography';
import { PROFILE_LEVEL_NAME, type ProfileContext, type ProfileRow } from '../../atlas/profile';
import { sortRanked } from '../../atlas/rankedList';
import { SCP_CLASSES } from '../../atlas/comparison';
import { fitText } from '../../atlas/modelFit';
import { DEVIATION_LABELS } from '../../atlas/funnel';
import { useAtlas } from '../../state/useAtlas';
import { selectContext, selectProfile, selectRisk, selectSimilar } from '../../state/profileSelectors';
import { numberText, rankWords, shortSource, valueText } from '../format';
import { PlotFigure } from '../PlotFigure';
import { chartOptions } from './profileChart';
import { PrintMap } from './PrintMap';
import { AreaPoints } from '../socialeKaart/AreaPoints';
import { RankedBars, referenceLines, type BarRow } from './RankedBars';

function rankText(row: ProfileRow): string | null {
  if (!row.rank) return null;
  const direction =
    row.def.higherMeansMoreNeed === true ? ' (1 = hoogste; hoger = meer ondersteuningsbehoefte)' : ' (1 = hoogste)';
  return `${rankWords(row.rank)} ${row.rank.among}${direction}`;
}

/** A parent in the comparison line: "NL", "Dordrecht", or a region with its system ("Wmo-regio Drechtsteden"). */
function parentName(p: ProfileRow['parents'][number]): string {
  if (p.level === 'nederland') return 'NL';
  return isRegionSystem(p.level) ? `${LEVEL_LABELS[p.level].one} ${p.naam}` : p.naam;
}

function SiblingChart({ row, code }: { row: ProfileRow; code: string }) {
  const options = useMemo(() => chartOptions(row, code), [row, code]);
  const sorted = useMemo(
    () => [...row.siblings].sort((a, b) => b.value - a.value || a.naam.localeCompare(b.naam, 'nl')),
    [row],
  );
  return (
    <>
      <PlotFigure
        options={options}
        label={`${row.def.label}: dit gebied (stip) tussen ${row.rank?.among ?? 'de andere gebieden'} (streepjes)`}
      />
      {/* The streepjes by name, for the keyboard and for anyone who wants the numbers. */}
      <details className="sibling-names">
        <summary>Namen en waarden ({sorted.length})</summary>
        <ol>
          {sorted.map((s) => (
            <li key={s.code} className={s.code === code ? 'current' : undefined}>
              {s.naam}: {formatNumber(s.value, row.def.decimals)}
            </li>
          ))}
        </ol>
      </details>
    </>
  );
}

/** The gemeenten of a region with their values, highest first. */
function regionMembers(code: string, level: Level, row: ProfileRow, ctx: ProfileContext): BarRow[] | null {
  const regions = ctx.areas(level);
  const gemeenten = ctx.areas('gemeente');
  const i = regions ? regions.codes.indexOf(code) : -1;
  const members = i >= 0 ? regions?.members?.[i] : undefined;
  if (!members || !gemeenten) return null;
  const values = gemeenten.values(row.def);
  return sortRanked(
    members.flatMap((m) => {
      const g = gemeenten.codes.indexOf(m);
      return g < 0 ? [] : [{ code: m, naam: gemeenten.names[g], value: values[g] }];
    }),
    'waarde',
  );
}

export default function Profile() {
  const selection = useAtlas((s) => s.selection);
  const level = useAtlas((s) => s.level);
  const year = useAtlas((s) => s.year);
  const indicator = useAtlas((s) => s.indicator);
  const profile = useAtlas(selectProfile);
  const risk = useAtlas(selectRisk);
  const similar = useAtlas(selectSimilar);
  const pins = useAtlas((s) => s.pins);
  const ctx = useAtlas(selectContext);
  const { setIndicator, pin, setPins, setHighlight, select, setLevel } = useAtlas.getState();

  // The parents, the region memberships and the gemeenten of the risk model are loaded with the
  // selection (loadForView → preloadProfile), before this component's code arrives.

  useEffect(() => {
    setHighlight(similar.map((s) => s.code));
    return () => setHighlight([]);
  }, [similar, setHighlight]);

  if (!selection || !profile) return <p>Profiel laden…</p>;
  const current = profile.find((r) => r.def.id === indicator) ?? profile[0];
  const memberRows = isRegionSystem(level) ? regionMembers(selection, level, current, ctx) : null;
  const riskRow = risk.comparison?.rows.find((r) => r.code === selection);
  const d = risk.comparison?.model.outcome.decimals ?? 1;
  const parentsLine = current.parents
    .filter((p) => p.level !== 'nederland')
    .map((p) => `${PROFILE_LEVEL_NAME[p.level]} ${p.naam}`)
    .join(' · ');

  return (
    <div className="profile">
      <p className="info-sub">{parentsLine}</p>
      <div className="profile-actions">
        <button type="button" onClick={() => pin(selection)} disabled={pins.includes(selection)}>
          {pins.includes(selection) ? 'Vastgepind' : 'Vastpinnen om te vergelijken'}
        </button>
        <button type="button" onClick={() => window.print()}>
          Afdrukken
        </button>
      </div>

      <PrintMap code={selection} />

      <div>
        <h3 id="profile-current">{current.def.label}</h3>
        <p className="profile-value">
          <strong>{valueText(current.value, current.def)}</strong>
          {current.value.note ? <span className="value-note">{current.value.note}</span> : null}
        </p>
        {rankText(current) ? <p className="profile-rank">{rankText(current)}</p> : null}
        {current.siblings.length > 1 ? <SiblingChart row={current} code={selection} /> : null}
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

      {similar.length > 0 ? (
        <div>
          <h3 id="profile-similar">Gemeenten met een vergelijkbaar risicoprofiel</h3>
          <ol className="similar-list">
            {similar.map((s) => (
              <li key={s.code}>
                <button type="button" className="link" onClick={() => select(s.code)}>
                  {s.naam}
                </button>{' '}
                <span className="distance">(afstand {formatNumber(s.distance, 2)})</span>
              </li>
            ))}
          </ol>
          <button type="button" onClick={() => setPins([selection, ...similar.slice(0, 3).map((s) => s.code)])}>
            Vergelijk met de 3 meest gelijkende
          </button>
          <p className="legend-note">
            Afstand in gestandaardiseerde risicofactoren (z-scores over alle gemeenten) van het model; omlijnd op de
            kaart.
          </p>
        </div>
      ) : null}

      <AreaPoints code={selection} />

      <div>
        <h3 id="profile-all">Alle indicatoren</h3>
        <table className="profile-table">
          <caption className="visually-hidden">
            Waarde, waarden van de bovenliggende gebieden en rang per indicator
          </caption>
          <thead>
            <tr>
              <th scope="col">Indicator, ter vergelijking</th>
              <th scope="col" className="num">
                Waarde
              </th>
            </tr>
          </thead>
          <tbody>
            {profile.map((r) => (
              <tr key={r.def.id} className={r.def.id === indicator ? 'current' : undefined} data-indicator={r.def.id}>
                <th scope="row">
                  <button
                    type="button"
                    className="link"
                    onClick={() => setIndicator(r.def.id)}
                    title="Toon op de kaart"
                  >
                    {r.def.label}
                  </button>
                  <span className="value-note">
                    {r.def.unit}, {r.def.period ?? year} · bron: {shortSource(r.def)}
                  </span>
                  <span className="profile-compare">
                    {r.parents.map((p) => `${parentName(p)} ${numberText(p.value, r.def)}`).join(' · ')}
                    {r.rank ? ` · ${rankWords(r.rank)}` : ''}
                  </span>
                </th>
                <td className="num">
                  {numberText(r.value, r.def)}
                  {r.value.note ? <span className="value-note">{r.value.note}</span> : null}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        <p className="legend-source">
          Peildatum inwoners 1 januari {year}; {LEVEL_LABELS[level].one} {selection}. Afgedrukt of bekeken op{' '}
          {new Date().toLocaleDateString('nl-NL')}.
        </p>
      </div>
    </div>
  );
}
