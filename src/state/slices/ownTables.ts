// Indicators the user imported from own tables: kept in this browser's IndexedDB, never sent
// anywhere. Their values become columns of the level's table through selectTable (a selector),
// so the map, profile, regions and the risk model read them like any other indicator.
import type { StateCreator } from 'zustand';
import { indicatorFor } from '../../atlas/indicatorChoice';
import { isOwnId, isOwnIndicator, ownDef, ownNameOf, type OwnIndicator } from '../../atlas/ownIndicators';
import { INDICATOR_DEFAULTS } from '../../../data/catalogue/catalogue';
import { catalogueOf } from '../catalogue';
import { keptCollection } from '../kept';
import { settlePendingIndicator } from '../pendingIndicator';
import type { AtlasState } from '../store';

/** Where earlier versions kept every own table as one array. */
const OWN_LEGACY_KEY = 'wijkatlas-eigen-indicatoren';
const keptTables = keptCollection('tabel', OWN_LEGACY_KEY, isOwnIndicator, (o) => o.name);

const NOT_KEPT = (name: string) =>
  `De eigen tabel "${name}" staat op de kaart, maar is niet bewaard in deze browser (IndexedDB niet beschikbaar of gewist); na herladen is hij weg.`;

export interface OwnTablesSlice {
  /** Indicators imported from the user's own tables, kept in IndexedDB. */
  own: OwnIndicator[];
  /** false until the stored own indicators were read (a shared link may name one). */
  ownLoaded: boolean;
  /** A table file dropped or picked, waiting in the import dialog until confirmed or cancelled. */
  tableFile: File | null;
  loadOwn: () => Promise<void>;
  /** Adds (or replaces, by name) confirmed columns and shows the first on the map. */
  addOwn: (indicators: OwnIndicator[]) => Promise<void>;
  removeOwn: (name: string) => Promise<void>;
  /** Reads the kept tables again after another tab changed them. */
  refreshTables: () => Promise<void>;
  openTableImport: (file: File | null) => void;
}

export const ownTablesSlice: StateCreator<AtlasState, [], [], OwnTablesSlice> = (set, get, api) => {
  /** The indicator shown falls back when its own table is gone; a comparison of it returns to the map. */
  const dropIfGone = (own: OwnIndicator[]) => {
    const { indicator, level, year, mode } = get();
    const next = indicatorFor(indicator, level, year, catalogueOf(get().facts, own), INDICATOR_DEFAULTS);
    if (next !== indicator) set({ indicator: next, factors: null, mode: mode === 'vergelijken' ? 'kaart' : mode });
  };
  return {
    own: [],
    ownLoaded: false,
    tableFile: null,
    loadOwn: async () => {
      let stored: OwnIndicator[] = [];
      try {
        stored = await keptTables.readAll();
      } catch {
        get().addNotice('Eigen tabellen konden niet uit deze browser worden gelezen (IndexedDB niet beschikbaar).');
      }
      // A table imported while the store was being read wins over a stored one of the same name.
      const added = get().own;
      set({ own: [...stored.filter((o) => !added.some((a) => a.name === o.name)), ...added], ownLoaded: true });
      settlePendingIndicator(api);
    },
    addOwn: async (indicators) => {
      if (indicators.length === 0) return;
      const names = new Set(indicators.map((o) => o.name));
      const first = indicators[0];
      const same = first.level === get().level && first.year === get().year;
      set({
        own: [...get().own.filter((o) => !names.has(o.name)), ...indicators],
        level: first.level,
        year: first.year,
        indicator: ownDef(first).id,
        factors: null,
        selection: same ? get().selection : null,
        hover: null,
        mode: 'kaart',
        tableFile: null,
      });
      try {
        for (const o of indicators) await keptTables.put(o);
      } catch {
        get().addNotice(NOT_KEPT(first.name));
      }
    },
    removeOwn: async (name) => {
      const own = get().own.filter((o) => o.name !== name);
      set({ own });
      dropIfGone(own);
      try {
        await keptTables.remove(name);
      } catch {
        get().addNotice('Het verwijderen kon niet in deze browser worden bewaard.');
      }
    },
    refreshTables: async () => {
      try {
        const own = await keptTables.readAll();
        set({ own });
        const { indicator } = get();
        if (isOwnId(indicator) && !catalogueOf(get().facts, own).some((d) => d.id === indicator)) {
          get().addNotice(
            `De eigen tabel "${ownNameOf(indicator)}" is in een ander tabblad verwijderd; een standaardindicator wordt getoond.`,
          );
          dropIfGone(own);
        }
      } catch {
        get().addNotice('Wat een ander tabblad bewaarde, kon hier niet worden gelezen (IndexedDB).');
      }
    },
    openTableImport: (tableFile) => set({ tableFile }),
  };
};
