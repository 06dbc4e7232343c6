// A team's own lists, kept in this browser only and never sent anywhere.
import type { Voorziening } from '../atlas/socialeKaart';
import { keptCollection } from './kept';

export interface OwnList {
  id: string;
  name: string;
  importedAt: string;
  points: Voorziening[];
}

/** Where earlier versions kept all lists as one array. */
const LEGACY_KEY = 'wijkatlas-eigen-lijsten';

const isOwnList = (x: unknown): x is OwnList => {
  const l = x as OwnList;
  return (
    typeof l === 'object' &&
    l !== null &&
    typeof l.id === 'string' &&
    typeof l.name === 'string' &&
    Array.isArray(l.points)
  );
};

export const keptLists = keptCollection('lijst', LEGACY_KEY, isOwnList, (l) => l.id);

/** The kept lists in the order they were imported. */
export async function readOwnLists(): Promise<OwnList[]> {
  return (await keptLists.readAll()).sort((a, b) => a.importedAt.localeCompare(b.importedAt));
}
