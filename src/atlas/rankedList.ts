// "Wijken van Dordrecht": the areas inside a gemeente or wijk, ranked by the value on the map.
import type { Choropleth } from './choropleth';
import { liesIn } from './selection';
import type { AreaValue } from './indicators';
import { shortName } from './labels';

export interface RankedRow {
  code: string;
  naam: string;
  value: AreaValue;
  /** 0-based class on the map; -1 for secret or missing. */
  klasse: number;
}

export type RankOrder = 'waarde' | 'naam';

const present = (v: AreaValue) => v.status === 'ok' && v.value !== null;

/** The map's areas inside parent (a gemeente's wijken, a wijk's buurten), in the map's order. */
export function childrenOf(c: Choropleth, parent: string): RankedRow[] {
  const rows: RankedRow[] = [];
  c.areas.codes.forEach((code, i) => {
    if (liesIn(code, parent))
      rows.push({ code, naam: shortName(c.areas.names[i]), value: c.values[i], klasse: c.result.classOf[i] });
  });
  return rows;
}

/** Highest value first (missing and secret last), ties and missing by name; or by name. */
export function rankedChildren(c: Choropleth, parent: string, order: RankOrder): RankedRow[] {
  return sortRanked(childrenOf(c, parent), order);
}

/** Highest value first (missing and secret last, by name), or by name. Sorts in place. */
export function sortRanked<R extends Pick<RankedRow, 'code' | 'naam' | 'value'>>(rows: R[], order: RankOrder): R[] {
  const byName = (a: R, b: R) => a.naam.localeCompare(b.naam, 'nl') || a.code.localeCompare(b.code);
  if (order === 'naam') return rows.sort(byName);
  return rows.sort((a, b) => {
    const pa = present(a.value);
    const pb = present(b.value);
    if (pa !== pb) return pa ? -1 : 1;
    return (pa ? (b.value.value as number) - (a.value.value as number) : 0) || byName(a, b);
  });
}
