// CSV of what the screen shows: the choropleth's areas, values and classes, or the comparison's
// observed, expected and corrected values, with what the figures are in "#" lines above the
// header. Two dialects: ";" with decimal comma for spreadsheets set to Dutch, "," with decimal
// point for everything else.
import { roundTo, tableRows, type Choropleth } from './choropleth';
import { comparisonRecords } from './comparisonTable';
// Type only: the comparison (and its model code) stays in its own chunk.
import type { Comparison } from './comparison';
import { CLASS_LABELS_5 } from './format';
import { gemeenteCode, liesIn } from './selection';
import { classNotes, isNamedQuintiles, type Classification } from './classify';
import { ATTRIBUTION } from './assets';
import { incompleteNote } from './aggregate';
import { DIALECTS, csvText, numberText, userText, type Cell, type CsvDialect } from './csv';

export type { CsvDialect };
export { DIALECTS };

const METHOD_TEXT: Record<Classification['method'], string> = {
  kwantiel: 'kwantielen (gelijke aantallen)',
  gelijk: 'gelijke intervallen',
  natuurlijk: 'natuurlijke grenzen (ckmeans)',
  handmatig: 'handmatige grenzen',
};

/** Comment lines, the header and the rows; the Dutch dialect starts with a BOM so Excel reads UTF-8. */
export function toCsv(comments: string[], header: string[], rows: Cell[][], dialect: CsvDialect): string {
  return csvText(header, rows, { dialect, comments });
}

export interface ExportContext {
  /** e.g. "Gemeenten 2015". */
  levelText: string;
  /** The moment of export, written in the header. */
  made: Date;
  dialect: CsvDialect;
}

function commonComments(
  def: { label: string; unit: string; source: string; note?: string; period?: string; own?: boolean },
  ctx: ExportContext,
): string[] {
  const u = (t: string) => (def.own ? userText(t, ctx.dialect) : t);
  const c = {
    label: u(def.label),
    unit: u(def.unit),
    source: u(def.source),
    note: def.note && u(def.note),
    period: def.period && u(def.period),
  };
  return [
    `Wijkatlas: ${c.label} (${c.unit})`,
    `Gebieden: ${ctx.levelText}${c.period ? ` — periode ${c.period}` : ''}`,
    `Bron cijfers: ${c.source}`,
    `Grenzen: ${ATTRIBUTION.replace(/^Bron: /, '')} (CC BY 4.0)`,
    ...(c.note ? [`Toelichting: ${c.note}`] : []),
  ];
}

function closing(ctx: ExportContext): string {
  return `Gemaakt op ${ctx.made.toLocaleString('nl-NL')}; leeg = geen waarde (status zegt waarom: geheim = onderdrukt of onbekend in de bron, geen gegevens = geen rij of noemer 0)`;
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
}

export function choroplethCsv(c: Choropleth, ctx: ExportContext, options: ChoroplethCsvOptions = {}): string {
  const { def, result } = c;
  const nested = options.gemeenten !== undefined && /^(WK|BU)/.test(c.areas.codes[0] ?? '');
  const labelled = isNamedQuintiles(result);
  const bounds = result.bounds.map((b) => numberText(b, ctx.dialect, def.decimals)).join(' | ');
  const comments = [
    ...commonComments(def, ctx),
    `Klassenindeling: ${METHOD_TEXT[result.classification.method]}, ${result.classes.length} klassen; bovengrenzen: ${bounds || '–'}`,
    ...classNotes(result, 'gebieden'),
    closing(ctx),
  ];
  const header = [
    'code',
    'naam',
    ...(nested ? ['gemeente_code', 'gemeente_naam'] : []),
    'waarde',
    'teller',
    'noemer',
    'status',
    'klasse',
    ...(labelled ? ['klassenaam'] : []),
    'toelichting',
  ];
  // The rows the headless table prints, with the sums behind each value.
  const all = tableRows(c).map((row, i) => ({ row, i }));
  const rows = all
    .filter(({ row }) => !options.within || liesIn(row.code, options.within))
    .map(({ row, i }): Cell[] => {
      const v = c.values[i];
      return [
        row.code,
        row.naam,
        ...(nested ? [gemeenteCode(row.code), options.gemeenten?.get(gemeenteCode(row.code)) ?? null] : []),
        row.waarde,
        // Approximated populations (15–64 from age shares) are not whole numbers.
        v.status === 'ok' && v.numerator !== null ? roundTo(v.numerator, 2) : null,
        v.status === 'ok' && def.denominator && v.denominator !== null ? roundTo(v.denominator, 2) : null,
        statusText(v),
        row.klasse,
        ...(labelled ? [row.klasse === null ? null : CLASS_LABELS_5[row.klasse - 1]] : []),
        v.note ?? null,
      ];
    });
  return toCsv(comments, header, rows, ctx.dialect);
}

/** The comparison: observed, expected and corrected per area with the SCP classes of both. */
export function comparisonExportCsv(c: Comparison, ctx: ExportContext): string {
  const m = c.model;
  const d = m.outcome.decimals;
  const comments = [
    ...commonComments(m.outcome, ctx),
    `Risicocorrectie (SCP): gecorrigeerd = waargenomen − verwacht + landelijk (${numberText(roundTo(m.nationalRate, d), ctx.dialect)}); model gewogen naar de noemer over ${m.n} gemeenten, R² ${numberText(roundTo(m.r2, 3), ctx.dialect)}`,
    `Factoren: ${m.factors.map((f) => f.label).join(' | ')}`,
    `Klassen: kwintielen van de waargenomen waarden (${CLASS_LABELS_5.join(', ')}); gecorrigeerde waarden met dezelfde grenzen: ${c.observedClasses.bounds.map((b) => numberText(roundTo(b, d), ctx.dialect)).join(' | ')}`,
    ...(c.extrapolated ? ['Let op: het gemeentemodel is toegepast op kleinere gebieden (extrapolatie).'] : []),
    closing(ctx),
  ];
  comments.splice(
    comments.length - 1,
    0,
    `Verhouding = waargenomen / verwachte gebruikers; afwijking: buiten de trechtergrenzen 1 ± 1,96 × √(max(φ, 1) / verwacht), φ = ${numberText(roundTo(c.phi, 2), ctx.dialect)} (Spiegelhalter 2005)`,
    `Volledig = nee: geen cijfer, of een regio waarvan niet alle gemeenten een cijfer hebben (onvolledig; het cijfer geldt voor de gemeenten met een cijfer)`,
  );
  const name = (k: number | null) => (k === null ? null : CLASS_LABELS_5[k - 1]);
  const rows = comparisonRecords(c).map((r, i): Cell[] => [
    r.code,
    r.naam,
    r.waargenomen,
    r.verwacht,
    r.gecorrigeerd,
    r.klasse_waargenomen,
    r.klasse_gecorrigeerd,
    name(r.klasse_waargenomen),
    name(r.klasse_gecorrigeerd),
    r.verhouding,
    r.afwijking,
    r.volledig,
    c.rows[i].incomplete ? incompleteNote(c.rows[i].incomplete.missing, c.rows[i].incomplete.of) : null,
  ]);
  return toCsv(
    comments,
    [
      'code',
      'naam',
      'waargenomen',
      'verwacht',
      'gecorrigeerd',
      'klasse_waargenomen',
      'klasse_gecorrigeerd',
      'klassenaam_waargenomen',
      'klassenaam_gecorrigeerd',
      'verhouding',
      'afwijking',
      'volledig',
      'toelichting',
    ],
    rows,
    ctx.dialect,
  );
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
