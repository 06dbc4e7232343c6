// `npm run atlas -- regions`: observed and risk-corrected use per region (or gemeente, wijk, buurt),
// through the same model steps as the browser's comparison.
import { DEFAULT_FACTORS, MODEL_RULES, factorOptions, isCorrectable } from '../../data/catalogue/riskFactors';
import { SCP_CLASSES } from '../atlas/comparison';
import { comparisonCsv, comparisonRecords, modelJson } from '../atlas/comparisonTable';
import { LEVEL_YEARS, isLevel } from '../atlas/geography';
import { fitAndCompare, modelProblem } from '../atlas/riskComparison';
import { parseDutch } from './args';
import { findIndicator, readAreas } from './generated';
import { SYSTEMS, UsageError, formatOf, jsonText } from './usage';

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
  const format = formatOf(values.format);
  const ids = values.factors
    ? values.factors
        .split(',')
        .map((f) => f.trim())
        .filter(Boolean)
    : DEFAULT_FACTORS[indicator];
  const problem = modelProblem(outcome, year, ids, MODEL_RULES);
  if (problem) {
    const choices = factorOptions(outcome, year)
      .filter((o) => !o.excluded)
      .map((o) => o.factor.id);
    throw new UsageError(`${problem} Kies uit: ${choices.join(', ')}`);
  }
  const gemeenten = readAreas('gemeente', year);
  const areas = system === 'gemeente' ? gemeenten : readAreas(system, year);
  const { comparison, error } = fitAndCompare(gemeenten, areas, outcome, ids, MODEL_RULES);
  if (!comparison) throw new UsageError(error ?? 'Het model kon niet worden geschat.');
  if (format === 'csv') return comparisonCsv(comparison);
  return jsonText({
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
  });
}
