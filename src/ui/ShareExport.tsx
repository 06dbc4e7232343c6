// "Deel" copies the link that restores this view; "PNG" and "CSV" save what the screen shows,
// the PNG with title, legend, year and source, the CSV as a plain table whose source and
// definitions are in its "Toelichting". Everything is made in the page; nothing is uploaded.
import { useState } from 'react';
import { ATTRIBUTION } from '../atlas/assets';
import { CLASS_LABELS_5, formatNumber } from '../atlas/format';
import { LEVEL_LABELS } from '../atlas/geography';
import { isOwnId } from '../atlas/ownIndicators';
import {
  DEVIATION_COLORS,
  DEVIATION_ORDER,
  NODATA_COLOR,
  SECRET_COLOR,
  cssColor,
  paletteColors,
} from '../atlas/palettes';
import { DEVIATION_LABELS } from '../atlas/funnel';
import { DIALECTS, exportFileName, type CsvDialect } from '../atlas/tableExport';
import { tableFiles } from './tableFiles';
import { captureMap } from '../map/mapCapture';
import { selectChoropleth, selectDef } from '../state/selectors';
import type { AtlasState } from '../state/store';
import { useAtlas } from '../state/useAtlas';
import { OUTSIDE_COLOR, selectMapWithin } from '../state/withinSelectors';
import { WITHIN_LABELS, type Within } from '../atlas/withinGemeente';
import { canvasBlob, composeImage, type LegendEntry } from './exportImage';
import { download } from './download';
import { rangeText } from './format';
import { classText } from '../atlas/choropleth';

const SCALE = 2;

async function comparisonOf(s: AtlasState) {
  const { selectComparison } = await import('../state/comparisonSelectors');
  return selectComparison(s)?.comparison ?? null;
}

function subtitle(s: AtlasState): string {
  const def = selectDef(s);
  return `${def.unit} · ${LEVEL_LABELS[s.level].many} ${s.year}${def.period ? ` · periode ${def.period}` : ''}`;
}

function footer(s: AtlasState, extra: string[]): string[] {
  const def = selectDef(s);
  return [
    `Bron: ${def.source}. Grenzen: ${ATTRIBUTION.replace(/^Bron: /, '')} (CC BY 4.0).`,
    ...extra,
    ...(def.note ? [def.note] : []),
    `Gemaakt met Wijkatlas op ${new Date().toLocaleDateString('nl-NL')}.`,
  ];
}

/** The footer line on regions outlined as onvolledig; none when there are none. */
function incompleteLine(count: number, level: AtlasState['level']): string[] {
  return count > 0
    ? [
        `${count} ${LEVEL_LABELS[level].many} onvolledig (gestippelde rand): niet alle gemeenten hebben een cijfer; de waarde geldt voor de gemeenten met een cijfer.`,
      ]
    : [];
}

/** The legend's entry for the dashed outline of onvolledig; none when there are none. */
const incompleteEntry = (count: number): LegendEntry[] =>
  count > 0 ? [{ color: '#ffffff', label: `onvolledig (${count})`, swatch: 'dashed' }] : [];

/** The legend of the map of a gemeente's wijken against its own rate. */
const withinLegend = (within: Within): LegendEntry[] => [
  ...DEVIATION_ORDER.map((d) => ({
    color: DEVIATION_COLORS[d],
    label: `${WITHIN_LABELS[d]} (${within.rows.filter((r) => r.deviation === d).length})`,
  })),
  { color: OUTSIDE_COLOR, label: 'buiten het gebied' },
];

