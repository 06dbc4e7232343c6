// The loaded data: tables, shapes, memberships, search entries and the reference figures, each
// read once (concurrent callers share the request). The map colours a level's tiles from its
// table alone; the shapes are read once the map shows the colours (mapSettled.ts).
import type { StateCreator } from 'zustand';
import { assetName, isRegionSystem, type AreaLevel, type Level, type Membership } from '../../atlas/geography';
import type { AreaTable } from '../../atlas/indicators';
import type { Geometry } from '../../atlas/regionGeometry';
import type { SearchEntry } from '../../atlas/search';
import type { Facts } from '../../../data/catalogue/facts';
import { loadFacts, loadLayerGeometry, loadLayerTable, loadMembership, loadSearch } from '../loaders';
import { whenMapSettled, type SettleState } from '../mapSettled';
import { settlePendingIndicator } from '../pendingIndicator';
import { message, shared } from '../shared';
import type { AtlasState } from '../store';

export interface AssetsSlice {
  geometries: Record<string, Geometry>;
  /** The tables as generated; with the user's own columns through selectTable. */
  tables: Record<string, AreaTable>;
  memberships: Record<number, Membership>;
  loadErrors: Record<string, string>;
  /** Search entries per year, loaded on first use. */
  searches: Record<number, SearchEntry[]>;
  searchError: string | null;
  /** The Drechtsteden reference figures (part of the catalogue once read). */
  facts: Facts | null;
  factsLoaded: boolean;
  /** The level and year (assetName) whose colours a map has drawn last, and a count of such frames. */
  coloured: { key: string; count: number } | null;
  /** Called by a map once it shows a level's colours: the shapes waiting for it may load. */
  setColoured: (key: string) => void;
  /** Loads a level's table and shapes (a region system: the gemeenten and the memberships). */
  ensureLayer: (level: Level, year: number) => Promise<void>;
  ensureSearch: () => Promise<void>;
  ensureFacts: () => Promise<void>;
}

/** What the shapes wait for: the map's report that it shows the level, and no redraw meanwhile. */
const settleState = (s: AtlasState): SettleState => ({
  level: s.level,
  year: s.year,
  selection: s.selection,
  coloured: s.coloured,
  redraw: [s.level, s.year, s.indicator, s.classification, s.palette, s.mode, s.opacity, s.own],
});

export const assetsSlice: StateCreator<AtlasState, [], [], AssetsSlice> = (set, get, api) => {
  const hasArea = (level: AreaLevel, year: number) =>
    Boolean(get().tables[assetName(level, year)] && get().geometries[assetName(level, year)]);
  /** Table and shapes of an area level: the table at once, the shapes once the map shows its colours. */
  function loadArea(level: AreaLevel, year: number): Promise<void> {
    const key = assetName(level, year);
    if (hasArea(level, year)) return Promise.resolve();
    return shared(`area:${key}`, async () => {
      if (!get().tables[key]) {
        const table = await loadLayerTable(level, year);
        set((s) => ({ tables: { ...s.tables, [key]: table } }));
      }
      if (!get().geometries[key]) {
        await whenMapSettled(api, settleState);
        const geometry = await loadLayerGeometry(level, year);
        set((s) => ({ geometries: { ...s.geometries, [key]: geometry } }));
      }
    });
  }
  function loadRegions(year: number): Promise<void> {
    if (get().memberships[year]) return Promise.resolve();
    return shared(`regio:${year}`, () =>
      loadMembership(year).then((m) => set((s) => ({ memberships: { ...s.memberships, [year]: m } }))),
    );
  }
  return {
    geometries: {},
    tables: {},
    memberships: {},
    loadErrors: {},
    searches: {},
    searchError: null,
    facts: null,
    factsLoaded: false,
    coloured: null,
    setColoured: (key) => set({ coloured: { key, count: (get().coloured?.count ?? 0) + 1 } }),
    ensureLayer: (level, year) => {
      const key = assetName(level, year);
      const loaded = isRegionSystem(level)
        ? hasArea('gemeente', year) && Boolean(get().memberships[year])
        : hasArea(level, year);
      if (loaded) return Promise.resolve();
      return shared(key, () => {
        set((s) => {
          const loadErrors = { ...s.loadErrors };
          delete loadErrors[key];
          return { loadErrors };
        });
        const load = isRegionSystem(level)
          ? Promise.all([loadArea('gemeente', year), loadRegions(year)]).then(() => undefined)
          : loadArea(level, year);
        return load.catch((error: unknown) => set((s) => ({ loadErrors: { ...s.loadErrors, [key]: message(error) } })));
      });
    },
    ensureSearch: () => {
      const year = get().year;
      if (get().searches[year]) return Promise.resolve();
      return shared(`search_${year}`, () =>
        loadSearch(year)
          .then((entries) => set((s) => ({ searches: { ...s.searches, [year]: entries }, searchError: null })))
          .catch((error: unknown) => set({ searchError: message(error) })),
      );
    },
    ensureFacts: () => {
      if (get().factsLoaded) return Promise.resolve();
      return shared('facts', () =>
        loadFacts()
          .then((facts) => set({ facts, factsLoaded: true }))
          .catch((error: unknown) => {
            set({ factsLoaded: true });
            get().addNotice(`De referentiecijfers van de Drechtsteden konden niet worden geladen: ${message(error)}`);
          })
          .then(() => settlePendingIndicator(api)),
      );
    },
  };
};
