// `npm run atlas -- table`: one indicator at one level and year, classified as the map does it.
import { buildChoropleth, rowsToCsv, tableRows } from '../atlas/choropleth';
import { classNotes } from '../atlas/classify';
import { DEFAULT_CLASSIFICATION, parseClassification } from '../atlas/classificationText';
import { DEFAULT_YEAR, LEVEL_LABELS, LEVEL_YEARS, LEVELS, isLevel } from '../atlas/geography';
import { isAvailable } from '../atlas/indicators';
import { parseDutch } from './args';
import { findIndicator, readAreas, readCatalogue } from './generated';
import { UsageError, formatOf, jsonText } from './usage';

export function tableCommand(args: string[]): string {
  const values = parseDutch(args, {
    indicator: { type: 'string' },
    niveau: { type: 'string', default: 'gemeente' },
    jaar: { type: 'string', default: String(DEFAULT_YEAR) },
    klassen: { type: 'string' },
    format: { type: 'string', default: 'csv' },
  });
  const ids = () =>
    readCatalogue()
      .map((d) => d.id)
      .join(', ');
  if (!values.indicator) throw new UsageError(`--indicator ontbreekt. Kies uit: ${ids()}`);
  const def = findIndicator(values.indicator);
  if (!def) throw new UsageError(`Onbekende indicator "${values.indicator}". Kies uit: ${ids()}`);
  const level = values.niveau;
  if (!isLevel(level)) throw new UsageError(`Onbekend niveau "${level}". Kies uit: ${LEVELS.join(', ')}`);
  const year = Number(values.jaar);
  if (!LEVEL_YEARS[level].includes(year))
    throw new UsageError(
      `Jaar "${values.jaar}" bestaat niet voor ${level}. Kies uit: ${LEVEL_YEARS[level].join(', ')}`,
    );
  if (!isAvailable(def, level, year))
    throw new UsageError(`Indicator ${def.id} is er niet voor ${level} ${year} (wel voor ${def.years.join(', ')}).`);
  const classification = values.klassen ? parseClassification(values.klassen) : DEFAULT_CLASSIFICATION;
  if (!classification)
    throw new UsageError(
      `Ongeldige klassenindeling "${values.klassen}" (bijvoorbeeld kwantiel-5, gelijk-4, natuurlijk-5, handmatig-10_20_30).`,
    );
  const format = formatOf(values.format);
  const choropleth = buildChoropleth(readAreas(level, year), def, classification);
  const rows = tableRows(choropleth);
  if (format === 'csv') return rowsToCsv(rows);
  const { result } = choropleth;
  return jsonText({
    indicator: def.id,
    label: def.label,
    eenheid: def.unit,
    niveau: level,
    jaar: year,
    bron: def.source,
    klassen: {
      methode: classification.method,
      gevraagd: classification.count,
      aantal: result.classes.length,
      nulklasse: result.zeroClass,
      grenzen: result.bounds,
      klassen: result.classes.map((c) => ({ klasse: c.index + 1, van: c.from, tot: c.to, aantal: c.count })),
      geheim: result.missing.secret,
      geen_gegevens: result.missing.nodata,
      toelichting: classNotes(result, LEVEL_LABELS[level].many),
    },
    rijen: rows.map(({ code, naam, waarde, klasse, status }) => ({ code, naam, waarde, klasse, status })),
  });
}
