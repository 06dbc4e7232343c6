// What the screen needs loaded, started from the first line of the page (main.tsx) and again on
// every change of level, year or mode (App): loads are shared, so a second call costs nothing.
import type { Level } from '../atlas/geography';
import type { Mode } from '../state/url';
import { useAtlas } from '../state/useAtlas';
import { preloadProfile } from './profile/InfoPanel';

export function loadForView({ level, year, mode, selection }: { level: Level; year: number; mode: Mode; selection: boolean }): void {
  const { ensureLayer } = useAtlas.getState();
  void ensureLayer(level, year);
  // Gemeente names label every level's map; the risk model is fitted on the gemeenten of 2015.
  if (level !== 'gemeente') void ensureLayer('gemeente', year);
  if (mode === 'vergelijken') void ensureLayer('gemeente', 2015);
  // A link with a selection opens its profile: its code and data load beside the map's, so the
  // panel fills in once instead of growing piece by piece.
  if (selection) preloadProfile(level, year);
}
