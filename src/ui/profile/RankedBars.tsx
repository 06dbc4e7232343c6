// A ranked, labelled bar list: one row per area with its value, a bar in its class colour (or a
// neutral one), and reference lines (the parent's value, Nederland's). Rows are buttons: hover and
// focus outline the area on the map, a click chooses it; the area under the pointer is marked.
import { formatNumber } from '../../atlas/format';
import type { AreaValue, IndicatorDef } from '../../atlas/indicators';
import { useAtlas } from '../../state/useAtlas';
import { valueText } from '../format';
import { DEVIATION_LABELS, type Deviation } from '../../atlas/funnel';

/** The deviation beside a value: short, with its colour (CSS) and the full words in its title. */
export const DEVIATION_MARK: Record<Deviation, string> = { lager: '▼ lager', binnen: 'binnen', hoger: '▲ hoger' };

export interface BarRow {
  code: string;
  naam: string;
  value: AreaValue;
  /** The area's class colour on the map; a neutral grey-blue when the map shows another level. */
  color?: string;
  /** Lower, within or higher than expected after risk correction (the comparison's funnel). */
  deviation?: Deviation;
}

export interface BarReference {
  key: 'parent' | 'nl';
  label: string;
  value: number;
}

const NEUTRAL = '#7d93ad';

/** The reference lines that have a value: the parent area's and Nederland's. */
export function referenceLines(
  parentName: string,
  parent: AreaValue | undefined,
  nl: AreaValue | undefined,
): BarReference[] {
  const lines: BarReference[] = [];
  if (parent?.status === 'ok' && parent.value !== null)
    lines.push({ key: 'parent', label: parentName, value: parent.value });
  if (nl?.status === 'ok' && nl.value !== null) lines.push({ key: 'nl', label: 'Nederland', value: nl.value });
  return lines;
}

export function RankedBars({
  rows,
  refs,
  def,
  label,
  onChoose,
  deviationNote = "Na risicocorrectie, met de trechter van Regio's vergelijken:",
}: {
  rows: BarRow[];
  refs: BarReference[];
  def: IndicatorDef;
  label: string;
  onChoose: (code: string) => void;
  /** What the deviations are measured against, before the words of the marks. */
  deviationNote?: string;
}) {
  const hoverCode = useAtlas((s) => (s.hover?.map === 'kaart' ? s.hover.code : null));
  const { setHighlight } = useAtlas.getState();
  const max =
    Math.max(
      ...rows.map((r) => (r.value.status === 'ok' ? (r.value.value ?? 0) : 0)),
      ...refs.map((r) => r.value),
      0,
    ) || 1;
  const pct = (v: number) => `${Math.max(0, (100 * v) / max).toFixed(2)}%`;
  return (
    <>
      <p className="ranked-refs">
        {refs.map((r) => (
          <span key={r.key} className={`ranked-ref-key ranked-ref-${r.key}`}>
            {r.label}: {formatNumber(r.value, def.decimals)}
          </span>
        ))}
      </p>
      {rows.some((r) => r.deviation) ? (
        <p className="ranked-deviation-key">
          {deviationNote}{' '}
          <span className="ranked-deviation" data-deviation="hoger">
            ▲ hoger
          </span>
          , binnen de marge of{' '}
          <span className="ranked-deviation" data-deviation="lager">
            ▼ lager
          </span>{' '}
          dan verwacht.
        </p>
      ) : null}
      <ol className="ranked-list" aria-label={label}>
        {rows.map((r) => {
          const ok = r.value.status === 'ok' && r.value.value !== null;
          return (
            <li key={r.code} data-code={r.code} className={r.code === hoverCode ? 'hovered' : undefined}>
              <button
                type="button"
                className="ranked-row"
                onMouseEnter={() => setHighlight([r.code])}
                onMouseLeave={() => setHighlight([])}
                onFocus={() => setHighlight([r.code])}
                onBlur={() => setHighlight([])}
                onClick={() => onChoose(r.code)}
              >
                <span className="ranked-name">{r.naam}</span>
                <span className="ranked-value">
                  {ok ? formatNumber(r.value.value as number, def.decimals) : valueText(r.value, def)}
                </span>
                {r.deviation ? (
                  <span className="ranked-deviation" data-deviation={r.deviation} title={DEVIATION_LABELS[r.deviation]}>
                    {DEVIATION_MARK[r.deviation]}
                  </span>
                ) : null}
                <span className="ranked-track" aria-hidden="true">
                  {ok ? (
                    <span
                      className="ranked-bar"
                      style={{ width: pct(r.value.value as number), background: r.color ?? NEUTRAL }}
                    />
                  ) : (
                    <span className="ranked-missing">{r.value.status === 'secret' ? 'geheim' : 'geen gegevens'}</span>
                  )}
                  {refs.map((ref) => (
                    <span
                      key={ref.key}
                      className={`ranked-ref ranked-ref-${ref.key}`}
                      style={{ left: pct(ref.value) }}
                    />
                  ))}
                </span>
              </button>
            </li>
          );
        })}
      </ol>
    </>
  );
}
