// A module loaded on first use, as React state. Not React.lazy: React runs a lazy component's
// Suspense retry only when no other update is waiting, which while the map and the data load
// (store updates, map events) was often only after the map had been drawn: a deep-linked profile
// showed after 2.3–2.6 s instead of 1.2–1.4 s. (The map itself stays lazy: mounted sooner, it
// only took the main thread from the profile.)
import { useEffect, useState } from 'react';

export interface ModuleLoader<M> {
  load(): Promise<M>;
  /** The module once loaded (then it renders in the first pass). */
  loaded: M | null;
}

/** A loader that keeps its module once it arrives; load() starts it (again after a failure). */
export function moduleLoader<M>(importer: () => Promise<M>): ModuleLoader<M> {
  const loader: ModuleLoader<M> = {
    loaded: null,
    load: () => importer().then((m) => (loader.loaded = m)),
  };
  return loader;
}

/** The module, null while it loads, or 'fout' when its code could not be loaded. */
export function useModule<M>(loader: ModuleLoader<M>): M | 'fout' | null {
  const [module, setModule] = useState<M | 'fout' | null>(loader.loaded);
  useEffect(() => {
    if (module) return;
    let live = true;
    loader.load().then(
      (m) => {
        if (live) setModule(m);
      },
      () => {
        if (live) setModule('fout');
      },
    );
    return () => {
      live = false;
    };
  }, [loader, module]);
  return module;
}
