// `npm run atlas -- table`: one indicator at one level and year, classified as the map does it.
import { buildChoropleth, rowsToCsv, tableRows } from '../atlas/choropleth';
import { classNotes } from '../atlas/classify';
import { DEFAULT_CLASSIFICATION, parseClassification } from '../atlas/classificationText';
import { DEFAULT_YEAR, LEVEL_LABELS, LEVEL_YEARS, LEVELS, isLevel } from '../atlas/geography';
import { isAvailable, type IndicatorDef } from '../atlas/indicators';
import type { Areas } from '../atlas/areas';
import type { JoinReport } from '../atlas/tableJoin';
import { parseDutch } from './args';
import { findIndicator, readAreas, readAreasWith, readCatalogue } from './generated';
import { OWN_FILE_OPTIONS, joinJson, readOwnFile } from './ownFileOption';
import { UsageError, formatOf, jsonText } from './usage';

export function tableCommand(args: string[]): string {
  const values = parseDutch(args, {
    indicator: { type: 'string' },
    niveau: { type: 'string', default: 'gemeente' },
    jaar: { type: 'string', default: String(DEFAULT_YEAR) },
    klassen: { type: 'string' },
    format: { type: 'string', default: 'csv' },
    ...OWN_FILE_OPTIONS,
  });
  const ids = () =>
    readCatalogue()
      .map((d) => d.id)
      .join(', ');
  const level = values.niveau;
  if (!isLevel(level)) throw new UsageError(`Onbekend niveau "${level}". Kies uit: ${LEVELS.join(', ')}`);
  const year = /^\d{4}$/.test(values.jaar) ? Number(values.jaar) : Number.NaN;
  if (!LEVEL_YEARS[level].includes(year))
    throw new UsageError(
      `Jaar "${values.jaar}" bestaat niet voor ${level}. Kies uit: ${LEVEL_YEARS[level].join(', ')}`,
    );
  let def: IndicatorDef | undefined;
  let areas: () => Areas = () => readAreas(level, year);
  let report: JoinReport | null = null;
  if (values.bestand) {
    if (values.indicator) throw new UsageError('Geef --indicator of --bestand, niet allebei.');
    if (level !== 'gemeente' && level !== 'wijk' && level !== 'buurt')
      throw new UsageError(`Een eigen bestand heeft gemeenten, wijken of buurten, geen ${level}.`);
    const own = readOwnFile(values, level, year);
    def = own.def;
    report = own.report;
    areas = () => readAreasWith(level, year, [own.own]);
  } else {
    if (!values.indicator) throw new UsageError(`--indicator (of --bestand) ontbreekt. Kies uit: ${ids()}`);
    def = findIndicator(values.indicator);
    if (!def) throw new UsageError(`Onbekende indicator "${values.indicator}". Kies uit: ${ids()}`);
  }
  if (!isAvailable(def, level, year))
    throw new UsageError(`Indicator ${def.id} is er niet voor ${level} ${year} (wel voor ${def.years.join(', ')}).`);
  const classification = values.klassen ? parseClassification(values.klassen) : DEFAULT_CLASSIFICATION;
  if (!classification)
    throw new UsageError(
      `Ongeldige klassenindeling "${values.klassen}" (bijvoorbeeld kwantiel-5, gelijk-4, natuurlijk-5, handmatig-10_20_30).`,
    );
  const format = formatOf(values.format);
  const choropleth = buildChoropleth(areas(), def, classification);
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
    ...(report ? { koppeling: joinJson(report) } : {}),
  });
}
