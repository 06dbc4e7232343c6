// A list of service points as CSV, for a spreadsheet: the schema's main fields, through the atlas's
// one CSV writer (the chosen dialect, formulas neutralised).
import { csvText, type CsvDialect } from './csv';
import type { Voorziening } from './socialeKaart';

const HEADER = [
  'naam',
  'categorie',
  'organisatie',
  'straat',
  'huisnummer',
  'postcode',
  'plaats',
  'telefoon',
  'website',
  'lat',
  'lon',
  'bron',
];

export function pointsCsv(points: Voorziening[], dialect: CsvDialect = 'en'): string {
  const rows = points.map((p) => [
    p.naam,
    p.teamCategorie || p.categorie,
    p.organisatie,
    p.straat,
    p.huisnummer,
    p.postcode,
    p.plaats,
    p.telefoon,
    p.website,
    p.lat,
    p.lon,
    p.bron,
  ]);
  return csvText(HEADER, rows, { dialect });
}
