// The user's choices (mirrored by the URL) and the actions that change them. What a change of
// level, year or view does to the rest is the core's rule (atlas/choiceChanges.ts); this slice
// applies it and shows its notices.
import type { StateCreator } from 'zustand';
import {
  canChooseIndicator,
  changeLevel,
  changeMode,
  changeYear,
  type ChoiceChange,
  type ViewChoices,
} from '../../atlas/choiceChanges';
import { levelOfCode, type Level } from '../../atlas/geography';
import type { SearchEntry } from '../../atlas/search';
import type { Classification } from '../../atlas/classify';
import type { PaletteName } from '../../atlas/palettes';
import type { CorrectedScale } from '../../atlas/nationalScale';
import { choiceRulesOf } from '../catalogue';
import { MAX_PINS, MIN_OPACITY, type Basemap, type Choices, type MapView, type Mode } from '../choices';
import { keepBasemap } from '../basemapStorage';
import { nextRequestId } from './session';
import type { AtlasState } from '../store';

export interface ChoicesSlice extends Choices {
  setLevel: (level: Level) => void;
  setYear: (year: number) => void;
  setIndicator: (id: string) => void;
  setClassification: (c: Classification) => void;
  setPalette: (p: PaletteName) => void;
  setMode: (mode: Mode) => void;
  setFactors: (factors: string[] | null) => void;
  setCorrectedScale: (scale: CorrectedScale) => void;
  /** Pins an area for comparison; false when MAX_PINS are pinned already. */
  pin: (code: string) => boolean;
  unpin: (code: string) => void;
  setPins: (codes: string[]) => void;
  select: (code: string | null) => void;
  /** A search result: its level, selected, and the map moved to it. */
  selectFound: (entry: SearchEntry) => void;
  setView: (view: MapView) => void;
  setBasemap: (basemap: Basemap) => void;
  setOpacity: (opacity: number) => void;
}

const viewOf = (s: AtlasState): ViewChoices => ({
  level: s.level,
  year: s.year,
  indicator: s.indicator,
  mode: s.mode,
  factors: s.factors,
  selection: s.selection,
});

export const choicesSlice =
  (initial: Choices): StateCreator<AtlasState, [], [], ChoicesSlice> =>
  (set, get) => {
    /** Applies a change of level, year or view: its choices, its notices, and the map's framing. */
    const apply = (change: ChoiceChange | null) => {
      if (!change) return;
      for (const text of change.notices) get().addNotice(text);
      set({ ...change.next, hover: null, ...(change.refocus ? { focusId: nextRequestId() } : {}) });
    };
    return {
      ...initial,
      setLevel: (level) => apply(changeLevel(viewOf(get()), level, choiceRulesOf(get()))),
      setYear: (year) => apply(changeYear(viewOf(get()), year, choiceRulesOf(get()))),
      setIndicator: (id) => {
        if (canChooseIndicator(viewOf(get()), id, choiceRulesOf(get()))) set({ indicator: id, factors: null });
      },
      setClassification: (classification) => set({ classification }),
      setPalette: (palette) => set({ palette }),
      setMode: (mode) => {
        const change = changeMode(viewOf(get()), mode, choiceRulesOf(get()));
        for (const text of change.notices) get().addNotice(text);
        set(change.next);
      },
      setFactors: (factors) => set({ factors }),
      setCorrectedScale: (correctedScale) => set({ correctedScale }),
      pin: (code) => {
        const { pins } = get();
        if (pins.includes(code)) return true;
        if (pins.length >= MAX_PINS) {
          get().addNotice(`Er kunnen ten hoogste ${MAX_PINS} gebieden naast elkaar; maak eerst een plek vrij.`);
          return false;
        }
        set({ pins: [...pins, code] });
        return true;
      },
      unpin: (code) => set((s) => ({ pins: s.pins.filter((p) => p !== code) })),
      setPins: (codes) => set({ pins: [...new Set(codes)].slice(0, MAX_PINS) }),
      select: (code) => set({ selection: code }),
      selectFound: (entry) => {
        const level = levelOfCode(entry.code);
        if (!level) return;
        if (level !== get().level) get().setLevel(level);
        set({ selection: entry.code, flyTo: { bbox: entry.bbox, id: nextRequestId() } });
      },
      setView: (view) => set({ view }),
      setBasemap: (basemap) => {
        set({ basemap });
        keepBasemap(basemap);
        if (basemap === 'geen') set({ address: null });
      },
      setOpacity: (opacity) => set({ opacity: Math.round(Math.min(100, Math.max(MIN_OPACITY, opacity))) }),
    };
  };
