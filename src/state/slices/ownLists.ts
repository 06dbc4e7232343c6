// A wijkteam's own lists of services: imported from CSV or GeoJSON, kept in this browser's
// IndexedDB and never sent anywhere, shown with the kit's points.
import type { StateCreator } from 'zustand';
import { assetName, DEFAULT_YEAR } from '../../atlas/geography';
import { tooLarge } from '../../atlas/format';
import type { ImportResult, RowError } from '../../atlas/poiImport';
import { MAX_IMPORT_BYTES } from '../../atlas/socialeKaart';
import { STORAGE_SUBJECT, notKeptText } from '../keptNotices';
import { readList, readListOffThread } from '../listImport';
import { keptLists, readOwnLists, type OwnList } from '../ownLists';
import type { AtlasState } from '../store';

export interface ImportReport {
  file: string;
  imported: number;
  errors: RowError[];
  /** How the file was read (delimiter, columns), when it could be read as a table. */
  read?: string;
}

/** What an import needs of a file (a File, or a test's stand-in). */
export interface ImportFile {
  name: string;
  size: number;
  arrayBuffer(): Promise<ArrayBuffer>;
}

export interface OwnListsSlice {
  /** Lists a team imported, kept in IndexedDB. */
  ownLists: OwnList[];
  /** The kept lists have been read (or could not be): filters from a link can be checked against them. */
  ownListsRead: boolean;
  importReport: ImportReport | null;
  /** The name of a list file being read (off the page's thread), or null. */
  listImporting: string | null;
  loadOwnLists: () => Promise<void>;
  importOwnList: (file: ImportFile) => Promise<void>;
  removeOwnList: (id: string) => Promise<void>;
  /** Reads the kept lists again after another tab changed them. */
  refreshLists: () => Promise<void>;
}

export const ownListsSlice: StateCreator<AtlasState, [], [], OwnListsSlice> = (set, get) => ({
  ownLists: [],
  ownListsRead: false,
  importReport: null,
  listImporting: null,
  loadOwnLists: async () => {
    try {
      const read = await readOwnLists();
      set({ ownLists: read.lists });
      for (const problem of read.problems) get().addNotice(problem);
    } catch {
      get().addNotice('Eigen lijsten konden niet uit deze browser worden gelezen (IndexedDB niet beschikbaar).');
    }
    set({ ownListsRead: true });
    get().checkPoiFilters();
  },
  importOwnList: async (file) => {
    const refused = tooLarge(file.size, MAX_IMPORT_BYTES);
    if (refused) {
      set({ importReport: { file: file.name, imported: 0, errors: [{ row: 0, column: '', message: refused }] } });
      return;
    }
    // Unique across tabs: two tabs importing in the same millisecond must not share a record.
    const id = `eigen-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}`;
    const name = file.name.replace(/\.(csv|geojson|json)$/i, '');
    // Points are checked against the land of the gemeenten on the map (a coarse box until they are loaded).
    const { geometries, year } = get();
    const gemeenten = geometries[assetName('gemeente', year)] ?? geometries[assetName('gemeente', DEFAULT_YEAR)];
    const request = { fileName: file.name, name, id, land: gemeenten?.features ?? null };
    set({ listImporting: file.name });
    let result: ImportResult;
    try {
      const bytes = await file.arrayBuffer();
      // A picked file is read in a worker; a test's stand-in on the page.
      result =
        file instanceof Blob ? await readListOffThread({ ...request, bytes }) : await readList({ ...request, bytes });
    } catch (error) {
      const why = error instanceof Error ? error.message : String(error);
      set({
        listImporting: null,
        importReport: {
          file: file.name,
          imported: 0,
          errors: [{ row: 0, column: '', message: `het bestand kon niet worden gelezen (${why})` }],
        },
      });
      return;
    }
    set({
      listImporting: null,
      importReport: { file: file.name, imported: result.points.length, errors: result.errors, read: result.read },
    });
    if (result.points.length === 0) return;
    const list: OwnList = { id, name, importedAt: new Date().toISOString(), points: result.points };
    set({ ownLists: [...get().ownLists, list], showPoi: true });
    void get().ensureVoorzieningen();
    try {
      await keptLists.put(list);
    } catch (error) {
      get().addNotice(notKeptText(`De lijst "${name}"`, error), STORAGE_SUBJECT);
    }
  },
  removeOwnList: async (id) => {
    set({ ownLists: get().ownLists.filter((l) => l.id !== id) });
    try {
      await keptLists.remove(id);
    } catch {
      get().addNotice('Het verwijderen kon niet in deze browser worden bewaard.');
    }
  },
  refreshLists: async () => {
    try {
      set({ ownLists: (await readOwnLists()).lists });
    } catch {
      get().addNotice('Wat een ander tabblad bewaarde, kon hier niet worden gelezen (IndexedDB).');
    }
  },
});
