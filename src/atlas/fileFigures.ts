// An own file's figure for a gemeente or Nederland as a reference line: a figure as given stays as
// it is; a count is divided by the area's reference population from the KWB, as the file's wijken are.
import type { Areas } from './areas';
import { populationOf, rateOf, type AreaValue, type IndicatorDef } from './indicators';

/** The file's value for code (a gemeente code or NL01) in the indicator's unit; undefined when the file has none. */
export function fileReference(def: IndicatorDef, code: string, gemeenten: Areas | undefined): AreaValue | undefined {
  const figure = def.fileFigures && Object.hasOwn(def.fileFigures, code) ? def.fileFigures[code] : undefined;
  if (figure === undefined) return undefined;
  if (figure === null) return { value: null, status: 'secret', numerator: null, denominator: null };
  if (!def.denominator) return rateOf(def, figure, null);
  const pop = populationOf(def);
  if (!pop || !gemeenten) return undefined;
  const people = gemeenten.values(pop);
  const rows = code === 'NL01' ? gemeenten.codes.map((_, i) => i) : [gemeenten.codes.indexOf(code)];
  if (rows.some((r) => r < 0 || people[r].value === null)) return undefined;
  return rateOf(
    def,
    figure,
    rows.reduce((sum, r) => sum + people[r].value!, 0),
  );
}
