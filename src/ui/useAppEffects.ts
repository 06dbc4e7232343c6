// What the page does beside drawing: load what the view needs, read the user's own lists and
// tables (and again when another tab changes them; written again when the browser deleted them),
// and close the topmost panel on Escape.
import { useEffect } from 'react';
import { onKeptChange, onKeptGone } from '../state/kept';
import { keepAgain } from '../state/keptNotices';
import { useAtlas } from '../state/useAtlas';
import { loadForView } from './loadForView';

export function useAppEffects(): void {
  const level = useAtlas((s) => s.level);
  const year = useAtlas((s) => s.year);
  const mode = useAtlas((s) => s.mode);
  const hasSelection = useAtlas((s) => s.selection !== null);
  const showPoi = useAtlas((s) => s.showPoi);

  useEffect(() => {
    loadForView({ level, year, mode, selection: hasSelection });
  }, [level, year, mode, hasSelection]);

  useEffect(() => {
    const s = useAtlas.getState();
    void s.loadOwnLists();
    void s.loadOwn();
    // Another tab imported or removed a list or table: read them again.
    const stopChanges = onKeptChange((kind, notice) => {
      if (notice) useAtlas.getState().addNotice(notice);
      if (kind === 'lijst') void useAtlas.getState().refreshLists();
      else if (kind === 'tabel') void useAtlas.getState().refreshTables();
    });
    // The kept data were deleted while the page was open: what is on screen is written again.
    const stopGone = onKeptGone(() => void keepAgain(useAtlas.getState));
    return () => {
      stopChanges();
      stopGone();
    };
  }, []);

  // Escape closes the topmost panel: the service, then the profile or list, then the found address.
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== 'Escape' || e.defaultPrevented || document.querySelector('dialog[open]')) return;
      const s = useAtlas.getState();
      if (s.poiSelected) s.selectPoi(null);
      else if (s.selection) s.select(null);
      else if (s.address) s.showAddress(null);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  useEffect(() => {
    if (showPoi) void useAtlas.getState().ensureVoorzieningen();
  }, [showPoi]);
}
