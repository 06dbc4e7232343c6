// A level's tiles are asked for on the change in the store itself (not after React has drawn the
// page again), and a missing tile set is named in a notice.
import type { AreaLayers } from './areaLayers';
import { GENERATED_DIR, tilesFile } from '../atlas/assets';
import { isRegionSystem, type AreaLevel } from '../atlas/geography';
import { useAtlas } from '../state/useAtlas';

/** The notice for a missing or damaged map file, naming the file (public/generated/…) when known. */
export function mapFileNotice(file: string | null): string {
  const what = file
    ? `Kaartbestand public/${file} ontbreekt op de server of is beschadigd`
    : 'De kaartbestanden van dit niveau ontbreken op de server of zijn beschadigd';
  return `${what}; bouw de gegevens opnieuw met npm run data (of npm install).`;
}

/** One notice for the map's files, however many tiles fail. */
export const addMapFileNotice = (file: string | null) =>
  useAtlas.getState().addNotice(mapFileNotice(file), 'kaartbestanden');

/** The generated file a tile or tile set URL names ("generated/tegels/wijk_2015/12/2101/1355.pbf"). */
export function generatedFileOf(url: unknown): string | null {
  if (typeof url !== 'string') return null;
  const at = url.indexOf(`/${GENERATED_DIR}/`);
  return at >= 0 ? url.slice(at + 1).split('?')[0] : null;
}

/** Names a level's missing tile set in a notice. */
export function noticeIfMissing(present: boolean, level: AreaLevel, year: number): void {
  if (!present) addMapFileNotice(`${GENERATED_DIR}/${tilesFile(level, year)}`);
}

/** Shows each new area level's tiles as soon as it is chosen; returns the unsubscribe. */
export function followLevelFiles(areas: AreaLayers): () => void {
  return useAtlas.subscribe((s, prev) => {
    if ((s.level !== prev.level || s.year !== prev.year) && !isRegionSystem(s.level))
      void areas.showFiles(s.level, s.year)?.then((present) => noticeIfMissing(present, s.level as AreaLevel, s.year));
  });
}
