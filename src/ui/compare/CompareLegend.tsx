// The comparison's legend: the observed quintiles with their upper bounds, how many areas fall in
// each before → after correction, the class of the national rate, and why corrected values crowd.
import { SCP_CLASSES, crowdingText, nationalClassText, type Comparison } from '../../atlas/comparison';
import { formatNumber } from '../../atlas/format';
import { paletteColors } from '../../atlas/palettes';
import { useAtlas } from '../../state/useAtlas';

export function CompareLegend({ comparison }: { comparison: Comparison }) {
  const palette = useAtlas((s) => s.palette);
  const colors = paletteColors(palette, 5);
  const crowding = crowdingText(comparison);
  const incomplete = comparison.rows.filter((r) => r.incomplete).length;
  return (
    <>
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
                {k < 4 ? formatNumber(comparison.observedClasses.bounds[k], comparison.model.outcome.decimals) : '–'}
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
        {nationalClassText(comparison)} {comparison.model.outcome.unit}. Voor: {comparison.countsObserved.join('/')} ·
        na: {comparison.countsCorrected.join('/')}.
        {incomplete > 0 ? (
          <>
            {' '}
            <span className="onvolledig-count">{incomplete}</span> onvolledig (gestippelde rand): niet alle gemeenten
            hebben een cijfer.
          </>
        ) : null}
      </p>
      {crowding ? <p className="legend-warning crowding">{crowding}</p> : null}
    </>
  );
}
