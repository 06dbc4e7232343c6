// Mirrors the user's choices into the URL (replaceState: no history entry per pan).
import type { AtlasStore } from './store';
import { toQuery } from './url';
import { type Choices } from './choices';

export function syncUrl(store: AtlasStore): () => void {
  let last = '';
  const write = (s: Choices) => {
    const query = toQuery(s);
    if (query !== last) {
      last = query;
      history.replaceState(null, '', `${location.pathname}${query}${location.hash}`);
    }
  };
  write(store.getState());
  return store.subscribe(write);
}