async function makePng(s: AtlasState): Promise<{ blob: Blob; name: string }> {
  const def = selectDef(s);
  const missing = (n: { secret: number; nodata: number }): LegendEntry[] => [
    { color: cssColor(NODATA_COLOR), label: `geen gegevens (${n.nodata})`, swatch: 'hatched' },
    { color: cssColor(SECRET_COLOR), label: `geheim (${n.secret})` },
  ];
  if (s.mode === 'vergelijken') {
    const c = await comparisonOf(s);
    const observed = captureMap('waargenomen', SCALE);
    const corrected = captureMap('gecorrigeerd', SCALE);
    const deviation = captureMap('afwijking', SCALE);
    if (!c || !observed || !corrected || !deviation) throw new Error('de kaarten zijn nog niet getekend');
    const colors = paletteColors(s.palette, 5);
    const { nationalClassText, crowdingText } = await import('../atlas/comparison');
    const incomplete = c.rows.filter((r) => r.incomplete).length;
    const image = composeImage({
      title: `${def.label}: waargenomen en na risicocorrectie`,
      subtitle: subtitle(s),
      panels: [
        { canvas: observed, title: 'Waargenomen' },
        { canvas: corrected, title: 'Na risicocorrectie (zelfde klassengrenzen)' },
        { canvas: deviation, title: 'Waargenomen / verwacht buiten de marge' },
      ],
      legendTitle: 'Kwintielen van het waargenomen gebruik: aantal waargenomen → na correctie; afwijking van verwacht',
      legend: [
        ...CLASS_LABELS_5.map((label, k) => ({
          color: colors[k],
          label: `${label} (${c.countsObserved[k]} → ${c.countsCorrected[k]})`,
        })),
        ...DEVIATION_ORDER.map((d) => ({
          color: DEVIATION_COLORS[d],
          label: `${DEVIATION_LABELS[d]} (${c.deviationCounts[d]})`,
        })),
        ...incompleteEntry(incomplete),
      ],
      scale: SCALE,
      footer: footer(s, [
        `Risicocorrectie volgens SCP: gecorrigeerd = waargenomen − verwacht + landelijk; model ${c.model.year} over ${c.model.n} gemeenten, R² ${c.model.r2.toLocaleString('nl-NL', { maximumFractionDigits: 2 })}; ${nationalClassText(c)}. Een signaal, geen oordeel.`,
        `Afwijking: waargenomen / verwachte gebruikers buiten 1 ± 1,96 × √(φ / verwacht), φ = ${c.phi.toLocaleString('nl-NL', { maximumFractionDigits: 1 })} (Spiegelhalter 2005).`,
        ...(crowdingText(c) ? [crowdingText(c)!] : []),
        ...incompleteLine(incomplete, s.level),
      ]),
    });
    return {
      blob: await canvasBlob(image),
      name: exportFileName([def.label, s.level, String(s.year), 'vergelijking'], 'png'),
    };
  }
  const choropleth = selectChoropleth(s);
  const map = captureMap('kaart', SCALE);
  if (!choropleth || !map) throw new Error('de kaart is nog niet getekend');
  const within = selectMapWithin(s);
  if (within)
    return {
      blob: await canvasBlob(
        composeImage({
          title: def.label,
          subtitle: subtitle(s),
          panels: [{ canvas: map }],
          legendTitle: `Tegen het gemiddelde (${formatNumber(within.rateShown, def.decimals)} ${def.unit})`,
          legend: withinLegend(within),
          scale: SCALE,
          footer: footer(s, []),
        }),
      ),
      name: exportFileName([def.label, s.level, String(s.year), 'afwijking'], 'png'),
    };
  const colors = paletteColors(s.palette, choropleth.result.classes.length);
  const incomplete = choropleth.values.filter((v) => v.incomplete).length;
  const image = composeImage({
    title: def.label,
    subtitle: subtitle(s),
    panels: [{ canvas: map }],
    legendTitle: `Klassen (aantal ${LEVEL_LABELS[s.level].many})`,
    legend: [
      ...choropleth.result.classes.map((c) => ({
        color: colors[c.index],
        label: `${classText(choropleth, c.index, rangeText(c, def.decimals))} (${c.count})`,
      })),
      ...missing(choropleth.result.missing),
      ...incompleteEntry(incomplete),
    ],
    scale: SCALE,
    footer: footer(s, incompleteLine(incomplete, s.level)),
  });
  return { blob: await canvasBlob(image), name: exportFileName([def.label, s.level, String(s.year)], 'png') };
}

export function ShareExport() {
  const [status, setStatus] = useState<string | null>(null);
  const [link, setLink] = useState<string | null>(null);
  const dialect = useAtlas((s) => s.csvDialect);
  const { setCsvDialect } = useAtlas.getState();
  const ownShown = useAtlas((s) => (isOwnId(s.indicator) ? selectDef(s).label : null));

  const share = async () => {
    const url = location.href;
    const ownNote = ownShown
      ? ` De cijfers van "${ownShown}" gaan niet mee: de ontvanger moet die tabel zelf importeren.`
      : '';
    try {
      await navigator.clipboard.writeText(url);
      setLink(null);
      setStatus(`Link gekopieerd.${ownNote}`);
    } catch {
      // No clipboard (permission, older browser): show the link to copy by hand.
      setLink(url);
      setStatus(`Kopieer de link hieronder.${ownNote}`);
    }
  };
  const save = async (make: () => Promise<{ blob: Blob; name: string }>) => {
    try {
      const { blob, name } = await make();
      download(blob, name);
      setStatus(`${name} opgeslagen.`);
    } catch (error) {
      setStatus(`Exporteren lukte niet: ${error instanceof Error ? error.message : String(error)}.`);
    }
  };
  return (
    <section className="share-export" aria-label="Delen en exporteren">
      <div className="share-buttons">
        <button type="button" onClick={() => void share()} aria-label="Deel: link naar deze kaart kopiëren">
          Deel
        </button>
        <button type="button" onClick={() => void save(() => makePng(useAtlas.getState()))}>
          Kaart als PNG
        </button>
        <button
          type="button"
          onClick={() => void save(async () => (await tableFiles(useAtlas.getState(), dialect)).csv)}
        >
          Tabel als CSV
        </button>
        <button
          type="button"
          onClick={() => void save(async () => (await tableFiles(useAtlas.getState(), dialect)).notes)}
          aria-label="Toelichting bij de tabel: bron, klassen en kolommen (tekstbestand)"
        >
          Toelichting
        </button>
      </div>
      <label htmlFor="csv-dialect" className="value-note">
        CSV-opmaak
      </label>
      <select id="csv-dialect" value={dialect} onChange={(e) => setCsvDialect(e.target.value as CsvDialect)}>
        {(Object.keys(DIALECTS) as CsvDialect[]).map((d) => (
          <option key={d} value={d}>
            {DIALECTS[d].label}
          </option>
        ))}
      </select>
      {link ? (
        <input
          className="share-link"
          type="text"
          readOnly
          value={link}
          aria-label="Link naar deze kaart"
          onFocus={(e) => e.target.select()}
        />
      ) : null}
      <p className="value-note share-status" role="status">
        {status}
      </p>
    </section>
  );
}
