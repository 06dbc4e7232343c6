// The model's risk factors to choose: shares, averages and densities of the year, with the ones
// that cannot explain the outcome shown and why; back to the default set.
import { factorOptions } from '../../../data/catalogue/riskFactors';
import { selectDef, selectFactorIds } from '../../state/selectors';
import { useAtlas } from '../../state/useAtlas';

export function FactorChoice() {
  const factorIds = useAtlas(selectFactorIds);
  const custom = useAtlas((s) => s.factors !== null);
  const outcome = useAtlas(selectDef);
  const year = useAtlas((s) => s.year);
  const { setFactors } = useAtlas.getState();
  const toggle = (factor: string, on: boolean) =>
    setFactors(on ? [...factorIds, factor] : factorIds.filter((f) => f !== factor));
  const options = factorOptions(outcome, year);
  return (
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
        Alleen aandelen, gemiddelden en dichtheden; absolute aantallen (inwoners, auto's, oppervlakte) meten de grootte
        van een gemeente, niet haar bevolking.
      </p>
      {custom ? (
        <button type="button" onClick={() => setFactors(null)}>
          Standaardfactoren herstellen
        </button>
      ) : null}
    </details>
  );
}
