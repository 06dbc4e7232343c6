// Headless atlas: prints the numbers the map shows, through the same core as the browser.
// stdout carries only the requested table; messages go to stderr with a non-zero exit.
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseDutch } from './args';
import { CATALOGUE, findIndicator } from '../../data/catalogue';
import { buildChoropleth, rowsToCsv, tableRows } from '../atlas/choropleth';
import { LEVEL_LABELS, LEVEL_YEARS, LEVELS, REGION_SYSTEMS, isLevel, levelOfCode } from '../atlas/geography';
import { classNotes } from '../atlas/classify';
import { DEFAULT_FACTORS, factorOptions, factorProblem, isCorrectable, riskFactor } from '../../data/riskFactors';
import { fitRiskModel, RiskModelError } from '../atlas/riskCorrection';
import { compare, SCP_CLASSES } from '../atlas/comparison';
import { comparisonCsv, comparisonRecords, modelJson } from '../atlas/comparisonTable';
import { isAvailable } from '../atlas/indicators';
import { MissingAssetError, readAreas, readVoorzieningen } from './generated';
import { CATEGORIES, filterPoints, inArea, type Category } from '../atlas/socialeKaart';
import { csvLines } from '../atlas/choropleth';
import { DEFAULT_CLASSIFICATION, parseClassification } from '../state/url';

class UsageError extends Error {}

const SYSTEMS = ['gemeente', ...REGION_SYSTEMS, 'wijk', 'buurt'];
const USAGE = [
  `Gebruik: npm run atlas -- table --indicator <id> --niveau <${LEVELS.join('|')}> --jaar <jaar> [--klassen kwantiel-5] [--format csv|json]`,
  `         npm run atlas -- regions --indicator <id> --system <${SYSTEMS.join('|')}> [--jaar 2015|2022] [--factors F1,F2,…] [--format csv|json]`,
  `         npm run atlas -- voorzieningen --gebied <buurt-, wijk-, gemeente- of regiocode> [--categorie ${Object.keys(CATEGORIES).join('|')}] [--format csv|json]`,
].join('\n');

export function regionsCommand(args: string[]): string {
  const values = parseDutch(args, {
    indicator: { type: 'string', default: 'bijstand_1564' },
    system: { type: 'string', default: 'gemeente' },
    jaar: { type: 'string' },
    factors: { type: 'string' },
    format: { type: 'string', default: 'csv' },
  });
  const indicator = values.indicator;
  const outcome = findIndicator(indicator);
  if (!outcome || !isCorrectable(outcome))
    throw new UsageError(
      `Risicocorrectie kan voor: ${Object.keys(DEFAULT_FACTORS).join(', ')} (niet voor "${indicator}").`,
    );
  const system = values.system;
  if (!SYSTEMS.includes(system) || !isLevel(system))
    throw new UsageError(`Onbekend systeem "${system}". Kies uit: ${SYSTEMS.join(', ')}`);
  const year = values.jaar === undefined ? outcome.years[0] : Number(values.jaar);
  if (!/^\d{4}$/.test(values.jaar ?? String(year)) || !outcome.years.includes(year))
    throw new UsageError(`${outcome.label} is er voor ${outcome.years.join(', ')}, niet voor "${values.jaar}".`);
  if (!LEVEL_YEARS[system].includes(year))
    throw new UsageError(`${system} is er niet voor ${year} (wel voor ${LEVEL_YEARS[system].join(', ')}).`);
  if (values.format !== 'csv' && values.format !== 'json')
    throw new UsageError(`Onbekend formaat "${values.format}"; kies csv of json.`);
  const ids = values.factors
    ? values.factors
        .split(',')
        .map((f) => f.trim())
        .filter(Boolean)
    : DEFAULT_FACTORS[indicator];
  if (ids.length === 0) throw new UsageError('Kies ten minste één factor.');
  const problems = ids.map((id) => factorProblem(id, outcome, year)).filter((p): p is string => p !== null);
  if (problems.length > 0)
    throw new UsageError(
      `Ongeldige factor(en): ${problems.join('; ')}. Kies uit: ${factorOptions(outcome, year)
        .filter((o) => !o.excluded)
        .map((o) => o.factor.id)
        .join(', ')}`,
    );
  const gemeenten = readAreas('gemeente', year);
  let model;
  try {
    model = fitRiskModel(
      gemeenten,
      outcome,
      ids.map((id) => riskFactor(id)!),
    );
  } catch (error) {
    if (error instanceof RiskModelError) throw new UsageError(error.message);
    throw error;
  }
  const comparison = compare(model, gemeenten, system === 'gemeente' ? gemeenten : readAreas(system, year));
  if (values.format === 'csv') return comparisonCsv(comparison);
  return `${JSON.stringify(
    {
      indicator: outcome.id,
      systeem: system,
      jaar: year,
      eenheid: outcome.unit,
      extrapolatie: comparison.extrapolated,
      model: modelJson(comparison),
      phi: comparison.phi,
      afwijkingen: comparison.deviationCounts,
      klassen: {
        namen: SCP_CLASSES,
        grenzen: comparison.observedClasses.bounds,
        waargenomen: comparison.countsObserved,
        gecorrigeerd: comparison.countsCorrected,
        landelijk_in_klasse: comparison.nationalClass + 1,
      },
      verschuivingen: comparison.shifts.map((s) => s.text),
      rijen: comparisonRecords(comparison),
    },
    null,
    2,
  )}\n`;
}

