// The one coordination between the store and the map: the atlas's own copy of a level's shapes
// (names, picking, outlines) is read after a map has shown the level's colours. Read at once, a
// buurt topology (3.6 MB) took the main thread from the table and the map for most of a second
// while maplibre's worker decoded the tiles. A map reports each frame it drew with a level's
// colours (setColoured); whenMapSettled waits for that report.
import type { StoreApi } from 'zustand';
import { assetName, isRegionSystem, type Level } from '../atlas/geography';

/** The longest the shapes wait for the map to show its colours (a map that cannot draw, a hidden tab). */
export const SHAPES_WAIT_MS = 3000;
/** How long the map must have shown its colours, without a new request, before the shapes load. */
export const SHAPES_QUIET_MS = 300;

/** What of the state the coordination reads. */
export interface SettleState {
  level: Level;
  year: number;
  selection: string | null;
  /** The level and year (assetName) whose colours a map has drawn last, and a count of such frames. */
  coloured: { key: string; count: number } | null;
  /** The choices that make the map draw anew: a change of one postpones the shapes. */
  redraw: readonly unknown[];
}

/**
 * Resolves once a map has shown the current level's colours and nothing that changes them was
 * asked for during SHAPES_QUIET_MS after it (a user changing indicators goes first); as soon as
 * the colours show when an area is selected (its outline and printed extract need the shapes);
 * at once when the level needs shapes to be drawn at all (regions are dissolved from the gemeente
 * shapes); after SHAPES_WAIT_MS at the latest.
 */
export function whenMapSettled<S>(
  api: Pick<StoreApi<S>, 'getState' | 'subscribe'>,
  read: (s: S) => SettleState,
): Promise<void> {
  if (isRegionSystem(read(api.getState()).level)) return Promise.resolve();
  return new Promise((resolve) => {
    let quiet: ReturnType<typeof setTimeout> | undefined;
    const done = () => {
      clearTimeout(quiet);
      clearTimeout(latest);
      unsubscribe();
      resolve();
    };
    const latest = setTimeout(done, SHAPES_WAIT_MS);
    const shows = (s: SettleState) => s.coloured?.key === assetName(s.level, s.year);
    const settle = (s: SettleState) => {
      clearTimeout(quiet);
      if (s.selection !== null) done();
      else quiet = setTimeout(done, SHAPES_QUIET_MS);
    };
    const unsubscribe = api.subscribe((next, before) => {
      const s = read(next);
      const prev = read(before);
      if (isRegionSystem(s.level)) done();
      else if (s.coloured !== prev.coloured && shows(s)) settle(s);
      else if (s.redraw.some((v, i) => v !== prev.redraw[i])) clearTimeout(quiet);
    });
    if (shows(read(api.getState()))) settle(read(api.getState()));
  });
}
