// The areas of one level and year with their indicator values: what the map, legend, tooltip,
// info panel and headless tables read, whether the areas have a table (gemeente, wijk, buurt) or
// are unions of gemeenten (regions).
import type { Level } from './geography';
import { indicatorValues, type AreaTable, type AreaValue, type IndicatorDef } from './indicators';

export interface Areas {
  level: Level;
  year: number;
  source: string;
  codes: string[];
  names: string[];
  /** Gemeente code per row for wijken and buurten. */
  gemeenteOf?: (string | null)[];
  /** Wijk code per row for buurten. */
  parentWijk?: (string | null)[];
  /** Member gemeente codes per row for regions. */
  members?: string[][];
  /** Every area's value of an indicator, aligned with codes (computed once per indicator). */
  values(def: IndicatorDef): AreaValue[];
}

/** Caches a values() function per indicator definition. */
export function cachedValues(compute: (def: IndicatorDef) => AreaValue[]): (def: IndicatorDef) => AreaValue[] {
  const cache = new WeakMap<IndicatorDef, AreaValue[]>();
  return (def) => {
    let values = cache.get(def);
    if (!values) {
      values = compute(def);
      cache.set(def, values);
    }
    return values;
  };
}

const byTable = new WeakMap<AreaTable, Areas>();

/** The areas of a table; one object per table, so every reader shares its cached values. */
export function tableAreas(table: AreaTable): Areas {
  const cached = byTable.get(table);
  if (cached) return cached;
  const areas: Areas = {
    level: table.level,
    year: table.year,
    source: table.source,
    codes: table.codes,
    names: table.names,
    gemeenteOf: table.parents.gm,
    parentWijk: table.parents.wk,
    values: cachedValues((def) => indicatorValues(table, def)),
  };
  byTable.set(table, areas);
  return areas;
}
