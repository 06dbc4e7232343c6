// The user's own tables, kept in this browser only and never sent anywhere.
import { isOwnIndicator } from '../atlas/ownIndicators';
import { keptCollection } from './kept';

/** Where earlier versions kept every own table as one array. */
const OWN_LEGACY_KEY = 'wijkatlas-eigen-indicatoren';

export const keptTables = keptCollection(
  'tabel',
  OWN_LEGACY_KEY,
  isOwnIndicator,
  (o) => o.name,
  (o) => o.importedAt,
);

/** A notice for stored tables that were left out, or none. */
export const damagedTablesText = (damaged: number): string | null =>
  damaged === 0
    ? null
    : `${damaged === 1 ? 'Eén bewaarde eigen tabel is' : `${damaged} bewaarde eigen tabellen zijn`} beschadigd of van een andere versie en ${damaged === 1 ? 'is' : 'zijn'} weggelaten.`;
