// Side panel of the comparison: the caveat, the legend before → after, the shifts in plain
// Dutch, and the model (factors to choose, coefficients, fit, left-out gemeenten).
import { useId } from 'react';
import { KWB_COLUMN_LABELS, RISK_FACTOR_IDS, riskFactor } from '../../data/riskFactors';
import { SCP_CLASSES } from '../atlas/comparison';
import { formatNumber } from '../atlas/format';
import { paletteColors } from '../atlas/palettes';
import { useAtlas } from '../state/useAtlas';
import { selectFactorIds } from '../state/selectors';
import { selectComparison } from '../state/comparisonSelectors';

export default function ComparePanel() {
  const id = useId();
  const state = useAtlas(selectComparison);
  const factorIds = useAtlas(selectFactorIds);
  const custom = useAtlas((s) => s.factors !== null);
  const palette = useAtlas((s) => s.palette);
  const { setFactors } = useAtlas.getState();
  const comparison = state?.comparison;
  const colors = paletteColors(palette, 5);
  const toggle = (factor: string, on: boolean) => setFactors(on ? [...factorIds, factor] : factorIds.filter((f) => f !== factor));
  return (
    <section className="compare-panel" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>Waargenomen en gecorrigeerd</h2>
      <p className="caveat">
        Gecorrigeerd gebruik is een <strong>signaal, geen oordeel</strong>: het is het gebruik dat overblijft na correctie voor de
        bevolkingssamenstelling volgens een model met een eigen foutmarge. Laag gecorrigeerd gebruik kan ook betekenen dat preventie werkt.
      </p>
      {comparison ? (
        <>
          {comparison.extrapolated ? (
            <p className="legend-warning">Wijken en buurten: het model is op gemeenten geschat en hier toegepast op de kenmerken van elke wijk of buurt. Dat is een extrapolatie; lees de verschillen met extra voorzichtigheid.</p>
          ) : null}
          <table className="legend-table compare-legend">
            <caption>Klassen (kwintielen van het waargenomen gebruik) en aantal gebieden voor → na correctie</caption>
            <thead><tr><th scope="col"><span className="visually-hidden">Kleur</span></th><th scope="col">Klasse</th><th scope="col">Tot en met</th><th scope="col" className="num">Voor → na</th></tr></thead>
            <tbody>
              {SCP_CLASSES.map((label, k) => (
                <tr key={label} data-class={k + 1}>
                  <td><span className="swatch" style={{ background: colors[k] }} /></td>
                  <td>{label}</td>
                  <td className="num">{k < 4 ? formatNumber(comparison.observedClasses.bounds[k], comparison.model.outcome.decimals) : '–'}</td>
                  <td className="num"><span className="count-before">{comparison.countsObserved[k]}</span> → <span className="count-after">{comparison.countsCorrected[k]}</span></td>
                </tr>
              ))}
            </tbody>
          </table>
          <p className="legend-note">
            Voor: {comparison.countsObserved.join('/')} · na: {comparison.countsCorrected.join('/')}. Landelijk gebruik:{' '}
            {formatNumber(comparison.model.nationalRate, comparison.model.outcome.decimals)} {comparison.model.outcome.unit}.
          </p>
          <h3>Verschuivingen ({comparison.shifts.length})</h3>
          {comparison.shifts.length === 0 ? <p>Geen gebied verandert van klasse.</p> : (
            <ul className="shift-list">{comparison.shifts.map((s) => <li key={s.code} className={s.to > s.from ? 'shift-up' : 'shift-down'}>{s.text}</li>)}</ul>
          )}
          <details className="model" open>
            <summary>Het model: R² {formatNumber(comparison.model.r2, 2)}, n = {comparison.model.n}</summary>
            <p className="legend-note">Gewogen kleinste kwadraten per gemeente (gewicht: de referentiebevolking), {comparison.model.outcome.unit} op de factoren hieronder.</p>
            <table className="coefficients">
              <caption className="visually-hidden">Coëfficiënten met standaardfout</caption>
              <thead><tr><th scope="col">Term</th><th scope="col" className="num">Coëfficiënt</th><th scope="col" className="num">St.fout</th></tr></thead>
              <tbody>
                {comparison.model.coefficients.map((c) => (
                  <tr key={c.name}><th scope="row">{c.name === 'constante' ? 'Constante' : riskFactor(c.name)?.label ?? c.name}</th><td className="num">{formatNumber(c.estimate, 4)}</td><td className="num">{formatNumber(c.standardError, 4)}</td></tr>
                ))}
              </tbody>
            </table>
            <p className="legend-note">
              {comparison.model.leftOut.length === 0 ? 'Alle gemeenten zitten in de schatting.' : `Weggelaten (${comparison.model.leftOut.length}): ${comparison.model.leftOut.map((l) => `${l.naam} (${l.reason})`).join(', ')}.`}
            </p>
          </details>
        </>
      ) : null}
      {state?.error ? <p className="field-error" role="alert">{state.error}</p> : null}
      <details className="factors">
        <summary>Risicofactoren kiezen ({factorIds.length})</summary>
        <fieldset>
          <legend className="visually-hidden">Risicofactoren</legend>
          {RISK_FACTOR_IDS.map((f) => (
            <label key={f} className="check">
              <input type="checkbox" checked={factorIds.includes(f)} onChange={(e) => toggle(f, e.target.checked)} />
              {riskFactor(f)?.label ?? KWB_COLUMN_LABELS[f] ?? f} <code>{f}</code>
            </label>
          ))}
        </fieldset>
        {custom ? <button type="button" onClick={() => setFactors(null)}>Standaardfactoren herstellen</button> : null}
      </details>
    </section>
  );
}
