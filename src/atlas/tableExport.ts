// What the screen shows as a table to save: the choropleth's areas, values and classes, or the
// comparison's observed, expected and corrected use with the counts behind them. Each export is
// two files: a plain CSV (header and rows only, which Excel and pandas read without options) and
// a toelichting in plain text (what the figures are, their source, classes, model and columns).
import { tableRows, type Choropleth } from './choropleth';
import { comparisonTable } from './comparisonTable';
// Type only: the comparison (and its model code) stays in its own chunk.
import type { Comparison } from './comparison';
import { CLASS_LABELS_5, formatNumber } from './format';
import { gemeenteCode, liesIn } from './selection';
import { classNotes, isNamedQuintiles, type Classification } from './classify';
import { ATTRIBUTION } from './assets';
import type { Deviation } from './funnel';
import { DIALECTS, countDecimals, csvText, fixed, type Cell, type CsvDialect } from './csv';

export type { CsvDialect };
export { DIALECTS };

const METHOD_TEXT: Record<Classification['method'], string> = {
  kwantiel: 'kwantielen (gelijke aantallen)',
  gelijk: 'gelijke intervallen',
  natuurlijk: 'natuurlijke grenzen (ckmeans)',
  handmatig: 'handmatige grenzen',
};

export interface ExportContext {
  /** e.g. "Gemeenten 2015". */
  levelText: string;
  /** The moment of export, written in the toelichting. */
  made: Date;
  dialect: CsvDialect;
}

/** The table and its toelichting, saved side by side. */
export interface TableExport {
  csv: string;
  notes: string;
}

interface Column {
  name: string;
  text: string;
}

function commonLines(
  def: { label: string; unit: string; source: string; note?: string; period?: string },
  ctx: ExportContext,
): string[] {
  return [
    `Gebieden: ${ctx.levelText}${def.period ? ` — periode ${def.period}` : ''}`,
    `Bron cijfers: ${def.source}`,
    `Grenzen: ${ATTRIBUTION.replace(/^Bron: /, '')} (CC BY 4.0)`,
    ...(def.note ? [`Toelichting: ${def.note}`] : []),
  ];
}

/** The toelichting: title, what the figures are, the columns, and when it was made. */
function notesText(title: string, lines: string[], columns: Column[], ctx: ExportContext): string {
  const text = [
    `Wijkatlas — toelichting bij de tabel: ${title}`,
    '',
    ...lines,
    '',
    `Opmaak: ${DIALECTS[ctx.dialect].label}; een lege cel is geen waarde.`,
    'Kolommen:',
    ...columns.map((c) => `- ${c.name}: ${c.text}`),
    '',
    `Gemaakt op ${ctx.made.toLocaleString('nl-NL')}.`,
  ];
  return `\uFEFF${text.join('\r\n')}\r\n`;
}

const STATUS_TEXT = { ok: '', secret: 'geheim', nodata: 'geen gegevens' } as const;
const statusText = (v: { status: keyof typeof STATUS_TEXT; incomplete?: unknown }) =>
  v.incomplete ? 'onvolledig' : STATUS_TEXT[v.status];

/** The map's table: one row per area with value, numerator, denominator and class. */
export interface ChoroplethCsvOptions {
  /** Gemeente names by code: wijken and buurten get gemeente_code and gemeente_naam columns. */
  gemeenten?: Map<string, string>;
  /** Only the areas inside this gemeente or wijk (the ranked list of its wijken or buurten). */
  within?: string;
  /** Each area's deviation from expected (the ranked list's funnel), as a column afwijking. */
  deviations?: Map<string, Deviation>;
}

