// What a user keeps in this browser (IndexedDB via idb-keyval): own service lists and own
// indicators. Never sent anywhere. A stored value that does not have the expected shape (an
// older version, another tool on the same origin) is left out rather than trusted.
import { get, set } from 'idb-keyval';

export async function readKept<T>(key: string, isValid: (x: unknown) => x is T): Promise<T[]> {
  const items = await get<unknown>(key);
  return Array.isArray(items) ? items.filter(isValid) : [];
}

export async function writeKept<T>(key: string, items: T[]): Promise<void> {
  await set(key, items);
}
