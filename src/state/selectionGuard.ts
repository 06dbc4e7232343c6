// A selection that does not exist in the level and year shown (a link to a merged gemeente, a
// code from another year) is dropped with a notice, once that level's areas are loaded. The rule
// is the core's (atlas/selection.ts); this watches the store for the moment it can be checked.
import type { StoreApi } from 'zustand';
import { isKnownSelection, unknownSelectionText } from '../atlas/selection';
import { selectAreas } from './selectors';
import type { AtlasState } from './store';

export function guardSelection(api: Pick<StoreApi<AtlasState>, 'getState' | 'subscribe'>): () => void {
  const check = (s: AtlasState) => {
    const areas = selectAreas(s);
    if (!areas || !s.selection || isKnownSelection(s.selection, s.level, areas.codes)) return;
    s.addNotice(unknownSelectionText(s.selection, s.level, s.year));
    s.select(null);
  };
  return api.subscribe((s, prev) => {
    if (
      s.selection !== prev.selection ||
      s.level !== prev.level ||
      s.year !== prev.year ||
      s.tables !== prev.tables ||
      s.memberships !== prev.memberships
    )
      check(s);
  });
}
