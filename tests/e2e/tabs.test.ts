// Own data across tabs: pages of one browser profile share IndexedDB. Imports in two tabs, one
// after the other and at the same moment, are all kept and listed in a third; the other tab's list
// follows without a reload; a list kept by an earlier version is moved into records. (Storage that
// changes under the page: storage.test.ts.)
import type { BrowserContext, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { drawn, list, listNames, prepareTable, tableNames } from '../support/ownDataPage';
import { browserSession } from '../support/session';

const session = browserSession();

async function tab(context: BrowserContext): Promise<Page> {
  const page = await session.open('', context);
  await drawn(page);
  return page;
}
const includesAll = (texts: string[], names: string[]) => names.every((n) => texts.some((t) => t.includes(n)));

describe('own data in two tabs', () => {
  it('tables imported one after the other and at the same moment are all kept, and the other tab follows', async () => {
    const context = await session.browser.newContext({ viewport: { width: 1280, height: 860 } });
    const [a, b] = [await tab(context), await tab(context)];
    await (await prepareTable(a, 'Tab een')).click();
    await (await prepareTable(b, 'Tab twee')).click();
    // B hears of A's table without a reload.
    await expect
      .poll(() => tableNames(b).then((t) => includesAll(t, ['Tab een', 'Tab twee'])), { timeout: 15_000 })
      .toBe(true);
    // Both confirm at once.
    const [confirmA, confirmB] = [await prepareTable(a, 'Samen A'), await prepareTable(b, 'Samen B')];
    await Promise.all([confirmA.click(), confirmB.click()]);
    const c = await tab(context);
    await expect
      .poll(() => tableNames(c).then((t) => includesAll(t, ['Tab een', 'Tab twee', 'Samen A', 'Samen B'])), {
        timeout: 15_000,
      })
      .toBe(true);
    // A removal in one tab reaches the others.
    await c.getByRole('button', { name: 'Eigen tabel Tab een verwijderen' }).click();
    await expect
      .poll(() => tableNames(a).then((t) => t.some((x) => x.includes('Tab een'))), { timeout: 15_000 })
      .toBe(false);
    await context.close();
  });

  it('lists imported in two tabs at once are both kept, even in the same millisecond', async () => {
    const context = await session.browser.newContext({ viewport: { width: 1280, height: 860 } });
    const [a, b] = [await tab(context), await tab(context)];
    // Both tabs read the same clock from here on: an import's id must not come from the time alone.
    for (const page of [a, b]) await page.evaluate(() => (Date.now = () => 1_800_000_000_000));
    await Promise.all([
      a.setInputFiles('#own-list-file', {
        name: 'lijst-a.csv',
        mimeType: 'text/csv',
        buffer: Buffer.from(list('Team A')),
      }),
      b.setInputFiles('#own-list-file', {
        name: 'lijst-b.csv',
        mimeType: 'text/csv',
        buffer: Buffer.from(list('Team B')),
      }),
    ]);
    const c = await tab(context);
    await expect
      .poll(() => listNames(c).then((t) => includesAll(t, ['lijst-a', 'lijst-b'])), { timeout: 15_000 })
      .toBe(true);
    await expect
      .poll(() => listNames(a).then((t) => includesAll(t, ['lijst-a', 'lijst-b'])), { timeout: 15_000 })
      .toBe(true);
    await context.close();
  });

  it("a list kept by an earlier version (one array in idb-keyval's database) is moved into records and shown", async () => {
    const context = await session.browser.newContext({ viewport: { width: 1280, height: 860 } });
    const page = await tab(context);
    await page.evaluate(
      () =>
        new Promise<void>((resolve, reject) => {
          const open = indexedDB.open('keyval-store');
          open.onupgradeneeded = () => open.result.createObjectStore('keyval');
          open.onsuccess = () => {
            const db = open.result;
            const tx = db.transaction('keyval', 'readwrite');
            tx.objectStore('keyval').put(
              [{ id: 'oud-1', name: 'Oude lijst', importedAt: '2026-01-01T00:00:00Z', points: [] }],
              'wijkatlas-eigen-lijsten',
            );
            tx.oncomplete = () => {
              db.close();
              resolve();
            };
            tx.onerror = () => reject(tx.error ?? new Error('IndexedDB'));
          };
        }),
    );
    await page.reload();
    await drawn(page);
    await expect
      .poll(() => listNames(page).then((t) => t.some((x) => x.includes('Oude lijst'))), { timeout: 15_000 })
      .toBe(true);
    await context.close();
  });
});
