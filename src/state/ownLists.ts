// A team's own lists, kept in this browser only and never sent anywhere.
import { CATEGORIES, safeWebsite, type Category, type Voorziening } from '../atlas/socialeKaart';
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

const TEXT_FIELDS = [
  'id',
  'naam',
  'organisatie',
  'wet',
  'toegang',
  'leeftijd',
  'straat',
  'huisnummer',
  'postcode',
  'plaats',
  'telefoon',
  'werkgebied',
  'inloop',
  'bron',
  'bronDatum',
  'kanttekening',
] as const;

/** A stored point checked as an import checks it: text fields are text, a website an http(s) URL,
 *  a category one the atlas knows. `fixed` is true when anything had to be changed. */
function checked(p: Voorziening): { point: Voorziening; fixed: boolean } {
  const website = safeWebsite(p.website);
  const categorie: Category = Object.hasOwn(CATEGORIES, p.categorie) ? p.categorie : 'eigen';
  const soort: Voorziening['soort'] = p.soort === 'algemeen' || p.soort === 'maatwerk' ? p.soort : '';
  const clean: Voorziening = { ...p, website, categorie, soort };
  let fixed = website !== text(p.website).trim() && text(p.website).trim() !== '';
  fixed ||= categorie !== p.categorie || soort !== (p.soort ?? '');
  for (const f of TEXT_FIELDS) {
    clean[f] = text(p[f]);
    fixed ||= p[f] !== undefined && typeof p[f] !== 'string';
  }
  if (p.teamCategorie !== undefined) clean.teamCategorie = text(p.teamCategorie);
  return { point: clean, fixed };
}

const isPlaced = (p: unknown): p is Voorziening =>
  typeof p === 'object' &&
  p !== null &&
  Number.isFinite((p as Voorziening).lon) &&
  Number.isFinite((p as Voorziening).lat);

export interface ListsRead {
  /** The kept lists in the order they were imported, their points checked. */
  lists: OwnList[];
  /** What was wrong with them (left out or mended), one sentence per list, for a notice. */
  problems: string[];
}

/** The kept lists, checked as an import checks them (an old or tampered record never crashes a panel). */
export async function readOwnLists(): Promise<ListsRead> {
  const { items, damaged } = await keptLists.readAll();
  const problems: string[] = [];
  if (damaged > 0)
    problems.push(
      `${damaged === 1 ? 'Eén bewaarde lijst is' : `${damaged} bewaarde lijsten zijn`} beschadigd of van een andere versie en weggelaten.`,
    );
  const lists = items
    .sort((a, b) => text(a.importedAt).localeCompare(text(b.importedAt)))
    .map((l) => {
      const placed = l.points.filter(isPlaced).map(checked);
      const dropped = l.points.length - placed.length;
      const fixed = placed.filter((c) => c.fixed).length;
      if (dropped + fixed > 0)
        problems.push(
          `In de bewaarde lijst "${l.name}" ${[
            dropped > 0 ? `${dropped} punt${dropped === 1 ? '' : 'en'} zonder geldige ligging weggelaten` : '',
            fixed > 0
              ? `bij ${fixed} punt${fixed === 1 ? '' : 'en'} ongeldige velden (zoals een website die geen http(s)-adres is) leeggemaakt`
              : '',
          ]
            .filter(Boolean)
            .join(' en ')}.`,
        );
      return { ...l, points: placed.map((c) => c.point) };
    });
  return { lists, problems };
}
