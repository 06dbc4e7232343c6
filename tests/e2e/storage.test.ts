// Own data when the browser's storage changes under the atlas: the database deleted or the site
// data cleared while the page is open (what is on screen is written again, and said), a full store
// (said once, never an uncaught error), IndexedDB refused, and a tampered record (a notice, never a
// crashed panel).
import type { BrowserContext, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { drawn, list, listNames, prepareTable, tableNames } from '../support/ownDataPage';
import { browserSession } from '../support/session';

const session = browserSession();

async function tab(context: BrowserContext, query = ''): Promise<Page> {
  const page = await session.open(query, context);
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  (page as Page & { errors?: string[] }).errors = errors;
  await drawn(page);
  return page;
}
const pageErrors = (page: Page) => (page as Page & { errors?: string[] }).errors ?? [];

async function importTable(page: Page, name: string) {
  await (await prepareTable(page, name)).click();
}

const importList = (page: Page, name: string, csv = list(name)) =>
  page.setInputFiles('#own-list-file', { name: `${name}.csv`, mimeType: 'text/csv', buffer: Buffer.from(csv) });

const notices = (page: Page) =>
  page
    .locator('.notice')
    .allTextContents()
    .then((t) => t.join(' | '));
const context = () => session.browser.newContext({ viewport: { width: 1280, height: 860 } });

/** Reloads and waits until the kept tables and lists are read. */
async function reload(page: Page) {
  await page.reload();
  await drawn(page);
  await page.waitForTimeout(500);
}

describe('own data when storage changes under the atlas', () => {
  it('a database deleted while the page is open: what is on screen is written again and said, later imports are kept', async () => {
    const ctx = await context();
    const page = await tab(ctx);
    await importTable(page, 'Voor wissen');
    await expect.poll(() => tableNames(page).then((t) => t.length)).toBe(1);
    const deleted = await page.evaluate(
      () =>
        new Promise<string>((resolve) => {
          const r = indexedDB.deleteDatabase('wijkatlas');
          r.onsuccess = () => resolve('verwijderd');
          // The atlas closes its connections when asked (versionchange), so the deletion is never blocked.
          r.onblocked = () => resolve('geblokkeerd');
          r.onerror = () => resolve('fout');
        }),
    );
    expect(deleted).toBe('verwijderd');
    await expect.poll(() => notices(page), { timeout: 15_000 }).toMatch(/gewist.*\(1 eigen tabel\) is opnieuw bewaard/);
    await importTable(page, 'Na wissen');
    await expect.poll(() => tableNames(page).then((t) => t.length)).toBe(2);
    await reload(page);
    await expect
      .poll(() => tableNames(page).then((t) => ['Voor wissen', 'Na wissen'].map((n) => t.some((x) => x.includes(n)))))
      .toEqual([true, true]);
    expect(pageErrors(page)).toEqual([]);
    await ctx.close();
  });

  it("site data cleared by the browser (Chromium's Clear site data) while a table and a list are on screen: both are kept again", async () => {
    const ctx = await context();
    const page = await tab(ctx);
    await importTable(page, 'Tabel A');
    await importList(page, 'Team A');
    await expect.poll(() => listNames(page).then((t) => t.length)).toBe(1);
    await expect.poll(() => tableNames(page).then((t) => t.length)).toBe(1);
    const cdp = await ctx.newCDPSession(page);
    await cdp.send('Storage.clearDataForOrigin', { origin: new URL(session.base).origin, storageTypes: 'indexeddb' });
    await expect
      .poll(() => notices(page), { timeout: 15_000 })
      .toMatch(/\(1 eigen tabel en 1 lijst\) is opnieuw bewaard/);
    await reload(page);
    await expect.poll(() => tableNames(page).then((t) => t.some((x) => x.includes('Tabel A')))).toBe(true);
    await expect.poll(() => listNames(page).then((t) => t.some((x) => x.includes('Team A')))).toBe(true);
    expect(pageErrors(page)).toEqual([]);
    await ctx.close();
  });

  it('a full store (600 kB quota) is said once, with why, and throws nothing uncaught', async () => {
    const ctx = await context();
    const page = await tab(ctx);
    const cdp = await ctx.newCDPSession(page);
    await cdp.send('Storage.overrideQuotaForOrigin', { origin: new URL(session.base).origin, quotaSize: 600_000 });
    // 6,000 services near Dordrecht: about 2 MB when kept.
    const rows = Array.from(
      { length: 6000 },
      (_, i) =>
        `Dienst ${i},wijkteam,${(51.78 + (i % 80) * 0.0005).toFixed(5)},${(4.62 + Math.floor(i / 80) * 0.0005).toFixed(5)},Straat ${i} met een lange naam`,
    );
    await importList(page, 'Groot een', ['naam,categorie,lat,lon,straat', ...rows].join('\n'));
    await expect
      .poll(() => notices(page), { timeout: 20_000 })
      .toMatch(/"Groot een" staat op de kaart, maar is niet bewaard.*opslagruimte.*vol/);
    await importList(page, 'Groot twee', ['naam,categorie,lat,lon,straat', ...rows].join('\n'));
    await expect.poll(() => notices(page), { timeout: 20_000 }).toMatch(/"Groot twee" staat op de kaart/);
    // Said once: the second failure replaces the first.
    expect((await notices(page)).match(/opslagruimte/g)).toHaveLength(1);
    await expect(listNames(page)).resolves.toHaveLength(2);
    expect(pageErrors(page)).toEqual([]);
    await ctx.close();
  });

  it('when IndexedDB refuses the write, the atlas says the import is not kept', async () => {
    const ctx = await context();
    const page = await tab(ctx);
    await page.evaluate(() => {
      indexedDB.open = () => {
        throw new DOMException('IndexedDB is uitgeschakeld', 'InvalidStateError');
      };
    });
    await importTable(page, 'Niet bewaard');
    await expect
      .poll(() => notices(page), { timeout: 15_000 })
      .toMatch(/"Niet bewaard" staat op de kaart, maar is niet bewaard/);
    await importList(page, 'lijst-c', list('Team C'));
    await expect
      .poll(() => notices(page), { timeout: 15_000 })
      .toMatch(/"lijst-c" staat op de kaart, maar is niet bewaard/);
    await ctx.close();
  });

  it('a tampered record is a notice: the bad table is left out, the bad point mended, its service panel opens', async () => {
    const ctx = await context();
    const page = await tab(ctx);
    await importList(page, 'Gewoon', list('Gewoon punt'));
    await expect.poll(() => listNames(page).then((t) => t.length)).toBe(1);
    // Another tool (or an old version) writes records the atlas did not write.
    await page.evaluate(
      () =>
        new Promise<void>((resolve, reject) => {
          const open = indexedDB.open('wijkatlas', 1);
          open.onsuccess = () => {
            const db = open.result;
            const tx = db.transaction('bewaard', 'readwrite');
            const store = tx.objectStore('bewaard');
            store.put({ name: 'Kapot', level: 'land', values: 'geen lijst' }, 'tabel:Kapot');
            store.put(
              {
                id: 'vreemd',
                name: 'Vreemde lijst',
                importedAt: '2026-01-01T00:00:00Z',
                points: [
                  {
                    id: 'v1',
                    naam: 'Gemanipuleerd punt',
                    categorie: 'bestaat-niet',
                    website: 'geen adres want spaties',
                    telefoon: 12345,
                    lat: 51.7912,
                    lon: 4.6518,
                  },
                  { id: 'v2', naam: 'Zonder ligging', lat: 'x', lon: null },
                ],
              },
              'lijst:vreemd',
            );
            tx.oncomplete = () => {
              db.close();
              resolve();
            };
            tx.onerror = () => reject(tx.error ?? new Error('IndexedDB'));
          };
          open.onerror = () => reject(open.error ?? new Error('IndexedDB'));
        }),
    );
    await page.goto(`${session.base}?niveau=wijk&kaart=4.6518,51.7912,16&voorzieningen=alle`);
    await page.waitForFunction(() => /_poi[1-9]/.test(window.__wijkatlas?.lastDrawn ?? ''), null, { timeout: 30_000 });
    const text = await notices(page);
    expect(text).toMatch(/Eén bewaarde eigen tabel is beschadigd/);
    expect(text).toMatch(/"Vreemde lijst" 1 punt zonder geldige ligging weggelaten en bij 1 punt ongeldige velden/);
    await expect(listNames(page).then((t) => t.length)).resolves.toBe(2);
    const box = (await page.locator('[data-map="kaart"]').boundingBox())!;
    await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
    const panel = page.locator('.service-panel');
    await panel.waitFor();
    await expect(panel.locator('h2').textContent()).resolves.toMatch(/Gemanipuleerd punt/);
    await expect(panel.locator('a[href*="spaties"]').count()).resolves.toBe(0);
    expect(pageErrors(page)).toEqual([]);
    await ctx.close();
  });
});
