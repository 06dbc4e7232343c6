// The app's single store instance, created from the page's URL.
import { createAtlasStore } from './store';

export const useAtlas = createAtlasStore(typeof location === 'undefined' ? '' : location.search);
