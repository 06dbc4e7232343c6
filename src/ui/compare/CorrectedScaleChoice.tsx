// The corrected map's colours: the SCP rule (corrected values in the observed quintiles, the
// default) or the distance to the national rate on a diverging scale. Offered when correction
// crowds most areas into one class, and kept in view while the second reading is on.
import { useId } from 'react';
import type { Comparison } from '../../atlas/comparison';
import { formatNumber } from '../../atlas/format';
import { NATIONAL_COLORS, isCrowded } from '../../atlas/nationalScale';
import { nationalScaleOf } from '../../state/comparisonSelectors';
import { useAtlas } from '../../state/useAtlas';

function NationalLegend({ comparison }: { comparison: Comparison }) {
  const scale = nationalScaleOf(comparison);
  const rate = formatNumber(comparison.model.nationalRate, comparison.model.outcome.decimals);
  return (
    <table className="legend-table national-legend">
      <caption>
        Gecorrigeerd t.o.v. landelijk ({rate} {comparison.model.outcome.unit})
      </caption>
      <tbody>
        {scale.labels.map((label, k) => (
          <tr key={label} data-class={k + 1}>
            <td>
              <span className="swatch" style={{ background: NATIONAL_COLORS[k] }} />
            </td>
            <td>{label}</td>
            <td className="num">{scale.counts[k]}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export function CorrectedScaleChoice({ comparison }: { comparison: Comparison }) {
  const id = useId();
  const scale = useAtlas((s) => s.correctedScale);
  const { setCorrectedScale } = useAtlas.getState();
  if (scale === 'scp' && !isCrowded(comparison.countsCorrected)) return null;
  return (
    <fieldset className="corrected-scale">
      <legend>Kleuren van de gecorrigeerde kaart</legend>
      <label className="check" htmlFor={`${id}-scp`}>
        <input
          id={`${id}-scp`}
          type="radio"
          name={`${id}-schaal`}
          checked={scale === 'scp'}
          onChange={() => setCorrectedScale('scp')}
        />
        SCP-klassen: dezelfde grenzen als het waargenomen gebruik (standaard)
      </label>
      <label className="check" htmlFor={`${id}-landelijk`}>
        <input
          id={`${id}-landelijk`}
          type="radio"
          name={`${id}-schaal`}
          checked={scale === 'landelijk'}
          onChange={() => setCorrectedScale('landelijk')}
        />
        Verschil met landelijk: waar de gebieden na correctie liggen
      </label>
      {scale === 'landelijk' ? <NationalLegend comparison={comparison} /> : null}
    </fieldset>
  );
}
