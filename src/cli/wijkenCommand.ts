// `npm run atlas -- wijken`: the wijken of one gemeente against the gemeente's own rate, for a
// built-in indicator or a column of an own file, with the funnel of the regions comparison.
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
    ...OWN_FILE_OPTIONS,
  });
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
  const within = childrenWithin(buildChoropleth(areas, def, DEFAULT_CLASSIFICATION), gemeente);
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
    gemeentegemiddelde: within.rateShown,
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
