// What the browser tests of own data share: a small table of every gemeente and a one-service list,
// the import steps, and the names the page lists.
import type { Page } from 'playwright-core';
import { readTable } from '../../src/cli/generated';

const gemeenten = readTable('gemeente', 2015);

export const TABLE = ['RegioS;Meldingen', ...gemeenten.codes.map((c, i) => `${c};${(i * 7) % 101}`)].join('\n');
export const list = (name: string) => ['naam,categorie,lat,lon', `${name},wijkteam,51.7989,4.6446`].join('\n');

/** Waits until the gemeente map of 2015 is drawn. */
export const drawn = (page: Page) =>
  page.waitForFunction(() => (window.__wijkatlas?.lastDrawn ?? '').includes('gemeente_2015'), undefined, {
    timeout: 30_000,
  });

/** Opens the import dialog with the table and names it; confirming is left to the caller. */
export async function prepareTable(page: Page, name: string) {
  await page.setInputFiles('#own-table-file', {
    name: `${name}.csv`,
    mimeType: 'text/csv',
    buffer: Buffer.from(TABLE),
  });
  await page.locator('.import-dialog').waitFor();
  await page.locator('.import-dialog').getByLabel('Naam', { exact: true }).fill(name);
  return page.getByRole('button', { name: 'Toevoegen aan de kaart' });
}

export const tableNames = (page: Page) => page.locator('.own-table-items li').allTextContents();
export const listNames = (page: Page) => page.locator('.own-list-items li').allTextContents();
