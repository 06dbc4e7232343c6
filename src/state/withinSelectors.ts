// The map's wijken (or buurten) of one gemeente (or wijk) against its own rate, once per choropleth
// and parent (the ranked list, the funnel, the map colours and the exports read the same result).
import type { Choropleth } from '../atlas/choropleth';
import { childrenWithin, type Within } from '../atlas/withinGemeente';
import { selectChoropleth } from './selectors';
import type { AtlasState } from './store';

const cache = new WeakMap<Choropleth, Map<string, Within | null>>();

export function selectWithin(s: AtlasState, parent: string): Within | null {
  const c = selectChoropleth(s);
  if (!c) return null;
  let byParent = cache.get(c);
  if (!byParent) cache.set(c, (byParent = new Map<string, Within | null>()));
  if (!byParent.has(parent)) byParent.set(parent, childrenWithin(c, parent));
  return byParent.get(parent) ?? null;
}
