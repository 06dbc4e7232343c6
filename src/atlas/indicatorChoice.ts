// Which indicator the map shows when the level or year changes, or a link names one that does not
// exist there: the same one where it can, else the year's own default, else the atlas's default,
// else the first one there is. The link, the controls and imported tables all go through here.
import { isAvailable, type IndicatorDef } from './indicators';
import type { Level } from './geography';

export interface IndicatorDefaults {
  /** What the atlas opens with. */
  fallback: string;
  /** What a year opens with, when it has its own (youth care for 2022). */
  byYear: Record<number, string>;
}

/** Keep the indicator when it exists for the level and year (and passes the test), else the
 *  year's default, else the atlas's default, else the first that does; the current one when none does. */
export function indicatorFor(
  current: string,
  level: Level,
  year: number,
  catalogue: IndicatorDef[],
  defaults: IndicatorDefaults,
  test: (d: IndicatorDef) => boolean = () => true,
): string {
  const ok = (d: IndicatorDef | undefined): d is IndicatorDef =>
    d !== undefined && isAvailable(d, level, year) && test(d);
  const def = catalogue.find((d) => d.id === current);
  if (ok(def)) return current;
  const preferred = [defaults.byYear[year], defaults.fallback].map((id) => catalogue.find((d) => d.id === id)).find(ok);
  return (preferred ?? catalogue.find(ok))?.id ?? current;
}

/** The indicator's label, or its id when the catalogue does not have it. */
export function labelOf(catalogue: IndicatorDef[], id: string): string {
  return catalogue.find((d) => d.id === id)?.label ?? id;
}
