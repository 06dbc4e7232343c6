// The legend tells the truth: each class's range and count, and missing values counted apart.
import { LEVEL_LABELS } from '../atlas/geography';
import { CLASS_LABELS_5 } from '../atlas/format';
import { classNotes, isNamedQuintiles } from '../atlas/classify';
import { NODATA_COLOR, SECRET_COLOR, cssColor, paletteColors } from '../atlas/palettes';
import { useAtlas } from '../state/useAtlas';
import { selectChoropleth } from '../state/selectors';
import { selectContext } from '../state/profileSelectors';
import { selectMapWithin } from '../state/withinSelectors';
import { levelOfCode } from '../atlas/geography';
import { WithinLegend } from './profile/WithinLegend';
import { classText } from '../atlas/choropleth';
import { rangeText } from './format';

/** The name of an area of any level, from the atlas's tables (its code when not loaded). */
function areaName(ctx: ReturnType<typeof selectContext>, code: string): string {
  const level = levelOfCode(code);
  const areas = level ? ctx.areas(level) : undefined;
  const row = areas ? areas.codes.indexOf(code) : -1;
  return row >= 0 ? areas!.names[row] : code;
}

export function Legend() {
  const choropleth = useAtlas(selectChoropleth);
  const palette = useAtlas((s) => s.palette);
  const level = useAtlas((s) => s.level);
  const year = useAtlas((s) => s.year);
  const within = useAtlas(selectMapWithin);
  const selection = useAtlas((s) => s.selection);
  const ctx = useAtlas(selectContext);
  if (!choropleth)
    return (
      <section className="legend" aria-label="Legenda">
        <p>Legenda wordt geladen…</p>
      </section>
    );
  const { def, result } = choropleth;
  const colors = paletteColors(palette, result.classes.length);
  const total = result.classes.reduce((n, c) => n + c.count, 0) + result.missing.secret + result.missing.nodata;
  const labelled = isNamedQuintiles(result);
  const incomplete = choropleth.values.filter((v) => v.incomplete).length;
  return (
    <section className="legend" aria-labelledby="legend-title">
      <h2 id="legend-title">{def.label}</h2>
      <p className="legend-unit">
        {def.unit}, {LEVEL_LABELS[level].many} {def.period ? `(grenzen ${year}), periode ${def.period}` : year}
      </p>
      {within && selection ? (
        <WithinLegend within={within} def={def} parentName={areaName(ctx, selection)} />
      ) : (
        <>
          {result.allEqual ? <p className="legend-note">Alle gebieden hebben dezelfde waarde.</p> : null}
          {classNotes(result, LEVEL_LABELS[level].many).map((n) => (
            <p key={n} className="legend-note legend-classes">
              {n}
            </p>
          ))}
          {result.splitTies > 0 ? (
            <p className="legend-note legend-warning">
              Let op: {result.splitTies === 1 ? 'één klassegrens valt' : `${result.splitTies} klassegrenzen vallen`}{' '}
              binnen een groep gebieden met dezelfde waarde. Kwantielen verdelen op rangorde (waarde, dan code), dus
              gelijke waarden kunnen verschillende kleuren krijgen. Kies eventueel natuurlijke grenzen.
            </p>
          ) : null}
          <table className="legend-table">
            <caption className="visually-hidden">Klassen met bereik en aantal {LEVEL_LABELS[level].many}</caption>
            <thead>
              <tr>
                <th scope="col">
                  <span className="visually-hidden">Kleur</span>
                </th>
                <th scope="col">Klasse</th>
                <th scope="col" className="num">
                  Aantal
                </th>
              </tr>
            </thead>
            <tbody>
              {result.classes.map((c) => (
                <tr key={c.index} data-class={c.index + 1}>
                  <td>
                    <span className="swatch" style={{ background: colors[c.index] }} />
                  </td>
                  <td>
                    {result.zeroClass && c.index === 0
                      ? '0 — geen'
                      : classText(choropleth, c.index, rangeText(c, def.decimals))}
                    {labelled ? <span className="class-label"> ({CLASS_LABELS_5[c.index]})</span> : null}
                  </td>
                  <td className="num legend-count">{c.count}</td>
                </tr>
              ))}
              <tr data-class="geen-gegevens">
                <td>
                  <span className="swatch swatch-nodata" style={{ background: cssColor(NODATA_COLOR) }} />
                </td>
                <td>geen gegevens</td>
                <td className="num legend-missing">{result.missing.nodata}</td>
              </tr>
              <tr data-class="geheim">
                <td>
                  <span className="swatch" style={{ background: cssColor(SECRET_COLOR) }} />
                </td>
                <td>
                  geheim <span className="class-label">(CBS: te klein of onbekend)</span>
                </td>
                <td className="num legend-missing">{result.missing.secret}</td>
              </tr>
            </tbody>
            <tfoot>
              <tr>
                <td />
                <td>Totaal</td>
                <td className="num legend-total">{total}</td>
              </tr>
              {incomplete > 0 ? (
                <tr data-class="onvolledig">
                  <td>
                    <span className="swatch swatch-incomplete" />
                  </td>
                  <td>
                    waarvan onvolledig{' '}
                    <span className="class-label">
                      (gestippelde rand: niet alle gemeenten hebben een cijfer; de waarde geldt voor de gemeenten met
                      een cijfer)
                    </span>
                  </td>
                  <td className="num legend-incomplete">{incomplete}</td>
                </tr>
              ) : null}
            </tfoot>
          </table>
        </>
      )}
      {def.note ? <p className="legend-note">{def.note}</p> : null}
      <p className="legend-source">{def.source}</p>
    </section>
  );
}
