// The UI session: what the pointer is over, the notices on screen, areas outlined for a moment,
// and the map's camera requests (fly to a box; frame the selection again). Not in the link.
import type { StateCreator } from 'zustand';
import type { Voorziening } from '../../atlas/socialeKaart';
import type { AtlasState } from '../store';

export interface Hover {
  code: string;
  x: number;
  y: number;
  /** Which map the pointer is over (the comparison has two). */
  map: string;
  /** A service point under the pointer (drawn one by one, above the areas). */
  point?: Voorziening;
}

/** A request to move the map, e.g. after a search; the map consumes it. */
export interface FlyTo {
  bbox: [number, number, number, number];
  id: number;
}

/** A notice on screen; a newer one on the same subject replaces it. */
export interface Notice {
  text: string;
  subject: string;
}

export interface SessionSlice {
  hover: Hover | null;
  notices: Notice[];
  flyTo: FlyTo | null;
  /** Counts level changes that keep a place: the map frames the place again (its wijken, its buurten). */
  focusId: number;
  /** Areas outlined on the map besides the selection (e.g. similar gemeenten). */
  highlight: string[];
  setHover: (hover: Hover | null) => void;
  /** Shows a notice; one on the same subject (by default: the same text) is replaced. */
  addNotice: (text: string, subject?: string) => void;
  /** The notices of a subject, in place of the ones it had (none: they go). */
  setNotices: (subject: string, texts: string[]) => void;
  dismissNotice: (index: number) => void;
  setHighlight: (codes: string[]) => void;
  /** Moves the map to a box (a found area or address). */
  flyToBox: (bbox: FlyTo['bbox']) => void;
  /** Frames the selection again (a level change that kept the place). */
  refocus: () => void;
}

/** One counter for every camera request: each request is new, whichever came last. */
let requests = 0;
export const nextRequestId = () => ++requests;

export const sessionSlice =
  (initialNotices: string[]): StateCreator<AtlasState, [], [], SessionSlice> =>
  (set) => {
    return {
      hover: null,
      notices: initialNotices.map((text) => ({ text, subject: 'link' })),
      flyTo: null,
      focusId: 0,
      highlight: [],
      setHover: (hover) => set({ hover }),
      addNotice: (text, subject = text) =>
        set((s) => ({ notices: [...s.notices.filter((n) => n.subject !== subject), { text, subject }] })),
      setNotices: (subject, texts) =>
        set((s) => {
          const others = s.notices.filter((n) => n.subject !== subject);
          if (texts.length === 0 && others.length === s.notices.length) return s;
          return { notices: [...others, ...texts.map((text) => ({ text, subject }))] };
        }),
      dismissNotice: (index) => set((s) => ({ notices: s.notices.filter((_, i) => i !== index) })),
      setHighlight: (codes) => set({ highlight: codes }),
      flyToBox: (bbox) => set({ flyTo: { bbox, id: nextRequestId() } }),
      refocus: () => set({ focusId: nextRequestId() }),
    };
  };
