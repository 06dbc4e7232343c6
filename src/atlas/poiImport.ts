// A wijkteam's own list of services: CSV (name, category, address, and lat/lon or RD x/y, Dutch
// or English column names, as a spreadsheet saves it) or GeoJSON points, checked per row. Bad rows are skipped and reported in Dutch with row and
// column; good rows become Voorzieningen in the one schema.
import { detectDecimal, parseCell, type Decimal } from './numberCells';
import { parseTable } from './tableParse';
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
  /** How the file was read (delimiter, the columns used), for the report. */
  read?: string;
}

/** Column names a team may use (Dutch and English, as cleaned by clean(): lower case, no accents,
 *  spaces and dashes as "_", a unit in brackets left off). */
export const ALIASES: Record<string, string[]> = {
  naam: ['naam', 'name', 'voorziening', 'organisatie_naam', 'naam_voorziening'],
  categorie: ['categorie', 'category', 'soort', 'type', 'categorie_voorziening'],
  organisatie: ['organisatie', 'organization', 'aanbieder'],
  straat: ['straat', 'street', 'adres', 'address', 'straatnaam', 'bezoekadres'],
  huisnummer: ['huisnummer', 'nummer', 'nr', 'housenumber', 'huisnr'],
  postcode: ['postcode', 'zip', 'postal_code'],
  plaats: ['plaats', 'woonplaats', 'city', 'place', 'plaatsnaam'],
  telefoon: ['telefoon', 'tel', 'phone', 'telefoonnummer', 'telefoonnr'],
  website: ['website', 'url', 'internet', 'webadres', 'site'],
  wet: ['wet', 'law'],
  toegang: ['toegang', 'access'],
  lat: ['lat', 'latitude', 'breedte', 'breedtegraad', 'noorderbreedte', 'y_wgs84'],
  lon: ['lon', 'lng', 'long', 'longitude', 'lengte', 'lengtegraad', 'oosterlengte', 'x_wgs84'],
  x: ['x', 'rd_x', 'rdx', 'x_rd', 'x_coordinaat', 'xcoord', 'x_coord', 'rd_x_coordinaat'],
  y: ['y', 'rd_y', 'rdy', 'y_rd', 'y_coordinaat', 'ycoord', 'y_coord', 'rd_y_coordinaat'],
};

export const clean = (h: string) =>
  h
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase()
    .replace(/\([^)]*\)/g, '')
    .trim()
    .replace(/[\s_-]+/g, '_');

/** Which column holds each field: the first column whose cleaned name is one of the field's names. */
export function columnIndex(header: string[]): Record<string, number> {
  const columns = header.map(clean);
  const index: Record<string, number> = {};
  for (const [field, names] of Object.entries(ALIASES)) {
    const i = columns.findIndex((c) => names.includes(c));
    if (i >= 0) index[field] = i;
  }
  return index;
}

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
  rdNumberOf: (raw: string) => number = parseNumber,
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
    const x = rdNumberOf(get('x'));
    const y = rdNumberOf(get('y'));
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

/** RD coordinates as a spreadsheet writes them ("155.000", "155000,5"), with the column's decimal sign. */
function rdNumber(raw: string, decimal: Decimal): number {
  const cell = parseCell(raw, decimal);
  return cell.kind === 'number' ? cell.value : Number.NaN;
}

export function importCsv(text: string, listName: string, idPrefix: string, onLand?: LandTest): ImportResult {
  const parsed = parseTable(text);
  if (parsed.error) return { points: [], errors: [parsed.error] };
  const { header, rows, skipped, delimiter } = parsed.table;
  const errors: RowError[] = [...skipped];
  const index = columnIndex(header);
  if (index.naam === undefined) {
    errors.push({
      row: parsed.table.headerRow,
      column: 'naam',
      message: `kolom ontbreekt (gevonden: ${header.join(', ')})`,
    });
    return { points: [], errors };
  }
  // RD columns may carry thousands points; their decimal sign is read from the column's own cells.
  const column = (field: string) => rows.map((r) => r.cells[index[field]] ?? '');
  const rdDecimal = index.x === undefined ? 'punt' : detectDecimal([...column('x'), ...column('y')], delimiter).decimal;
  const points: Voorziening[] = [];
  rows.forEach(({ row, cells }, i) => {
    const get = (field: string) => (index[field] === undefined ? '' : (cells[index[field]] ?? '').trim());
    const point = fromFields(get, row, listName, `${idPrefix}-${i + 1}`, errors, onLand, (raw) =>
      rdNumber(raw, rdDecimal),
    );
    if (point) points.push(point);
  });
  return { points, errors, read: readText(header, index, delimiter, rdDecimal) };
}

const DELIMITER_NAMES: Record<string, string> = { ';': 'puntkomma', ',': 'komma', '\t': 'tab' };

/** How the file was read, for the report: delimiter, columns used, the RD decimal sign. */
function readText(header: string[], index: Record<string, number>, delimiter: string, rdDecimal: Decimal): string {
  const used = Object.entries(index)
    .map(([field, i]) => `${field} ← "${header[i]}"`)
    .join(', ');
  const rd = index.x === undefined ? '' : `; RD-coördinaten met decimaal${rdDecimal}`;
  return `Gelezen als ${DELIMITER_NAMES[delimiter] ?? delimiter}-gescheiden${rd}; kolommen: ${used}.`;
}
