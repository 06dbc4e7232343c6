// Which areas really deviate (observed / expected outside the funnel limits), the overdispersion
// that widens the limits, and the areas whose class changes after correction.
import type { Comparison } from '../../atlas/comparison';
import { formatNumber } from '../../atlas/format';
import { DEVIATION_LABELS } from '../../atlas/funnel';
import { DEVIATION_COLORS, DEVIATION_ORDER } from '../../atlas/palettes';

export function DeviationSummary({ comparison }: { comparison: Comparison }) {
  return (
    <>
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
        {comparison.phi > 1 ? `${formatNumber(comparison.phi, 1)} keer` : 'niet'} groter dan toeval alleen, dus de marge
        is breder (Spiegelhalter 2005).
      </p>
      <h3 className="shift-title">Verschuivingen ({comparison.shifts.length})</h3>
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
    </>
  );
}
