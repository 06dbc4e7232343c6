// Which layers a profile needs besides its own level. Kept apart from the profile's selectors so
// that the first screen can start loading them without the profile's code.
import { LEVEL_YEARS, isRegionSystem, type Level } from '../atlas/geography';

/** The levels above an area whose values its profile compares with. */
export function levelsNeeded(level: Level): Level[] {
  if (level === 'buurt') return ['wijk', 'gemeente'];
  if (level === 'wijk' || isRegionSystem(level)) return ['gemeente'];
  return [];
}

/** Every layer a profile at this level loads: the parents' levels and, for its regions, the memberships. */
export function profileLevels(level: Level, year: number): Level[] {
  return [
    ...levelsNeeded(level),
    ...(LEVEL_YEARS.arbeidsmarktregio.includes(year) ? ['arbeidsmarktregio' as const] : []),
  ];
}
