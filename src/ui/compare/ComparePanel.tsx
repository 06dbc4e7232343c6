// Side panel of the comparison: the caveat, the legend before → after with where the national
// rate falls, the deviation counts, the shifts in plain Dutch, and the model (its fit in words,
// factors to choose with the ones that cannot be used and why, coefficients, left-out gemeenten).
import { useId } from 'react';
import { factorOptions, riskFactor } from '../../../data/catalogue/riskFactors';
import { SCP_CLASSES, crowdingText, nationalClassText } from '../../atlas/comparison';
import { fitText } from '../../atlas/modelFit';
import { formatNumber } from '../../atlas/format';
import { DEVIATION_LABELS } from '../../atlas/funnel';
import { DEVIATION_COLORS, DEVIATION_ORDER, paletteColors } from '../../atlas/palettes';
import { useAtlas } from '../../state/useAtlas';
import { selectDef, selectFactorIds } from '../../state/selectors';
import { selectComparison } from '../../state/comparisonSelectors';

export default function ComparePanel() {
  const id = useId();
  const state = useAtlas(selectComparison);
  const factorIds = useAtlas(selectFactorIds);
  const custom = useAtlas((s) => s.factors !== null);
  const palette = useAtlas((s) => s.palette);
  const outcome = useAtlas(selectDef);
  const year = useAtlas((s) => s.year);
  const { setFactors } = useAtlas.getState();
  const comparison = state?.comparison;
  const colors = paletteColors(palette, 5);
  const toggle = (factor: string, on: boolean) =>
    setFactors(on ? [...factorIds, factor] : factorIds.filter((f) => f !== factor));
  const options = factorOptions(outcome, year);
  const fit = comparison ? fitText(comparison.model.r2) : null;
  const crowding = comparison ? crowdingText(comparison) : null;
  const incomplete = comparison ? comparison.rows.filter((r) => r.incomplete).length : 0;
  return (
    <section className="compare-panel" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>Waargenomen en gecorrigeerd</h2>
      <p className="caveat">
        Gecorrigeerd gebruik is een <strong>signaal, geen oordeel</strong>: het is het gebruik dat overblijft na
        correctie voor de bevolkingssamenstelling volgens een model met een eigen foutmarge. Laag gecorrigeerd gebruik
        kan ook betekenen dat preventie werkt.
      </p>
      {comparison && fit ? (
        <>
          <p className={`model-fit model-fit-${fit.level}`} data-fit={fit.level}>
            <strong>R² {formatNumber(comparison.model.r2, 2)}</strong> ({comparison.model.year}, n ={' '}
            {comparison.model.n}). {fit.text}
          </p>
          {comparison.extrapolated ? (
            <p className="legend-warning">
              Wijken en buurten: het model is op gemeenten geschat en hier toegepast op de kenmerken van elke wijk of
              buurt. Dat is een extrapolatie; lees de verschillen met extra voorzichtigheid.
            </p>
          ) : null}
          <table className="legend-table compare-legend">
            <caption>Klassen (kwintielen van het waargenomen gebruik) en aantal gebieden voor → na correctie</caption>
            <thead>
              <tr>
                <th scope="col">
                  <span className="visually-hidden">Kleur</span>
                </th>
                <th scope="col">Klasse</th>
                <th scope="col">Tot en met</th>
                <th scope="col" className="num">
                  Voor → na
                </th>
              </tr>
            </thead>
            <tbody>
              {SCP_CLASSES.map((label, k) => (
                <tr
                  key={label}
                  data-class={k + 1}
                  className={k === comparison.nationalClass ? 'national-class' : undefined}
                >
                  <td>
                    <span className="swatch" style={{ background: colors[k] }} />
                  </td>
                  <td>
                    {label}
                    {k === comparison.nationalClass ? <span className="national-mark"> ◂ landelijk</span> : null}
                  </td>
                  <td className="num">
                    {k < 4
                      ? formatNumber(comparison.observedClasses.bounds[k], comparison.model.outcome.decimals)
                      : '–'}
                  </td>
                  <td className="num">
                    <span className="count-before">{comparison.countsObserved[k]}</span> →{' '}
                    <span className="count-after">{comparison.countsCorrected[k]}</span>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          <p className="legend-note national-class-text">
            {nationalClassText(comparison)} {comparison.model.outcome.unit}. Voor: {comparison.countsObserved.join('/')}{' '}
            · na: {comparison.countsCorrected.join('/')}.
            {incomplete > 0 ? (
              <>
                {' '}
                <span className="onvolledig-count">{incomplete}</span> onvolledig (gearceerd): niet alle gemeenten
                hebben een cijfer.
              </>
            ) : null}
          </p>
          {crowding ? <p className="legend-warning crowding">{crowding}</p> : null}
          <h3>Wijkt echt af? (waargenomen / verwacht)</h3>
          <ul className="deviation-legend">
            {DEVIATION_ORDER.map((d) => (
              <li key={d} data-deviation={d}>
                <span className="swatch" style={{ background: DEVIATION_COLORS[d] }} /> {DEVIATION_LABELS[d]}:{' '}
                <span className="deviation-count">{comparison.deviationCounts[d]}</span>
              </li>
            ))}
          </ul>
          {(['hoger', 'lager'] as const).map((d) => {
            const areas = comparison.rows
              .filter((r) => r.funnel?.deviation === d)
              .sort((a, b) => (d === 'hoger' ? b.funnel!.ratio - a.funnel!.ratio : a.funnel!.ratio - b.funnel!.ratio));
            return areas.length === 0 ? null : (
              <p key={d} className="deviation-list" data-deviation={d}>
                <strong>
                  {DEVIATION_LABELS[d][0].toUpperCase() + DEVIATION_LABELS[d].slice(1)} ({areas.length}):
                </strong>{' '}
                {areas.map((r) => `${r.naam} ${formatNumber(r.funnel!.ratio, 2)}`).join(', ')}
              </p>
            );
          })}
          <p className="legend-note">
            Verhouding waargenomen / verwachte gebruikers, met trechtergrenzen 1 ± 1,96 × √(φ / verwacht). φ ={' '}
            {formatNumber(comparison.phi, 1)}: de verschillen tussen gebieden zijn{' '}
            {comparison.phi > 1 ? `${formatNumber(comparison.phi, 1)} keer` : 'niet'} groter dan toeval alleen, dus de
            marge is breder (Spiegelhalter 2005).
          </p>
          <h3>Verschuivingen ({comparison.shifts.length})</h3>
          {comparison.shifts.length === 0 ? (
            <p>Geen gebied verandert van klasse.</p>
          ) : (
            <ul className="shift-list">
              {comparison.shifts.map((s) => {
                const deviation = comparison.rows.find((r) => r.code === s.code)?.funnel?.deviation;
                return (
                  <li key={s.code} className={s.to > s.from ? 'shift-up' : 'shift-down'}>
                    <span className="shift-text">{s.text}</span>
                    {deviation ? <span className="value-note"> ({DEVIATION_LABELS[deviation]})</span> : null}
                  </li>
                );
              })}
            </ul>
          )}
          <details className="model">
            <summary>
              Het model: R² {formatNumber(comparison.model.r2, 2)}, n = {comparison.model.n}
            </summary>
            <p className="legend-note">
              Gewogen kleinste kwadraten per gemeente (gewicht: de referentiebevolking), {comparison.model.outcome.unit}{' '}
              op de factoren hieronder.
            </p>
            <table className="coefficients">
              <caption className="visually-hidden">Coëfficiënten met standaardfout</caption>
              <thead>
                <tr>
                  <th scope="col">Term</th>
                  <th scope="col" className="num">
                    Coëfficiënt
                  </th>
                  <th scope="col" className="num">
                    St.fout
                  </th>
                </tr>
              </thead>
              <tbody>
                {comparison.model.coefficients.map((c) => (
                  <tr key={c.name}>
                    <th scope="row">{c.name === 'constante' ? 'Constante' : (riskFactor(c.name)?.label ?? c.name)}</th>
                    <td className="num">{formatNumber(c.estimate, 4)}</td>
                    <td className="num">{formatNumber(c.standardError, 4)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
            <p className="legend-note">
              {comparison.model.leftOut.length === 0
                ? 'Alle gemeenten zitten in de schatting.'
                : `Weggelaten (${comparison.model.leftOut.length}): ${comparison.model.leftOut.map((l) => `${l.naam} (${l.reason})`).join(', ')}.`}
            </p>
          </details>
        </>
      ) : null}
      {state?.error ? (
        <p className="field-error" role="alert">
          {state.error}
        </p>
      ) : null}
      <details className="factors">
        <summary>Risicofactoren kiezen ({factorIds.length})</summary>
        <fieldset>
          <legend className="visually-hidden">Risicofactoren</legend>
          {options.map(({ factor, excluded }) => (
            <label key={factor.id} className={excluded ? 'check excluded' : 'check'}>
              <input
                type="checkbox"
                checked={!excluded && factorIds.includes(factor.id)}
                disabled={Boolean(excluded)}
                data-factor={factor.id}
                onChange={(e) => toggle(factor.id, e.target.checked)}
              />
              {factor.label}
              {excluded ? <span className="value-note">Niet te kiezen: {excluded}.</span> : null}
            </label>
          ))}
        </fieldset>
        <p className="legend-note">
          Alleen aandelen, gemiddelden en dichtheden; absolute aantallen (inwoners, auto's, oppervlakte) meten de
          grootte van een gemeente, niet haar bevolking.
        </p>
        {custom ? (
          <button type="button" onClick={() => setFactors(null)}>
            Standaardfactoren herstellen
          </button>
        ) : null}
      </details>
    </section>
  );
}
