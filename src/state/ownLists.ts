// A team's own lists, kept in this browser only and never sent anywhere.
import type { Voorziening } from '../atlas/socialeKaart';
import { readKept, writeKept } from './kept';

export interface OwnList {
  id: string;
  name: string;
  importedAt: string;
  points: Voorziening[];
}

const KEY = 'wijkatlas-eigen-lijsten';

const isOwnList = (x: unknown): x is OwnList => {
  const l = x as OwnList;
  return typeof l === 'object' && l !== null && typeof l.id === 'string' && typeof l.name === 'string' && Array.isArray(l.points);
};

export const readOwnLists = () => readKept(KEY, isOwnList);
export const writeOwnLists = (lists: OwnList[]) => writeKept(KEY, lists);
