// What a user keeps in this browser (IndexedDB via idb-keyval): own service lists and own
// indicators. Never sent anywhere.
//
// Each list and each table is its own record ("lijst:<id>", "tabel:<naam>"), so two open tabs that
// import at the same moment cannot overwrite each other; a BroadcastChannel tells the other tabs to
// read again. The database is opened for each use and closed after, so a database that was deleted
// (site data cleared) is made again instead of writing into a dead connection, and every write is
// read back before it counts as kept. A stored value that does not have the expected shape (an older
// version, another tool on the same origin) is left out rather than trusted.
import { del, entries, get, set, type UseStore } from 'idb-keyval';

const DB = 'wijkatlas';
const STORE = 'bewaard';
const CHANNEL = 'wijkatlas-bewaard';

function request<T>(r: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    r.onsuccess = () => resolve(r.result);
    r.onerror = () => reject(r.error ?? new Error('IndexedDB-fout'));
  });
}

/** An idb-keyval store on a connection opened for this one transaction. */
const freshStore: UseStore = async (mode, callback) => {
  const open = indexedDB.open(DB, 1);
  open.onupgradeneeded = () => open.result.createObjectStore(STORE);
  const db = await request(open);
  try {
    const tx = db.transaction(STORE, mode);
    // Listeners, not on* properties: idb-keyval sets those on the same transaction.
    const done = new Promise<void>((resolve, reject) => {
      tx.addEventListener('complete', () => resolve());
      tx.addEventListener('abort', () => reject(tx.error ?? new Error('IndexedDB-transactie afgebroken')));
      tx.addEventListener('error', () => reject(tx.error ?? new Error('IndexedDB-fout')));
    });
    const result = await callback(tx.objectStore(STORE));
    await done;
    return result;
  } finally {
    db.close();
  }
};

export class NotKeptError extends Error {}

export interface KeptCollection<T> {
  readAll(): Promise<T[]>;
  /** Stores one item (replacing one with the same id); rejects when it is not there afterwards. */
  put(item: T): Promise<void>;
  /**
   * Stores an item unless another tab stored one under its id since this tab last saw it (`seen`:
   * the version this tab had under that id, or undefined for none): then under the first free id of
   * `renamed(item, 2)`, `renamed(item, 3)`, …, decided in one transaction, so two tabs writing at
   * the same moment cannot both win. Resolves to what was kept; `notice` is told to the other tabs.
   */
  putNew(
    item: T,
    seen: string | undefined,
    renamed: (item: T, n: number) => T,
    notice?: (kept: T) => string,
  ): Promise<T>;
  remove(id: string): Promise<void>;
}

let channel: BroadcastChannel | null = null;
const listeners = new Set<(kind: string, notice?: string) => void>();

function bus(): BroadcastChannel | null {
  if (channel || typeof BroadcastChannel === 'undefined') return channel;
  channel = new BroadcastChannel(CHANNEL);
  channel.onmessage = (event: MessageEvent<unknown>) => {
    const kind = (event.data as { kind?: unknown } | null)?.kind;
    const notice = (event.data as { notice?: unknown } | null)?.notice;
    if (typeof kind === 'string') for (const l of listeners) l(kind, typeof notice === 'string' ? notice : undefined);
  };
  return channel;
}

/** Calls back when another tab changed a collection ("lijst" or "tabel"). */
export function onKeptChange(listener: (kind: string, notice?: string) => void): () => void {
  bus();
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/**
 * A collection of records of one kind. `legacyKey` names where earlier versions kept the whole
 * collection as one array (in idb-keyval's default database): it is moved into records once.
 */
export function keptCollection<T>(
  kind: string,
  legacyKey: string,
  isValid: (x: unknown) => x is T,
  idOf: (item: T) => string,
  /** Changes whenever an item is written anew (an import's time). */
  versionOf: (item: T) => string = () => '',
): KeptCollection<T> {
  const key = (id: string) => `${kind}:${id}`;
  const announce = (notice?: string) => bus()?.postMessage(notice ? { kind, notice } : { kind });
  async function migrate(): Promise<void> {
    const old = await get<unknown>(legacyKey).catch(() => undefined);
    if (!Array.isArray(old)) return;
    for (const item of old.filter(isValid)) {
      if ((await get(key(idOf(item)), freshStore)) === undefined) await set(key(idOf(item)), item, freshStore);
    }
    await del(legacyKey);
  }
  // Once per page: after the move the old key is gone.
  let migrated: Promise<void> | null = null;
  return {
    async readAll() {
      await (migrated ??= migrate().catch((error: unknown) => {
        migrated = null;
        throw error;
      }));
      const all = await entries<IDBValidKey, unknown>(freshStore);
      return all
        .filter(([k, v]) => typeof k === 'string' && k.startsWith(`${kind}:`) && isValid(v))
        .map(([, v]) => v as T);
    },
    async put(item) {
      await set(key(idOf(item)), item, freshStore);
      if ((await get(key(idOf(item)), freshStore)) === undefined)
        throw new NotKeptError(`${kind} ${idOf(item)} is niet bewaard`);
      announce();
    },
    async putNew(item, seen, renamed, notice) {
      const kept = await freshStore('readwrite', async (store) => {
        for (let n = 1; ; n++) {
          const candidate = n === 1 ? item : renamed(item, n);
          const there = await request<unknown>(store.get(key(idOf(candidate))));
          const free = there === undefined || (n === 1 && isValid(there) && versionOf(there) === seen);
          if (free) {
            await request(store.put(candidate, key(idOf(candidate))));
            return candidate;
          }
        }
      });
      if ((await get(key(idOf(kept)), freshStore)) === undefined)
        throw new NotKeptError(`${kind} ${idOf(kept)} is niet bewaard`);
      announce(kept !== item ? notice?.(kept) : undefined);
      return kept;
    },
    async remove(id) {
      await del(key(id), freshStore);
      announce();
    },
  };
}
