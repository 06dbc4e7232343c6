// `npm run atlas -- wijken`: the wijken of one gemeente against the gemeente's own rate, for a
// built-in indicator or a column of an own file, with the funnel of the regions comparison; or, for
// an own count of Wmo or Jeugdwet users (--basis model), against the law's gemeente model applied
// to each wijk's own factors (an extrapolation, as the browser offers it).
import { DEFAULT_FACTORS, LAW_MODEL_YEAR, LAW_OUTCOMES, riskFactor } from '../../data/catalogue/riskFactors';
import { fitLawModel, modelWithin, type Law } from '../atlas/lawModel';
import type { Choropleth } from '../atlas/choropleth';
import type { Within } from '../atlas/withinGemeente';
import { buildChoropleth } from '../atlas/choropleth';
import { DEFAULT_CLASSIFICATION } from '../atlas/classificationText';
import { fixed, plainCsv } from '../atlas/csv';
import { LEVEL_YEARS } from '../atlas/geography';
import { isAvailable, type IndicatorDef } from '../atlas/indicators';
import { childrenWithin, isWithinComparable } from '../atlas/withinGemeente';
import type { Areas } from '../atlas/areas';
import type { JoinReport } from '../atlas/tableJoin';
import { parseDutch } from './args';
import { findIndicator, readAreas, readAreasWith } from './generated';
import { OWN_FILE_OPTIONS, joinJson, readOwnFile } from './ownFileOption';
import { UsageError, formatOf, jsonText } from './usage';

export function wijkenCommand(args: string[]): string {
  const values = parseDutch(args, {
    gemeente: { type: 'string' },
    indicator: { type: 'string' },
    jaar: { type: 'string', default: String(LEVEL_YEARS.wijk[0]) },
    format: { type: 'string', default: 'csv' },
    basis: { type: 'string', default: 'gemeente' },
    ...OWN_FILE_OPTIONS,
  });
  if (values.basis !== 'gemeente' && values.basis !== 'model')
    throw new UsageError(`Onbekende basis "${values.basis}"; kies gemeente of model.`);
  const format = formatOf(values.format);
  const year = /^\d{4}$/.test(values.jaar) ? Number(values.jaar) : Number.NaN;
  if (!LEVEL_YEARS.wijk.includes(year))
    throw new UsageError(`Jaar "${values.jaar}": wijken zijn er voor ${LEVEL_YEARS.wijk.join(', ')}.`);
  const gemeente = values.gemeente ?? '';
  if (!/^GM\d{4}$/.test(gemeente)) throw new UsageError(`--gemeente ontbreekt of is geen gemeentecode (GM0505).`);
  let def: IndicatorDef | undefined;
  let areas: Areas;
  let report: JoinReport | null = null;
  if (values.bestand) {
    if (values.indicator) throw new UsageError('Geef --indicator of --bestand, niet allebei.');
    const own = readOwnFile(values, 'wijk', year);
    def = own.def;
    report = own.report;
    areas = readAreasWith('wijk', year, [own.own]);
  } else {
    if (!values.indicator) throw new UsageError('--indicator of --bestand ontbreekt.');
    def = findIndicator(values.indicator);
    if (!def) throw new UsageError(`Onbekende indicator "${values.indicator}".`);
    if (!isAvailable(def, 'wijk', year)) throw new UsageError(`Indicator ${def.id} is er niet voor wijken ${year}.`);
    areas = readAreas('wijk', year);
  }
  if (!readAreas('gemeente', year).codes.includes(gemeente))
    throw new UsageError(`Onbekende gemeente ${gemeente} in de indeling van ${year}.`);
  if (!isWithinComparable(def))
    throw new UsageError(
      `${def.label} is geen aantal gebruikers per inwoner: wijken zijn alleen met hun gemeente te vergelijken voor een aantal met een noemer (--soort aantal --noemer …).`,
    );
  const c = buildChoropleth(areas, def, DEFAULT_CLASSIFICATION);
  const modelled = values.basis === 'model' ? lawModelBasis(c, gemeente, year) : null;
  const within = modelled ? modelled.within : childrenWithin(c, gemeente);
  if (!within) throw new UsageError(`${gemeente} heeft minder dan twee wijken met een waarde voor ${def.label}.`);
  const shown = areas.values(def);
  const valueOf = new Map(areas.codes.map((code, i) => [code, shown[i]]));
  const rows = within.rows.map((r) => ({
    ...r,
    value: valueOf.get(r.code)!.value,
  }));
  if (format === 'csv')
    return plainCsv(
      ['code', 'naam', 'waarde', 'verwacht', 'verhouding', 'afwijking'],
      rows.map((r) => [
        r.code,
        r.naam,
        r.expected === null ? null : fixed(r.value, def.decimals),
        fixed(r.expectedRate, def.decimals),
        fixed(r.ratio, 3),
        r.deviation,
      ]),
    );
  return jsonText({
    gemeente,
    indicator: def.id,
    label: def.label,
    eenheid: def.unit,
    jaar: year,
    ...(modelled ? { model: modelled.json } : { gemeentegemiddelde: within.rateShown }),
    phi: within.phi,
    rijen: rows.map((r) => ({
      code: r.code,
      naam: r.naam,
      waarde: r.expected === null ? null : r.value,
      gebruikers: r.observed,
      populatie: r.population,
      verwachte_gebruikers: r.expected,
      verwacht: r.expectedRate,
      verhouding: r.ratio,
      ondergrens: r.lower,
      bovengrens: r.upper,
      afwijking: r.deviation,
    })),
    ...(report ? { koppeling: joinJson(report) } : {}),
  });
}

/** The own count's law model applied to the gemeente's wijken, with the model as the JSON gives it. */
function lawModelBasis(c: Choropleth, gemeente: string, year: number): { within: Within | null; json: unknown } {
  const law = c.def.law as Law | undefined;
  if (!c.def.own || !law || !Object.hasOwn(LAW_OUTCOMES, law))
    throw new UsageError(
      '--basis model is er voor een eigen telling van Wmo-cliënten of jongeren met jeugdhulp (--wet wmo of --wet jeugdwet); voor bijstand, WW en AO: regions --system wijk.',
    );
  const outcome = findIndicator(LAW_OUTCOMES[law])!;
  const fit = fitLawModel(
    readAreas('gemeente', LAW_MODEL_YEAR),
    outcome,
    DEFAULT_FACTORS[outcome.id] ?? [],
    riskFactor,
    year,
  );
  if (!fit) throw new UsageError(`Het ${law}-model van de gemeenten ${LAW_MODEL_YEAR} kan niet worden gemaakt.`);
  const { model } = fit;
  return {
    within: modelWithin(model, c, gemeente),
    json: {
      wet: law,
      uitkomst: outcome.id,
      gemeenten_jaar: model.year,
      factoren_jaar: year,
      extrapolatie: `het ${law}-model van de gemeenten ${model.year}, toegepast op de kenmerken van de wijken in ${year}`,
      factoren: model.factors.map((f) => f.id),
      weggelaten_factoren: fit.leftOutFactors.map((f) => f.id),
      coefficienten: model.coefficients.map((k) => ({ naam: k.name, schatting: k.estimate })),
      noemer: outcome.denominator,
      per: outcome.per,
    },
  };
}
