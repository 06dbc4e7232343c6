// A level's tiles are asked for on the change in the store itself (not after React has drawn the
// page again), and a missing tile set is named in a notice.
import type { AreaLayers } from './areaLayers';
import { isRegionSystem } from '../atlas/geography';
import { useAtlas } from '../state/useAtlas';

export const MAP_FILES_MISSING =
  'De kaartbestanden van dit niveau ontbreken op de server of zijn beschadigd; bouw de gegevens opnieuw met npm run data (of npm install).';

/** Names a level's missing tile set in a notice. */
export function noticeIfMissing(present: boolean): void {
  if (!present) useAtlas.getState().addNotice(MAP_FILES_MISSING);
}

/** Shows each new area level's tiles as soon as it is chosen; returns the unsubscribe. */
export function followLevelFiles(areas: AreaLayers): () => void {
  return useAtlas.subscribe((s, prev) => {
    if ((s.level !== prev.level || s.year !== prev.year) && !isRegionSystem(s.level))
      void areas.showFiles(s.level, s.year)?.then(noticeIfMissing);
  });
}