export function tableCommand(args: string[]): string {
  const values = parseDutch(args, {
    indicator: { type: 'string' },
    niveau: { type: 'string', default: 'gemeente' },
    jaar: { type: 'string', default: '2015' },
    klassen: { type: 'string' },
    format: { type: 'string', default: 'csv' },
  });
  if (!values.indicator)
    throw new UsageError(`--indicator ontbreekt. Kies uit: ${CATALOGUE.map((d) => d.id).join(', ')}`);
  const def = findIndicator(values.indicator);
  if (!def)
    throw new UsageError(
      `Onbekende indicator "${values.indicator}". Kies uit: ${CATALOGUE.map((d) => d.id).join(', ')}`,
    );
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
  if (values.format !== 'csv' && values.format !== 'json')
    throw new UsageError(`Onbekend formaat "${values.format}"; kies csv of json.`);
  const choropleth = buildChoropleth(readAreas(level, year), def, classification);
  const rows = tableRows(choropleth);
  if (values.format === 'csv') return rowsToCsv(rows);
  const { result } = choropleth;
  return `${JSON.stringify(
    {
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
    },
    null,
    2,
  )}\n`;
}

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
  if (values.format !== 'csv' && values.format !== 'json')
    throw new UsageError(`Onbekend formaat "${values.format}"; kies csv of json.`);
  const areas = readAreas(level, 2015);
  const row = areas.codes.indexOf(code);
  if (row < 0) throw new UsageError(`Gebied ${code} bestaat niet in ${level} 2015.`);
  const points = filterPoints(inArea(readVoorzieningen(), code, areas.members?.[row]), {
    categories: categories as Category[],
  }).sort(
    (a, b) => a.categorie.localeCompare(b.categorie) || a.naam.localeCompare(b.naam, 'nl') || a.id.localeCompare(b.id),
  );
  if (values.format === 'json')
    return `${JSON.stringify({ gebied: code, naam: areas.names[row], aantal: points.length, voorzieningen: points }, null, 2)}\n`;
  return csvLines(
    'id,naam,categorie,straat,huisnummer,postcode,plaats,lon,lat',
    points.map((p) => [p.id, p.naam, p.categorie, p.straat, p.huisnummer, p.postcode, p.plaats, p.lon, p.lat]),
  );
}

function main(argv: string[]): number {
  const [command, ...rest] = argv;
  try {
    if (command === 'table') process.stdout.write(tableCommand(rest));
    else if (command === 'regions') process.stdout.write(regionsCommand(rest));
    else if (command === 'voorzieningen') process.stdout.write(voorzieningenCommand(rest));
    else throw new UsageError(command ? `Onbekend commando "${command}".\n${USAGE}` : USAGE);
    return 0;
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    process.stderr.write(`${message}\n`);
    if (!(error instanceof UsageError) && !(error instanceof MissingAssetError)) process.stderr.write(`${USAGE}\n`);
    return 1;
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  process.exitCode = main(process.argv.slice(2));
}
