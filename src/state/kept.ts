// What a user keeps in this browser (IndexedDB via idb-keyval): own service lists and own
// indicators. Never sent anywhere.
//
// Each list and each table is its own record ("lijst:<id>", "tabel:<naam>"), so two open tabs that
// import at the same moment cannot overwrite each other; a BroadcastChannel tells the other tabs to
// read again. The database is opened for each use and closed after, so a database that was deleted
// (site data cleared) is made again instead of writing into a dead connection, and every write is
// read back before it counts as kept. One connection stays open only to hear of a deletion (its
// versionchange or forced close): the page then writes what it shows again (onKeptGone). A stored
// value that does not have the expected shape (an older version, another tool on the same origin) is
// left out and counted, rather than trusted.
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

/** This page has had the database open: a later open that has to create it finds it deleted. */
let seen = false;
const goneListeners = new Set<() => void>();

/** The database this page used is gone: tell the listeners (once per deletion) and watch the new one. */
function gone(): void {
  if (!seen) return;
  seen = false;
  for (const l of goneListeners) l();
  setTimeout(watch, 0);
}

/** Opens the database, creating it when it is not there (the first use, or after a deletion). */
async function openDb(): Promise<IDBDatabase> {
  const open = indexedDB.open(DB, 1);
  let created = false;
  open.onupgradeneeded = () => {
    created = true;
    open.result.createObjectStore(STORE);
  };
  const db = await request(open);
  if (created) gone();
  seen = true;
  return db;
}

let watcher: IDBDatabase | null = null;

/** Keeps one connection open to hear when the database is deleted or the browser closes it. */
function watch(): void {
  if (watcher || typeof indexedDB === 'undefined') return;
  openDb().then(
    (db) => {
      watcher = db;
      const lost = () => {
        if (watcher !== db) return;
        watcher = null;
        db.close();
        gone();
      };
      db.onversionchange = lost;
      db.onclose = lost;
    },
    () => undefined,
  );
}

/**
 * Calls back when the kept data disappeared while the page was open (site data cleared, the
 * database deleted): the caller writes what it shows again. Starts watching.
 */
export function onKeptGone(listener: () => void): () => void {
  goneListeners.add(listener);
  watch();
  return () => goneListeners.delete(listener);
}

/** A browser's "storage full": said as such, once, whichever write met it. */
export const isQuotaError = (error: unknown): boolean =>
  error instanceof DOMException && (error.name === 'QuotaExceededError' || error.code === 22);

/** An idb-keyval store on a connection opened for this one transaction. */
const freshStore: UseStore = async (mode, callback) => {
  const db = await openDb();
  try {
    const tx = db.transaction(STORE, mode);
    // Listeners, not on* properties: idb-keyval sets those on the same transaction.
    const done = new Promise<void>((resolve, reject) => {
      tx.addEventListener('complete', () => resolve());
      tx.addEventListener('abort', () => reject(tx.error ?? new Error('IndexedDB-transactie afgebroken')));
      tx.addEventListener('error', () => reject(tx.error ?? new Error('IndexedDB-fout')));
    });
    // A request that fails (a full disk) also aborts the transaction: that rejection is the same
    // error and is not left unhandled when the callback's own rejection comes first.
    done.catch(() => undefined);
    const result = await callback(tx.objectStore(STORE));
    await done;
    return result;
  } finally {
    db.close();
  }
};

export class NotKeptError extends Error {}

/** Whether a record is there, read back without its value (a list of 200.000 points took the page
 *  half a second to read back whole). */
const isThere = (key: string) => freshStore('readonly', (store) => request(store.count(key))).then((n) => n > 0);

export interface KeptRead<T> {
  items: T[];
  /** Records of this kind that do not have the expected shape: left out. */
  damaged: number;
}

export interface KeptCollection<T> {
  readAll(): Promise<KeptRead<T>>;
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
      const mine = (await entries<IDBValidKey, unknown>(freshStore)).filter(
        ([k]) => typeof k === 'string' && k.startsWith(`${kind}:`),
      );
      const items = mine.map(([, v]) => v).filter(isValid);
      return { items, damaged: mine.length - items.length };
    },
    async put(item) {
      await set(key(idOf(item)), item, freshStore);
      if (!(await isThere(key(idOf(item))))) throw new NotKeptError(`${kind} ${idOf(item)} is niet bewaard`);
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
      if (!(await isThere(key(idOf(kept))))) throw new NotKeptError(`${kind} ${idOf(kept)} is niet bewaard`);
      announce(kept !== item ? notice?.(kept) : undefined);
      return kept;
    },
    async remove(id) {
      await del(key(id), freshStore);
      announce();
    },
  };
}
