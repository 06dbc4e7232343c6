// What the user is told when keeping own tables and lists in this browser fails, and what the page
// does when the kept data disappear while it is open: it writes what it shows again.
import { isQuotaError } from './kept';
import { keptLists } from './ownLists';
import { keptTables } from './ownTables';
import type { AtlasState } from './store';

/** One subject for every storage notice: a second failure replaces the first, never stacks. */
export const STORAGE_SUBJECT = 'opslag';

const FULL = 'de opslagruimte die deze browser de atlas geeft, is vol; verwijder een eigen tabel of lijst';
const UNAVAILABLE = 'IndexedDB niet beschikbaar of gewist';

/** "… staat op de kaart, maar is niet bewaard …", with why: a full store or no IndexedDB. */
export function notKeptText(what: string, error: unknown): string {
  return `${what} staat op de kaart, maar is niet bewaard in deze browser (${isQuotaError(error) ? FULL : UNAVAILABLE}); na herladen is hij weg.`;
}

const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** A browser that is still clearing its site data refuses an open for a moment: tried again after
 *  a quarter, one and three seconds; a full store is not tried again. */
async function withRetries(write: () => Promise<void>): Promise<void> {
  for (const wait of [250, 1000, 3000, -1]) {
    try {
      return await write();
    } catch (error) {
      if (wait < 0 || isQuotaError(error)) throw error;
      await pause(wait);
    }
  }
}

/** Writes every own table and list on screen again after the kept data were deleted. */
export async function keepAgain(get: () => AtlasState): Promise<void> {
  const { own, ownLists, addNotice } = get();
  if (own.length + ownLists.length === 0) return;
  const what = [
    own.length > 0 ? count(own.length, 'eigen tabel', 'eigen tabellen') : '',
    ownLists.length > 0 ? count(ownLists.length, 'lijst', 'lijsten') : '',
  ]
    .filter(Boolean)
    .join(' en ');
  try {
    await withRetries(async () => {
      for (const o of own) await keptTables.put(o);
      for (const l of ownLists) await keptLists.put(l);
    });
    addNotice(
      `De bewaarde gegevens van de atlas zijn uit deze browser gewist terwijl de atlas openstond. Wat op het scherm staat (${what}) is opnieuw bewaard; verwijder het met × als dat de bedoeling was.`,
      STORAGE_SUBJECT,
    );
  } catch (error) {
    addNotice(
      `De bewaarde gegevens van de atlas zijn uit deze browser gewist terwijl de atlas openstond, en opnieuw bewaren lukte niet (${isQuotaError(error) ? FULL : UNAVAILABLE}): ${what} staan nog op het scherm, maar zijn na herladen weg.`,
      STORAGE_SUBJECT,
    );
  }
}
