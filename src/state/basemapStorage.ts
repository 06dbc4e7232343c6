// The background map choice is kept in this browser (a link's choice wins over it).
import { isBasemap, type Basemap } from './choices';

const BASEMAP_KEY = 'wijkatlas-achtergrond';

export function storedBasemap(): Basemap | null {
  try {
    const value = globalThis.localStorage?.getItem(BASEMAP_KEY);
    return isBasemap(value) ? value : null;
  } catch {
    return null;
  }
}

export function keepBasemap(basemap: Basemap): void {
  try {
    globalThis.localStorage?.setItem(BASEMAP_KEY, basemap);
  } catch {
    // private mode: the link still carries it
  }
}
