// The areas of any level: a table's rows, or regions summed from the gemeente table.
import { regionAreas, regionSet } from './aggregate';
import { tableAreas, type Areas } from './areas';
import { isRegionSystem, type AreaLevel, type Level, type Membership } from './geography';
import type { AreaTable } from './indicators';

export interface AreaSources {
  table(level: AreaLevel, year: number): AreaTable | undefined;
  membership(year: number): Membership | undefined;
}

export function levelAreas(level: Level, year: number, sources: AreaSources): Areas | undefined {
  if (!isRegionSystem(level)) {
    const table = sources.table(level, year);
    return table ? tableAreas(table) : undefined;
  }
  const gemeenten = sources.table('gemeente', year);
  const membership = sources.membership(year);
  return gemeenten && membership ? regionAreas(regionSet(membership, level, gemeenten), gemeenten) : undefined;
}
