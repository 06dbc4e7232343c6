// The comparison as a table: one column list for the command line's CSV and JSON and for the
// browser's export, each number with the decimals the screen shows (the outcome's for the rates,
// three for the ratio), the users, their reference population and the expected users beside them.
import { roundTo } from './choropleth';
import { countDecimals, fixed, plainCsv, type Cell } from './csv';
import type { Comparison, ComparisonRow } from './comparison';
import { incompleteNote } from './aggregate';
import { CLASS_LABELS_5 } from './format';
import { fitText } from './modelFit';
import type { Deviation } from './funnel';

export interface ComparisonColumn {
  name: string;
  /** What the column holds, for the toelichting. */
  text: string;
  cell: (row: ComparisonRow) => Cell;
}

const classNumber = (k: number) => (k < 0 ? null : k + 1);
const className = (k: number) => (k < 0 ? null : CLASS_LABELS_5[k]);
const isComplete = (r: ComparisonRow) => r.observed !== null && !r.incomplete;

export function comparisonColumns(c: Comparison): ComparisonColumn[] {
  const { outcome } = c.model;
  const d = outcome.decimals;
  const rate = (v: number | null) => fixed(v, d);
  const users = countDecimals(c.rows.map((r) => r.users));
  const population = countDecimals(c.rows.map((r) => r.population));
  return [
    { name: 'code', text: 'CBS-code van het gebied', cell: (r) => r.code },
    { name: 'naam', text: 'naam van het gebied', cell: (r) => r.naam },
    { name: 'waargenomen', text: `waargenomen gebruik (${outcome.unit})`, cell: (r) => rate(r.observed) },
    { name: 'verwacht', text: 'verwacht gebruik volgens het model', cell: (r) => rate(r.expected) },
    {
      name: 'gecorrigeerd',
      text: 'gecorrigeerd gebruik: waargenomen − verwacht + landelijk',
      cell: (r) => rate(r.corrected),
    },
    { name: 'gebruikers', text: 'waargenomen gebruikers (de teller)', cell: (r) => fixed(r.users, users) },
    {
      name: 'populatie',
      text: 'referentiepopulatie waarin de gebruikers zijn geteld (de noemer)',
      cell: (r) => fixed(r.population, population),
    },
    {
      name: 'verwachte_gebruikers',
      text: 'verwachte gebruikers: verwacht gebruik × populatie',
      cell: (r) => fixed(r.expectedUsers, 1),
    },
    {
      name: 'klasse_waargenomen',
      text: 'SCP-klasse (1–5) van het waargenomen gebruik',
      cell: (r) => classNumber(r.classObserved),
    },
    {
      name: 'klasse_gecorrigeerd',
      text: 'SCP-klasse (1–5) van het gecorrigeerde gebruik, met dezelfde grenzen',
      cell: (r) => classNumber(r.classCorrected),
    },
    { name: 'klassenaam_waargenomen', text: 'naam van die klasse', cell: (r) => className(r.classObserved) },
    { name: 'klassenaam_gecorrigeerd', text: 'naam van die klasse', cell: (r) => className(r.classCorrected) },
    {
      name: 'verhouding',
      text: 'waargenomen / verwachte gebruikers (drie decimalen)',
      cell: (r) => (r.funnel ? fixed(r.funnel.ratio, 3) : null),
    },
    {
      name: 'afwijking',
      text: 'lager, binnen of hoger: buiten de 95%-trechter of niet',
      cell: (r) => r.funnel?.deviation ?? null,
    },
    {
      name: 'volledig',
      text: 'nee: geen cijfer, of een regio waarvan niet alle gemeenten een cijfer hebben (onvolledig)',
      cell: (r) => (isComplete(r) ? 'ja' : 'nee'),
    },
    {
      name: 'toelichting',
      text: 'bij een onvolledige regio: hoeveel gemeenten zonder cijfer',
      cell: (r) => (r.incomplete ? incompleteNote(r.incomplete.missing, r.incomplete.of) : null),
    },
  ];
}

/** The table's header and rows, for either CSV dialect. */
export function comparisonTable(c: Comparison): { header: string[]; rows: Cell[][]; columns: ComparisonColumn[] } {
  const columns = comparisonColumns(c);
  return { header: columns.map((k) => k.name), rows: c.rows.map((r) => columns.map((k) => k.cell(r))), columns };
}

/** What the command line prints. */
export function comparisonCsv(c: Comparison): string {
  const { header, rows } = comparisonTable(c);
  return plainCsv(header, rows);
}

export interface ComparisonRecord {
  code: string;
  naam: string;
  waargenomen: number | null;
  verwacht: number | null;
  gecorrigeerd: number | null;
  gebruikers: number | null;
  populatie: number | null;
  verwachte_gebruikers: number | null;
  klasse_waargenomen: number | null;
  klasse_gecorrigeerd: number | null;
  /** Observed / expected users, three decimals. */
  verhouding: number | null;
  afwijking: Deviation | null;
  volledig: 'ja' | 'nee';
}

/** The rows as JSON records: numbers rounded as the table writes them. */
export function comparisonRecords(c: Comparison): ComparisonRecord[] {
  const d = c.model.outcome.decimals;
  const r = (v: number | null, decimals = d) => (v === null ? null : roundTo(v, decimals));
  const users = countDecimals(c.rows.map((row) => row.users));
  const population = countDecimals(c.rows.map((row) => row.population));
  return c.rows.map((row) => ({
    code: row.code,
    naam: row.naam,
    waargenomen: r(row.observed),
    verwacht: r(row.expected),
    gecorrigeerd: r(row.corrected),
    gebruikers: r(row.users, users),
    populatie: r(row.population, population),
    verwachte_gebruikers: r(row.expectedUsers, 1),
    klasse_waargenomen: classNumber(row.classObserved),
    klasse_gecorrigeerd: classNumber(row.classCorrected),
    verhouding: row.funnel ? roundTo(row.funnel.ratio, 3) : null,
    afwijking: row.funnel?.deviation ?? null,
    volledig: isComplete(row) ? 'ja' : 'nee',
  }));
}

export function modelJson(c: Comparison) {
  const m = c.model;
  return {
    uitkomst: m.outcome.id,
    jaar: m.year,
    factoren: m.factors.map((f) => ({ id: f.id, label: f.label })),
    coefficienten: m.coefficients.map((k) => ({ naam: k.name, schatting: k.estimate, standaardfout: k.standardError })),
    r2: m.r2,
    verklaring: fitText(m.r2).text,
    n: m.n,
    landelijk: m.nationalRate,
    weggelaten: m.leftOut.map((l) => ({ code: l.code, naam: l.naam, reden: l.reason })),
  };
}
