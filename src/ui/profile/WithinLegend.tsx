// The legend while the map shows a gemeente's wijken against the gemeente's own rate: the three
// deviation colours with their counts, the quiet colour of the areas outside it, and how to go back.
import { formatNumber } from '../../atlas/format';
import { DEVIATION_COLORS, DEVIATION_ORDER } from '../../atlas/palettes';
import { WITHIN_LABELS, type Within } from '../../atlas/withinGemeente';
import type { IndicatorDef } from '../../atlas/indicators';
import { useAtlas } from '../../state/useAtlas';
import { OUTSIDE_COLOR } from '../../state/withinSelectors';

export function WithinLegend({ within, def, parentName }: { within: Within; def: IndicatorDef; parentName: string }) {
  const { setWithinMap } = useAtlas.getState();
  const count = (d: string) => within.rows.filter((r) => r.deviation === d).length;
  const none = within.rows.filter((r) => r.deviation === null).length;
  return (
    <div className="within-legend">
      <p className="legend-unit">
        Afwijking van het gemiddelde van {parentName} ({formatNumber(within.rateShown, def.decimals)} {def.unit}), met
        de trechter (φ = {formatNumber(within.phi, 1)})
      </p>
      <ul className="deviation-legend">
        {DEVIATION_ORDER.map((d) => (
          <li key={d} data-deviation={d}>
            <span className="swatch" style={{ background: DEVIATION_COLORS[d] }} /> {WITHIN_LABELS[d]}:{' '}
            <span className="deviation-count">{count(d)}</span>
          </li>
        ))}
        {none > 0 ? <li>zonder cijfer (geheim of geen gegevens): {none}</li> : null}
        <li>
          <span className="swatch" style={{ background: OUTSIDE_COLOR }} /> buiten {parentName}
        </li>
      </ul>
      <button type="button" onClick={() => setWithinMap(false)}>
        Kaart weer in klassen
      </button>
    </div>
  );
}
