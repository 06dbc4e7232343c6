// The sociale kaart: the kit's service points (loaded when first shown), their filters, the
// "Dichtbij" spot, the service whose details are open and an address found online.
import type { StateCreator } from 'zustand';
import { unknownFilters, type Category, type Voorziening } from '../../atlas/socialeKaart';
import { loadVoorzieningen } from '../loaders';
import { message, shared } from '../shared';
import { nextRequestId } from './session';
import type { AtlasState } from '../store';

/** Where "Dichtbij" was asked for: its list shows there. */
export type NearOrigin = 'paneel' | 'voorziening' | 'adres';

/** An address found with the PDOK Locatieserver, marked on the map. */
export interface FoundAddress {
  label: string;
  lon: number;
  lat: number;
}

export interface SocialeKaartSlice {
  /** The sociale kaart's points, loaded when first shown. */
  voorzieningen: Voorziening[] | null;
  voorzieningenError: string | null;
  ensureVoorzieningen: () => Promise<void>;
  /** Drops a law or access filter (from a link) that no point has, with a notice naming it. */
  checkPoiFilters: () => void;
  setShowPoi: (show: boolean) => void;
  setPoiCategories: (categories: Category[]) => void;
  /** A team's own categories switched off in the filter (not in the link: own lists stay in this browser). */
  hiddenOwnCategories: string[];
  setHiddenOwnCategories: (hidden: string[]) => void;
  setPoiText: (text: string) => void;
  setPoiWet: (wet: string) => void;
  setPoiToegang: (toegang: string) => void;
  /** "Dichtbij": whether the next map click picks the spot to measure from. */
  pickingNear: boolean;
  /** Measures "Dichtbij" from a spot; its list shows beside the button that asked (the side panel,
   *  an open service or a found address). */
  setNearFrom: (spot: [number, number] | null, origin?: NearOrigin) => void;
  nearOrigin: NearOrigin;
  setPickingNear: (on: boolean) => void;
  /** The service point whose details are open (clicked on the map or in a list). */
  poiSelected: Voorziening | null;
  selectPoi: (point: Voorziening | null) => void;
  /** The address chosen in the search (online only). */
  address: FoundAddress | null;
  /** Marks an address, moves the map there and selects the area it lies in (null: none). */
  showAddress: (address: FoundAddress | null, area?: string | null) => void;
}

/** Half the width of the box the map frames around a found address, in degrees. */
const ADDRESS_BOX = 0.004;

export const socialeKaartSlice: StateCreator<AtlasState, [], [], SocialeKaartSlice> = (set, get) => ({
  voorzieningen: null,
  voorzieningenError: null,
  ensureVoorzieningen: () => {
    if (get().voorzieningen) return Promise.resolve();
    return shared('voorzieningen', () =>
      loadVoorzieningen()
        .then((points) => {
          set({ voorzieningen: points, voorzieningenError: null });
          get().checkPoiFilters();
        })
        .catch((error: unknown) => set({ voorzieningenError: message(error) })),
    );
  },
  checkPoiFilters: () => {
    const { voorzieningen, ownLists, ownListsRead, poiWet, poiToegang } = get();
    if (!voorzieningen || !ownListsRead) return;
    const all = [...voorzieningen, ...ownLists.flatMap((l) => l.points)];
    for (const param of unknownFilters(all, { wet: poiWet, toegang: poiToegang })) {
      const value = param === 'wet' ? poiWet : poiToegang;
      get().addNotice(
        `Link, ${param}: "${value}" komt bij geen enkele voorziening voor (misschien uit een eigen lijst die hier niet is ingelezen); het filter is weggelaten.`,
      );
      set(param === 'wet' ? { poiWet: '' } : { poiToegang: '' });
    }
  },
  setShowPoi: (showPoi) => {
    set({ showPoi });
    if (showPoi) void get().ensureVoorzieningen();
  },
  setPoiCategories: (poiCategories) => set({ poiCategories }),
  hiddenOwnCategories: [],
  setHiddenOwnCategories: (hiddenOwnCategories) => set({ hiddenOwnCategories }),
  setPoiText: (poiText) => set({ poiText }),
  setPoiWet: (poiWet) => set({ poiWet }),
  setPoiToegang: (poiToegang) => set({ poiToegang }),
  pickingNear: false,
  nearOrigin: 'paneel',
  setNearFrom: (nearFrom, nearOrigin = 'paneel') => {
    set({ nearFrom, nearOrigin, pickingNear: false });
    if (nearFrom) get().setShowPoi(true);
  },
  setPickingNear: (pickingNear) => set({ pickingNear }),
  poiSelected: null,
  selectPoi: (poiSelected) => set({ poiSelected }),
  address: null,
  showAddress: (address, area) => {
    if (!address) {
      set({ address: null });
      return;
    }
    const d = ADDRESS_BOX;
    const bbox: [number, number, number, number] = [
      address.lon - d,
      address.lat - d / 1.6,
      address.lon + d,
      address.lat + d / 1.6,
    ];
    set({ address, selection: area ?? null, flyTo: { bbox, id: nextRequestId() } });
  },
});
