// Indicators the user imported from own tables: kept in this browser's IndexedDB, never sent
// anywhere. Their values become columns of the level's table through selectTable (a selector),
// so the map, profile, regions and the risk model read them like any other indicator.
import type { StateCreator } from 'zustand';
import { indicatorFor } from '../../atlas/indicatorChoice';
import { isOwnId, ownDef, ownNameOf, type OwnIndicator } from '../../atlas/ownIndicators';
import { INDICATOR_DEFAULTS } from '../../../data/catalogue/catalogue';
import { catalogueOf } from '../catalogue';
import { STORAGE_SUBJECT, notKeptText } from '../keptNotices';
import { damagedTablesText, keptTables } from '../ownTables';
import { settlePendingIndicator } from '../pendingIndicator';
import type { AtlasState } from '../store';

/** "Botsing" → "Botsing (2)": the name a table gets when another tab took its name meanwhile. */
const renamed = (o: OwnIndicator, n: number): OwnIndicator => ({ ...o, name: `${o.name} (${n})` });
const RENAMED = (name: string, kept: string) =>
  `Een ander tabblad heeft intussen ook een eigen tabel "${name}" ingelezen. Niets is overschreven: deze is bewaard als "${kept}".`;

export interface OwnTablesSlice {
  /** Indicators imported from the user's own tables, kept in IndexedDB. */
  own: OwnIndicator[];
  /** false until the stored own indicators were read (a shared link may name one). */
  ownLoaded: boolean;
  /** A table file dropped or picked, waiting in the import dialog until confirmed or cancelled. */
  tableFile: File | null;
  /** The own tables this tab knew when the dialog opened (name → import time): a table another tab
   *  adds while the dialog is open is never replaced by a same-named import. */
  tablesSeen: Map<string, string>;
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
    tablesSeen: new Map(),
    loadOwn: async () => {
      let stored: OwnIndicator[] = [];
      try {
        const read = await keptTables.readAll();
        stored = read.items;
        const damaged = damagedTablesText(read.damaged);
        if (damaged) get().addNotice(damaged);
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
      // What this tab had under each name when the dialog opened: another tab's table of the same
      // name is never replaced.
      const seen = get().tablesSeen;
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
        for (const o of indicators) {
          const kept = await keptTables.putNew(o, seen.get(o.name), renamed, (k) => RENAMED(o.name, k.name));
          if (kept === o) continue;
          // Kept under another name: this tab shows it under that name too.
          const s = get();
          set({
            own: s.own.map((x) => (x === o ? kept : x)),
            ...(s.indicator === ownDef(o).id ? { indicator: ownDef(kept).id } : {}),
          });
          get().addNotice(RENAMED(o.name, kept.name));
        }
      } catch (error) {
        get().addNotice(notKeptText(`De eigen tabel "${first.name}"`, error), STORAGE_SUBJECT);
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
        const own = (await keptTables.readAll()).items;
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
    openTableImport: (tableFile) =>
      set({ tableFile, tablesSeen: new Map(get().own.map((o) => [o.name, o.importedAt])) }),
  };
};