export function choroplethExport(c: Choropleth, ctx: ExportContext, options: ChoroplethCsvOptions = {}): TableExport {
  const { def, result } = c;
  const nested = options.gemeenten !== undefined && /^(WK|BU)/.test(c.areas.codes[0] ?? '');
  const labelled = isNamedQuintiles(result);
  const deviations = options.deviations;
  const bounds = result.bounds.map((b) => formatNumber(b, def.decimals)).join(' | ');
  const lines = [
    `${def.label} (${def.unit})`,
    ...commonLines(def, ctx),
    `Klassenindeling: ${METHOD_TEXT[result.classification.method]}, ${result.classes.length} klassen; bovengrenzen: ${bounds || '–'}`,
    ...classNotes(result, 'gebieden'),
    'Status: geheim = onderdrukt of onbekend in de bron; geen gegevens = geen rij of noemer 0; onvolledig = niet alle gemeenten van de regio hebben een cijfer.',
  ];
  const all = tableRows(c).map((row, i) => ({ row, i, v: c.values[i] }));
  const shown = all.filter(({ row }) => !options.within || liesIn(row.code, options.within));
  const ok = (v: (typeof all)[number]['v'], x: number | null) => (v.status === 'ok' ? x : null);
  const numerators = shown.map(({ v }) => ok(v, v.numerator));
  const denominators = shown.map(({ v }) => (def.denominator ? ok(v, v.denominator) : null));
  const columns: (Column & { cell: (k: number) => Cell })[] = [
    { name: 'code', text: 'CBS-code van het gebied', cell: (k) => shown[k].row.code },
    { name: 'naam', text: 'naam van het gebied', cell: (k) => shown[k].row.naam },
    ...(nested
      ? [
          {
            name: 'gemeente_code',
            text: 'de gemeente waarin het ligt',
            cell: (k: number) => gemeenteCode(shown[k].row.code),
          },
          {
            name: 'gemeente_naam',
            text: 'naam van die gemeente',
            cell: (k: number) => options.gemeenten?.get(gemeenteCode(shown[k].row.code)) ?? null,
          },
        ]
      : []),
    {
      name: 'waarde',
      text: `de waarde op de kaart (${def.unit})`,
      cell: (k) => fixed(shown[k].row.waarde, def.decimals),
    },
    {
      name: 'teller',
      text: 'de som achter de waarde (gebruikers, personen of huishoudens)',
      cell: (k) => fixed(numerators[k], countDecimals(numerators)),
    },
    {
      name: 'noemer',
      text: 'waar de teller op is gedeeld',
      cell: (k) => fixed(denominators[k], countDecimals(denominators)),
    },
    { name: 'status', text: 'leeg, geheim, geen gegevens of onvolledig', cell: (k) => statusText(shown[k].v) },
    { name: 'klasse', text: 'klasse op de kaart (1 = laagste)', cell: (k) => shown[k].row.klasse },
    ...(labelled
      ? [
          {
            name: 'klassenaam',
            text: 'naam van die klasse',
            cell: (k: number) => (shown[k].row.klasse === null ? null : CLASS_LABELS_5[shown[k].row.klasse - 1]),
          },
        ]
      : []),
    ...(deviations
      ? [
          {
            name: 'afwijking',
            text: "lager, binnen of hoger dan verwacht na risicocorrectie (95%-trechter, zoals in Regio's vergelijken)",
            cell: (k: number) => deviations.get(shown[k].row.code) ?? null,
          },
        ]
      : []),
    { name: 'toelichting', text: 'bijzonderheden bij de waarde', cell: (k) => shown[k].v.note ?? null },
  ];
  const rows = shown.map((_, k) => columns.map((col) => col.cell(k)));
  return {
    csv: csvText(
      columns.map((col) => col.name),
      rows,
      { dialect: ctx.dialect },
    ),
    notes: notesText(`${def.label}, ${ctx.levelText}`, lines, columns, ctx),
  };
}

/** The comparison: observed, expected and corrected per area with the counts and SCP classes. */
export function comparisonExport(c: Comparison, ctx: ExportContext): TableExport {
  const m = c.model;
  const d = m.outcome.decimals;
  const lines = [
    `${m.outcome.label} (${m.outcome.unit}), waargenomen en na risicocorrectie`,
    ...commonLines(m.outcome, ctx),
    `Risicocorrectie (SCP): gecorrigeerd = waargenomen − verwacht + landelijk (${formatNumber(m.nationalRate, d)}); model gewogen naar de noemer over ${m.n} gemeenten, R² ${formatNumber(m.r2, 3)}`,
    `Factoren: ${m.factors.map((f) => f.label).join(' | ')}`,
    `Klassen: kwintielen van de waargenomen waarden (${CLASS_LABELS_5.join(', ')}); gecorrigeerde waarden met dezelfde grenzen: ${c.observedClasses.bounds.map((b) => formatNumber(b, d)).join(' | ')}`,
    `Verhouding = waargenomen / verwachte gebruikers; afwijking: buiten de trechtergrenzen 1 ± 1,96 × √(max(φ, 1) / verwacht), φ = ${formatNumber(c.phi, 2)} (Spiegelhalter 2005)`,
    ...(c.extrapolated ? ['Let op: het gemeentemodel is toegepast op kleinere gebieden (extrapolatie).'] : []),
  ];
  const { header, rows, columns } = comparisonTable(c);
  return {
    csv: csvText(header, rows, { dialect: ctx.dialect }),
    notes: notesText(`${m.outcome.label}, ${ctx.levelText}, vergelijking`, lines, columns, ctx),
  };
}

/** A file name without spaces or characters file systems refuse. */
export function exportFileName(parts: string[], extension: string): string {
  const slug = parts
    .join('_')
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .replace(/[^A-Za-z0-9_-]+/g, '-')
    .replace(/-+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 120);
  return `wijkatlas_${slug}.${extension}`;
}
