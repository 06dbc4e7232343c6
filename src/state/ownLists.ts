// A team's own lists, kept in this browser only (IndexedDB via idb-keyval) and never sent anywhere.
import { get, set } from 'idb-keyval';
import type { Voorziening } from '../atlas/socialeKaart';

export interface OwnList {
  id: string;
  name: string;
  importedAt: string;
  points: Voorziening[];
}

const KEY = 'wijkatlas-eigen-lijsten';

export async function readOwnLists(): Promise<OwnList[]> {
  const lists = await get<OwnList[]>(KEY);
  return Array.isArray(lists) ? lists : [];
}

export async function writeOwnLists(lists: OwnList[]): Promise<void> {
  await set(KEY, lists);
}
