// `npm run atlas -- voorzieningen`: the sociale kaart's services in one area, by category.
import { plainCsv } from '../atlas/csv';
import { levelOfCode } from '../atlas/geography';
import { CATEGORIES, POINTS_YEAR, filterPoints, inArea, type Category } from '../atlas/socialeKaart';
import { parseDutch } from './args';
import { readAreas, readVoorzieningen } from './generated';
import { UsageError, formatOf, jsonText } from './usage';

export function voorzieningenCommand(args: string[]): string {
  const values = parseDutch(args, {
    gebied: { type: 'string' },
    categorie: { type: 'string', multiple: true },
    format: { type: 'string', default: 'csv' },
  });
  const code = values.gebied?.trim().toUpperCase();
  if (!code) throw new UsageError('--gebied ontbreekt (bijvoorbeeld WK050507).');
  const level = levelOfCode(code);
  if (!level) throw new UsageError(`"${values.gebied}" is geen buurt-, wijk-, gemeente- of regiocode.`);
  const categories = (values.categorie ?? []).flatMap((c) => c.split(','));
  const unknown = categories.filter((c) => !Object.hasOwn(CATEGORIES, c));
  if (unknown.length > 0)
    throw new UsageError(
      `Onbekende categorie(ën): ${unknown.join(', ')}. Kies uit: ${Object.keys(CATEGORIES).join(', ')}`,
    );
  const format = formatOf(values.format);
  const areas = readAreas(level, POINTS_YEAR);
  const row = areas.codes.indexOf(code);
  if (row < 0) throw new UsageError(`Gebied ${code} bestaat niet in ${level} ${POINTS_YEAR}.`);
  const points = filterPoints(inArea(readVoorzieningen(), code, areas.members?.[row]), {
    categories: categories as Category[],
  }).sort(
    (a, b) => a.categorie.localeCompare(b.categorie) || a.naam.localeCompare(b.naam, 'nl') || a.id.localeCompare(b.id),
  );
  if (format === 'json')
    return jsonText({ gebied: code, naam: areas.names[row], aantal: points.length, voorzieningen: points });
  return plainCsv(
    ['id', 'naam', 'categorie', 'straat', 'huisnummer', 'postcode', 'plaats', 'lon', 'lat'],
    points.map((p) => [p.id, p.naam, p.categorie, p.straat, p.huisnummer, p.postcode, p.plaats, p.lon, p.lat]),
  );
}
