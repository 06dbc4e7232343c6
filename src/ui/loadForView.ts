// What the screen needs loaded, started from the first line of the page (main.tsx) and again on
// every change of level, year or mode (App): loads are shared, so a second call costs nothing.
import { isRegionSystem, type Level } from '../atlas/geography';
import type { Mode } from '../state/choices';
import { loadOverview } from '../state/loaders';
import { useAtlas } from '../state/useAtlas';
import { preloadProfile } from './profile/InfoPanel';

export function loadForView({
  level,
  year,
  mode,
  selection,
}: {
  level: Level;
  year: number;
  mode: Mode;
  selection: boolean;
}): void {
  const { ensureLayer, ensureFacts } = useAtlas.getState();
  void ensureLayer(level, year);
  // The reference figures are part of the catalogue (a small file; a link may name one).
  void ensureFacts();
  // The map's overview of an area level is read beside its table, before the map is made (the map
  // takes it from there and handles a failure itself); regions draw no overview.
  if (!isRegionSystem(level)) loadOverview(level, year).catch(() => {});
  // Gemeente names label every level's map; the risk model is fitted on the gemeenten of the year.
  if (level !== 'gemeente' || mode === 'vergelijken') void ensureLayer('gemeente', year);
  // A link with a selection opens its profile: its code and data load beside the map's, so the
  // panel fills in once instead of growing piece by piece.
  if (selection) preloadProfile(level, year);
}
