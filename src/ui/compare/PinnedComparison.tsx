// Up to four pinned areas of any level side by side: a table of every indicator and a chart of
// the one on the map. The pins live in the URL (?vergelijk=…).
import { useEffect, useMemo } from 'react';
import * as Plot from '@observablehq/plot';
import { isAvailable } from '../../atlas/indicators';
import { LEVEL_LABELS, LEVEL_YEARS, levelOfCode } from '../../atlas/geography';
import { useAtlas } from '../../state/useAtlas';
import { selectContext, selectPinned } from '../../state/profileSelectors';
import { selectCatalogue } from '../../state/selectors';
import { valueText } from '../format';
import { PlotFigure } from '../PlotFigure';

export default function PinnedComparison() {
  const pins = useAtlas((s) => s.pins);
  const year = useAtlas((s) => s.year);
  const indicator = useAtlas((s) => s.indicator);
  const pinned = useAtlas(selectPinned);
  const { ensureLayer, unpin, setPins } = useAtlas.getState();

  useEffect(() => {
    for (const code of pins) {
      const level = levelOfCode(code);
      if (level) void ensureLayer(level, year);
    }
  }, [pins, year, ensureLayer]);

  const context = useAtlas(selectContext);
  // A code whose level is loaded but that is not among its areas (or whose level this year lacks) is unknown.
  const unknown = pins.filter((code) => {
    const level = levelOfCode(code);
    if (!level || !LEVEL_YEARS[level].includes(year)) return true;
    const areas = context.areas(level);
    return areas !== undefined && !areas.codes.includes(code);
  });
  const catalogue = useAtlas(selectCatalogue);
  const defs = useMemo(
    () => catalogue.filter((d) => pinned.some((p) => isAvailable(d, p.level, year))),
    [catalogue, pinned, year],
  );
  const current = defs.find((d) => d.id === indicator) ?? defs[0];
  const chart = useMemo<Plot.PlotOptions | null>(() => {
    if (!current) return null;
    const data = pinned.flatMap((p) => {
      if (!isAvailable(current, p.level, year)) return [];
      const v = p.areas.values(current)[p.row];
      return v.status === 'ok' && v.value !== null ? [{ naam: p.naam, value: v.value }] : [];
    });
    return {
      height: 40 + 26 * Math.max(data.length, 1),
      marginLeft: 150,
      marginRight: 30,
      x: { label: current.unit, grid: true },
      y: { label: null, domain: data.map((d) => d.naam) },
      marks: [Plot.barX(data, { x: 'value', y: 'naam', fill: '#2c7fb8' }), Plot.ruleX([0])],
    };
  }, [pinned, current, year]);

  if (pins.length === 0) return null;
  return (
    <section className="pinned" aria-labelledby="pinned-title">
      <div className="pinned-head">
        <h2 id="pinned-title">Vergelijking ({pins.length} van 4)</h2>
        <button type="button" onClick={() => setPins([])}>
          Alles losmaken
        </button>
      </div>
      {unknown.length > 0 ? (
        <p className="field-error" role="alert">
          Onbekend in {year}: {unknown.join(', ')}.{' '}
          <button type="button" className="link" onClick={() => setPins(pins.filter((p) => !unknown.includes(p)))}>
            Weglaten
          </button>
        </p>
      ) : null}
      {pinned.length + unknown.length < pins.length ? <p role="status">Gebieden laden…</p> : null}
      {chart && current ? <PlotFigure options={chart} label={`${current.label} voor de vastgepinde gebieden`} /> : null}
      <div className="pinned-table-wrap">
        <table className="pinned-table">
          <caption className="visually-hidden">Indicatoren van de vastgepinde gebieden</caption>
          <thead>
            <tr>
              <th scope="col">Indicator</th>
              {pinned.map((p) => (
                <th scope="col" key={p.code} className="num">
                  {p.naam}
                  <span className="value-note">
                    {LEVEL_LABELS[p.level].one} {p.code}
                  </span>
                  <button
                    type="button"
                    className="unpin"
                    onClick={() => unpin(p.code)}
                    aria-label={`${p.naam} losmaken`}
                  >
                    ×
                  </button>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {defs.map((d) => (
              <tr key={d.id} className={d.id === indicator ? 'current' : undefined}>
                <th scope="row">
                  {d.label}
                  <span className="value-note">{d.unit}</span>
                </th>
                {pinned.map((p) => (
                  <td key={p.code} className="num">
                    {isAvailable(d, p.level, year)
                      ? valueText(p.areas.values(d)[p.row], d).replace(` ${d.unit}`, '')
                      : '–'}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
