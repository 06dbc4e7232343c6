// A level's table as the atlas reads it: the generated columns and one column per own table of
// that level and year. Derived, not stored: one object per table and list of own tables, so the
// values cached on it (areas.ts) stay valid until either changes.
import { assetName, type AreaLevel, type Membership } from '../atlas/geography';
import type { AreaTable } from '../atlas/indicators';
import type { AreaSources } from '../atlas/levelAreas';
import { withOwnColumns, type OwnIndicator } from '../atlas/ownIndicators';

const merged = new WeakMap<AreaTable, WeakMap<OwnIndicator[], AreaTable>>();

export function tableWithOwn(table: AreaTable, own: OwnIndicator[]): AreaTable {
  let byOwn = merged.get(table);
  if (!byOwn) merged.set(table, (byOwn = new WeakMap()));
  let result = byOwn.get(own);
  if (!result) byOwn.set(own, (result = withOwnColumns(table, own)));
  return result;
}

interface TableState {
  tables: Record<string, AreaTable>;
  memberships: Record<number, Membership>;
  own: OwnIndicator[];
}

/** The table of a level and year with the own columns; undefined until it is loaded. */
export function selectTable(s: TableState, level: AreaLevel, year: number): AreaTable | undefined {
  const table = s.tables[assetName(level, year)];
  return table ? tableWithOwn(table, s.own) : undefined;
}

/** Tables and memberships for levelAreas(). */
export function tableSources(s: TableState): AreaSources {
  return { table: (level, year) => selectTable(s, level, year), membership: (year) => s.memberships[year] };
}
