// The funnel of a gemeente's wijken against the gemeente's own rate (or a model): each wijk's observed / expected
// users against its expected users, with the 95 % limits for the wijken's overdispersion. Points
// are links: following one selects the wijk.
import { useMemo, useRef } from 'react';
import { formatNumber } from '../../atlas/format';
import type { IndicatorDef } from '../../atlas/indicators';
import type { Within } from '../../atlas/withinGemeente';
import { useAtlas } from '../../state/useAtlas';
import { funnelChart, linkCode, type FunnelChartPoint } from '../compare/funnelOptions';
import { PlotFigure } from '../PlotFigure';
import { useElementWidth } from '../useElementWidth';

interface Props {
  within: Within;
  def: IndicatorDef;
  parentName: string;
  /** The model the wijken are held against, in words; without it, the gemeente's own rate. */
  model?: string;
}

export function WithinFunnel({ within, def, parentName, model }: Props) {
  const body = useRef<HTMLDivElement>(null);
  const width = useElementWidth(body);
  const hovered = useAtlas((s) => (s.hover?.map === 'kaart' ? s.hover.code : null));
  const { select } = useAtlas.getState();
  const points = useMemo(
    () =>
      within.rows.flatMap((r): FunnelChartPoint[] =>
        r.expected !== null && r.ratio !== null && r.deviation
          ? [{ code: r.code, naam: r.naam, e: r.expected, ratio: r.ratio, deviation: r.deviation }]
          : [],
      ),
    [within],
  );
  const unit = def.law === 'Jeugdwet' ? 'jongeren' : 'gebruikers';
  const options = useMemo(
    () => (width > 0 && points.length > 1 ? funnelChart(points, within.phi, hovered, width, unit) : null),
    [points, within.phi, hovered, width, unit],
  );
  return (
    <figure className="within-funnel" ref={body}>
      {options ? (
        <PlotFigure
          options={options}
          label={`Trechter: de ${points.length} gebieden van ${parentName}, waargenomen / verwacht ${model ? 'volgens het model' : `bij het gemiddelde van ${parentName}`}`}
          role="group"
          onClick={(e) => {
            const code = linkCode(e.target);
            if (!code) return;
            e.preventDefault();
            select(code);
          }}
        />
      ) : null}
      <figcaption className="legend-note">
        {model
          ? `Verwacht = ${model}. `
          : `Verwacht = inwoners van het gebied × het gemiddelde van ${parentName} (${formatNumber(within.rateShown, def.decimals)} ${def.unit}); `}
        grenzen 1 ± 1,96 × √(φ / verwacht), φ = {formatNumber(within.phi, 1)}
        {within.phi > 1 ? ': de verschillen zijn groter dan toeval alleen, de marge is breder' : ''}.
      </figcaption>
    </figure>
  );
}
