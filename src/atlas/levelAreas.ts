// The areas of any level: a table's rows, or regions summed from the gemeente table.
import { regionAreas, regionSet } from './aggregate';
import { tableAreas, type Areas } from './areas';
import { isRegionSystem, type AreaLevel, type Level, type Membership, type RegionSystem } from './geography';
import type { AreaTable } from './indicators';

export interface AreaSources {
  table(level: AreaLevel, year: number): AreaTable | undefined;
  membership(year: number): Membership | undefined;
}

/** Regions per gemeente table and membership, so the map, profile and comparison share one object. */
const regionCache = new WeakMap<AreaTable, WeakMap<Membership, Map<RegionSystem, Areas>>>();

function cachedRegions(system: RegionSystem, gemeenten: AreaTable, membership: Membership): Areas {
  let byMembership = regionCache.get(gemeenten);
  if (!byMembership) regionCache.set(gemeenten, (byMembership = new WeakMap()));
  let bySystem = byMembership.get(membership);
  if (!bySystem) byMembership.set(membership, (bySystem = new Map<RegionSystem, Areas>()));
  let areas = bySystem.get(system);
  if (!areas) bySystem.set(system, (areas = regionAreas(regionSet(membership, system, gemeenten), gemeenten)));
  return areas;
}

export function levelAreas(level: Level, year: number, sources: AreaSources): Areas | undefined {
  if (!isRegionSystem(level)) {
    const table = sources.table(level, year);
    return table ? tableAreas(table) : undefined;
  }
  const gemeenten = sources.table('gemeente', year);
  const membership = sources.membership(year);
  return gemeenten && membership ? cachedRegions(level, gemeenten, membership) : undefined;
}
