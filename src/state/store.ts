// The one store: the user's choices and the loaded data, in slices (one file each under slices/).
// Derived values live in selectors; the URL mirrors the choices (urlSync.ts); the one
// coordination with the map is mapSettled.ts.
import { create } from 'zustand';
import { DEFAULT_INDICATOR } from '../../data/catalogue/catalogue';
import { BASE_CATALOGUE } from './catalogue';
import { storedBasemap } from './basemapStorage';
import { defaultOpacity } from './choices';
import { parseQuery } from './url';
import { guardSelection } from './selectionGuard';
import { assetsSlice, type AssetsSlice } from './slices/assets';
import { choicesSlice, type ChoicesSlice } from './slices/choices';
import { ownListsSlice, type OwnListsSlice } from './slices/ownLists';
import { ownTablesSlice, type OwnTablesSlice } from './slices/ownTables';
import { sessionSlice, type SessionSlice } from './slices/session';
import { socialeKaartSlice, type SocialeKaartSlice } from './slices/socialeKaart';

export type AtlasState = ChoicesSlice & AssetsSlice & OwnTablesSlice & OwnListsSlice & SocialeKaartSlice & SessionSlice;

export type { Hover, FlyTo } from './slices/session';
export type { FoundAddress } from './slices/socialeKaart';
export type { ImportReport } from './slices/ownLists';

export function createAtlasStore(search: string) {
  const { choices, notices } = parseQuery(search, BASE_CATALOGUE, DEFAULT_INDICATOR);
  const params = new URLSearchParams(search);
  if (!params.has('achtergrond')) choices.basemap = storedBasemap() ?? choices.basemap;
  // A background map comes with a coverage that lets it show, unless the link chose one.
  const opacityChosen = params.has('dekking');
  if (!opacityChosen) choices.opacity = defaultOpacity(choices.basemap);
  const store = create<AtlasState>()((...a) => ({
    ...choicesSlice(choices, opacityChosen)(...a),
    ...assetsSlice(...a),
    ...ownTablesSlice(...a),
    ...ownListsSlice(...a),
    ...socialeKaartSlice(...a),
    ...sessionSlice(notices)(...a),
  }));
  guardSelection(store);
  return store;
}

export type AtlasStore = ReturnType<typeof createAtlasStore>;
