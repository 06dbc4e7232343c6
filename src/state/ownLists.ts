// A team's own lists, kept in this browser only and never sent anywhere.
import { safeWebsite, type Voorziening } from '../atlas/socialeKaart';
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

const text = (v: unknown) => (typeof v === 'string' ? v : '');

/** A stored point checked as an import checks it: text fields are text, a website an http(s) URL. */
function checked(p: Voorziening): Voorziening {
  const fields = [
    'naam',
    'organisatie',
    'straat',
    'huisnummer',
    'postcode',
    'plaats',
    'telefoon',
    'wet',
    'toegang',
  ] as const;
  const clean = { ...p, website: safeWebsite(p.website) };
  for (const f of fields) (clean as Record<string, unknown>)[f] = text(p[f]);
  return clean;
}

/** The kept lists in the order they were imported, their points checked (an old or tampered record). */
export async function readOwnLists(): Promise<OwnList[]> {
  return (await keptLists.readAll())
    .sort((a, b) => text(a.importedAt).localeCompare(text(b.importedAt)))
    .map((l) => ({
      ...l,
      points: l.points
        .filter((p) => typeof p === 'object' && p !== null && Number.isFinite(p.lon) && Number.isFinite(p.lat))
        .map(checked),
    }));
}
