// The map's wijken (or buurten) of one gemeente (or wijk) against its own rate, once per choropleth
// and parent (the ranked list, the funnel, the map colours and the exports read the same result),
// and the map's colours when it shows those deviations instead of the classes.
import type { Choropleth } from '../atlas/choropleth';
import { DEVIATION_COLORS, DEVIATION_ORDER } from '../atlas/palettes';
import { childrenWithin, type Within } from '../atlas/withinGemeente';
import {
  classColors,
  memo,
  selectAreaCodes,
  selectChoropleth,
  selectFeatureColors,
  showsWithinMap,
  type FeatureColors,
} from './selectors';
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

/** The colour of the areas outside the parent while the map shows the deviations: quiet, not "no data". */
export const OUTSIDE_COLOR = '#fbfbf8';

/** The selected parent's areas against its rate, when the map is asked to show that and can. */
export function selectMapWithin(s: AtlasState): Within | null {
  return s.selection && showsWithinMap(s) ? selectWithin(s, s.selection) : null;
}

const withinColors = memo((codes: readonly string[], c: Choropleth, within: Within): FeatureColors => {
  const klass = new Map(within.rows.map((r) => [r.code, r.deviation ? DEVIATION_ORDER.indexOf(r.deviation) : -1]));
  return classColors(
    codes,
    c.rowOf,
    c.areas.codes.map((code) => klass.get(code) ?? DEVIATION_ORDER.length),
    (row) => c.values[row].status === 'secret',
    [...DEVIATION_ORDER.map((d) => DEVIATION_COLORS[d]), OUTSIDE_COLOR],
    DEVIATION_ORDER.length + 1,
  );
});

export function selectWithinColors(s: AtlasState): FeatureColors | null {
  const within = selectMapWithin(s);
  const codes = selectAreaCodes(s);
  const c = selectChoropleth(s);
  return within && codes && c ? withinColors(codes, c, within) : null;
}

/** The main map's colours: the deviations from the parent's rate when asked for, else the classes. */
export const selectMapColors = (s: AtlasState): FeatureColors | null => selectWithinColors(s) ?? selectFeatureColors(s);
