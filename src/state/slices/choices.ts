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
  type Wanted,
} from '../../atlas/choiceChanges';
import { levelOfCode, type Level } from '../../atlas/geography';
import { isSelectableOn } from '../../atlas/selection';
import type { SearchEntry } from '../../atlas/search';
import type { Classification } from '../../atlas/classify';
import type { PaletteName } from '../../atlas/palettes';
import type { CorrectedScale } from '../../atlas/nationalScale';
import type { CsvDialect } from '../../atlas/csv';
import { choiceRulesOf } from '../catalogue';
import { defaultOpacity, MAX_PINS, MIN_OPACITY, type Basemap, type Choices, type MapView, type Mode } from '../choices';
import { keepBasemap } from '../basemapStorage';
import { nextRequestId } from './session';
import type { AtlasState } from '../store';

export interface ChoicesSlice extends Choices {
  /** What the user last chose (level, indicator), to return to once it exists again. */
  wanted?: Wanted;
  setLevel: (level: Level) => void;
  setYear: (year: number) => void;
  setIndicator: (id: string) => void;
  setClassification: (c: Classification) => void;
  setPalette: (p: PaletteName) => void;
  setMode: (mode: Mode) => void;
  setFactors: (factors: string[] | null) => void;
  setCorrectedScale: (scale: CorrectedScale) => void;
  setWithinMap: (on: boolean) => void;
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
  /** Whether the user chose the colour coverage (the slider or a link), so a background map keeps it. */
  opacityChosen: boolean;
  setCsvDialect: (dialect: CsvDialect) => void;
}

/** The subject of the notices a change of level, year or view gives. */
const CHOICE_NOTICES = 'keuze';

const viewOf = (s: AtlasState): ViewChoices => ({
  level: s.level,
  year: s.year,
  indicator: s.indicator,
  mode: s.mode,
  factors: s.factors,
  selection: s.selection,
  wanted: s.wanted,
});

export const choicesSlice =
  (initial: Choices, opacityChosen = initial.opacity !== 100): StateCreator<AtlasState, [], [], ChoicesSlice> =>
  (set, get) => {
    /** Applies a change of level, year or view: its choices, its notices (which replace those of
     *  earlier changes, so none stays stale), and the map's framing. */
    const apply = (change: ChoiceChange | null) => {
      if (!change) return;
      get().setNotices(CHOICE_NOTICES, change.notices);
      set({ ...change.next, hover: null, ...(change.refocus ? { focusId: nextRequestId() } : {}) });
    };
    return {
      ...initial,
      opacityChosen,
      setLevel: (level) => apply(changeLevel(viewOf(get()), level, choiceRulesOf(get()))),
      setYear: (year) => apply(changeYear(viewOf(get()), year, choiceRulesOf(get()))),
      setIndicator: (id) => {
        if (!canChooseIndicator(viewOf(get()), id, choiceRulesOf(get()))) return;
        const s = get();
        set({ indicator: id, factors: null, wanted: { level: s.wanted?.level ?? s.level, indicator: id } });
        s.setNotices(CHOICE_NOTICES, []);
      },
      setClassification: (classification) => set({ classification }),
      setPalette: (palette) => set({ palette }),
      setMode: (mode) => {
        const change = changeMode(viewOf(get()), mode, choiceRulesOf(get()));
        get().setNotices(CHOICE_NOTICES, change.notices);
        set(change.next);
      },
      setFactors: (factors) => set({ factors }),
      setCorrectedScale: (correctedScale) => set({ correctedScale }),
      setWithinMap: (withinMap) => set({ withinMap }),
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
        // A gemeente found on the wijk or buurt map stays there, as the focus of its wijken or
        // buurten (a wijk found on the buurt map alike); anything else opens on its own level.
        const current = get().level;
        if (level !== current && !isSelectableOn(entry.code, current)) get().setLevel(level);
        set({ selection: entry.code, flyTo: { bbox: entry.bbox, id: nextRequestId() } });
      },
      setView: (view) => set({ view }),
      setBasemap: (basemap) => {
        // A background map under fully opaque colours is hidden: it comes with a readable coverage,
        // unless the user chose one; without it the colours are whole again.
        const { opacityChosen } = get();
        const opacity = opacityChosen ? get().opacity : defaultOpacity(basemap);
        set({ basemap, opacity });
        keepBasemap(basemap);
        if (basemap === 'geen') set({ address: null });
      },
      setOpacity: (opacity) =>
        set({ opacity: Math.round(Math.min(100, Math.max(MIN_OPACITY, opacity))), opacityChosen: true }),
      setCsvDialect: (csvDialect) => set({ csvDialect }),
    };
  };
