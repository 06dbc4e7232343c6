// A wijkteam's own list of services: CSV (name, category, address, and lat/lon or RD x/y) or
// GeoJSON points, checked per row. Bad rows are skipped and reported in Dutch with row and
// column; good rows become Voorzieningen in the one schema.
import { csvErrorText } from './csvErrors';
import Papa from 'papaparse';
import { isRdInRange, rdToWgs84 } from './rd';
import { safeWebsite, type Voorziening } from './socialeKaart';

export interface RowError {
  /** 1-based line in the file (the header is line 1), or the feature number in GeoJSON. */
  row: number;
  column: string;
  message: string;
  /** The row was read all the same (e.g. only its website was left out). */
  kept?: boolean;
}

/** Whether a point lies in (or near) the Netherlands; without it a coarse box is used. */
export type LandTest = (lon: number, lat: number) => boolean;

export interface ImportResult {
  points: Voorziening[];
  errors: RowError[];
}

/** Column names a team may use, lower case, without accents or spaces. */
export const ALIASES: Record<string, string[]> = {
  naam: ['naam', 'name', 'voorziening', 'organisatie naam'],
  categorie: ['categorie', 'category', 'soort', 'type'],
  organisatie: ['organisatie', 'organization', 'aanbieder'],
  straat: ['straat', 'street', 'adres', 'address'],
  huisnummer: ['huisnummer', 'nummer', 'nr', 'housenumber'],
  postcode: ['postcode', 'zip'],
  plaats: ['plaats', 'woonplaats', 'city', 'place'],
  telefoon: ['telefoon', 'tel', 'phone'],
  website: ['website', 'url', 'internet'],
  wet: ['wet', 'law'],
  toegang: ['toegang', 'access'],
  lat: ['lat', 'latitude', 'breedte'],
  lon: ['lon', 'lng', 'long', 'longitude', 'lengte'],
  x: ['x', 'rd_x', 'rdx', 'x_rd'],
  y: ['y', 'rd_y', 'rdy', 'y_rd'],
};

export const clean = (h: string) =>
  h
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase()
    .trim()
    .replace(/[\s_-]+/g, '_');

/** "52,1517" and "52.1517" are both numbers; anything else is NaN. */
export function parseNumber(raw: string): number {
  const t = raw.trim();
  if (/^-?\d+([.,]\d+)?$/.test(t)) return Number(t.replace(',', '.'));
  return Number.NaN;
}

export function fromFields(
  get: (field: string) => string,
  row: number,
  listName: string,
  id: string,
  errors: RowError[],
  onLand?: LandTest,
): Voorziening | null {
  const naam = get('naam');
  const categorie = get('categorie');
  const before = errors.length;
  if (!naam) errors.push({ row, column: 'naam', message: 'ontbreekt' });
  if (!categorie) errors.push({ row, column: 'categorie', message: 'ontbreekt' });
  let lon = Number.NaN;
  let lat = Number.NaN;
  if (get('lat') || get('lon')) {
    lat = parseNumber(get('lat'));
    lon = parseNumber(get('lon'));
    if (Number.isNaN(lat)) errors.push({ row, column: 'lat', message: `"${get('lat')}" is geen getal` });
    if (Number.isNaN(lon)) errors.push({ row, column: 'lon', message: `"${get('lon')}" is geen getal` });
    if (!Number.isNaN(lat) && !Number.isNaN(lon) && (lat < 50.5 || lat > 53.8 || lon < 3.2 || lon > 7.3)) {
      errors.push({
        row,
        column: 'lat',
        message: `${get('lat')}, ${get('lon')} ligt niet in Nederland (verwisseld, of RD in de lat/lon-kolommen?)`,
      });
    }
  } else if (get('x') || get('y')) {
    const x = parseNumber(get('x'));
    const y = parseNumber(get('y'));
    if (Number.isNaN(x)) errors.push({ row, column: 'x', message: `"${get('x')}" is geen getal` });
    if (Number.isNaN(y)) errors.push({ row, column: 'y', message: `"${get('y')}" is geen getal` });
    if (!Number.isNaN(x) && !Number.isNaN(y)) {
      if (!isRdInRange(x, y))
        errors.push({
          row,
          column: 'x',
          message: `${get('x')}, ${get('y')} valt buiten het RD-gebied (x 0–300.000, y 289.000–629.000 m)`,
        });
      else {
        [lon, lat] = rdToWgs84(x, y);
        if (onLand && !onLand(lon, lat))
          errors.push({
            row,
            column: 'x',
            message: `RD ${get('x')}, ${get('y')} ligt buiten Nederland (${lat.toFixed(4)} N, ${lon.toFixed(4)} O): in het buitenland of op zee`,
          });
      }
    }
  } else {
    errors.push({ row, column: 'lat', message: 'geen coördinaten: geef lat en lon, of RD x en y' });
  }
  if (errors.length === before && get('lat') && onLand && !onLand(lon, lat)) {
    errors.push({
      row,
      column: 'lat',
      message: `${get('lat')}, ${get('lon')} ligt buiten Nederland: in het buitenland of op zee`,
    });
  }
  if (errors.length > before) return null;
  const site = get('website');
  const website = safeWebsite(site);
  if (site && !website)
    errors.push({
      row,
      column: 'website',
      message: `"${site.slice(0, 60)}" is geen http(s)-adres en is weggelaten; de rest van de regel is ingelezen`,
      kept: true,
    });
  return {
    id,
    naam,
    organisatie: get('organisatie'),
    categorie: 'eigen',
    teamCategorie: categorie,
    wet: get('wet'),
    soort: '',
    toegang: get('toegang'),
    leeftijd: '',
    straat: get('straat'),
    huisnummer: get('huisnummer'),
    postcode: get('postcode'),
    plaats: get('plaats'),
    telefoon: get('telefoon'),
    website,
    werkgebied: '',
    inloop: '',
    bron: `Eigen lijst: ${listName}`,
    bronDatum: new Date().toISOString().slice(0, 10),
    kanttekening: '',
    lon: Math.round(lon * 1e6) / 1e6,
    lat: Math.round(lat * 1e6) / 1e6,
    bu: '',
    wk: '',
    gm: '',
  };
}

export function importCsv(text: string, listName: string, idPrefix: string, onLand?: LandTest): ImportResult {
  const parsed = Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), {
    skipEmptyLines: 'greedy',
    delimitersToGuess: [',', ';', '\t'],
  });
  const errors: RowError[] = parsed.errors.map((e) => ({
    row: (e.row ?? 0) + 1,
    column: '',
    message: `CSV: ${csvErrorText(e)}`,
  }));
  const [header, ...rows] = parsed.data;
  if (!header || header.length === 0)
    return { points: [], errors: [{ row: 1, column: '', message: 'het bestand is leeg' }] };
  const columns = header.map(clean);
  const index: Record<string, number> = {};
  for (const [field, names] of Object.entries(ALIASES)) {
    const i = columns.findIndex((c) => names.map(clean).includes(c));
    if (i >= 0) index[field] = i;
  }
  if (index.naam === undefined)
    errors.push({ row: 1, column: 'naam', message: `kolom ontbreekt (gevonden: ${header.join(', ')})` });
  const points: Voorziening[] = [];
  if (index.naam === undefined) return { points, errors };
  rows.forEach((cells, i) => {
    const get = (field: string) => (index[field] === undefined ? '' : (cells[index[field]] ?? '').trim());
    const point = fromFields(get, i + 2, listName, `${idPrefix}-${i + 1}`, errors, onLand);
    if (point) points.push(point);
  });
  return { points, errors };
}
