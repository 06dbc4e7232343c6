// The risk model, one click away: its coefficients with standard errors and the gemeenten left out.
import { riskFactor } from '../../../data/catalogue/riskFactors';
import type { Comparison } from '../../atlas/comparison';
import { formatNumber } from '../../atlas/format';

export function ModelDetails({ comparison }: { comparison: Comparison }) {
  return (
    <details className="model">
      <summary>
        Het model: R² {formatNumber(comparison.model.r2, 2)}, n = {comparison.model.n}
      </summary>
      <p className="legend-note">
        Gewogen kleinste kwadraten per gemeente (gewicht: de referentiebevolking), {comparison.model.outcome.unit} op de
        factoren hieronder.
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
  );
}
