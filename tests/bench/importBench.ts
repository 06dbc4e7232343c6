// Long imports in the built atlas: a buurt table of about 18 MB (12.000 buurten × 300 columns) through the
// import dialog and a 200.000-point service list (17 MB), each file made in the page as a picked file
// would be there. Measured: the time until the dialog can confirm (or the list is shown) and the
// longest task on the page's main thread meanwhile (PerformanceObserver 'longtask').
import type { Browser, JSHandle, Page } from 'playwright-core';
import { readTable } from '../../src/cli/generated';

const LONG_TASKS = `
  window.__longest = 0;
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) window.__longest = Math.max(window.__longest, e.duration);
  }).observe({ type: 'longtask' });
`;

/** The files, made in the page (not measured). */
const TABLE_FILE = ({ cols, codes }: { cols: number; codes: string[] }) => {
  const parts = [`Codering;${Array.from({ length: cols }, (_, j) => `Kolom ${j} (aantal)`).join(';')}`];
  codes.forEach((c, i) =>
    parts.push(
      `\n${c};${Array.from({ length: cols }, (_, j) => String(((i * 31 + j * 7) % 1000) / 10).replace('.', ',')).join(';')}`,
    ),
  );
  const dt = new DataTransfer();
  dt.items.add(new File(parts, 'groot.csv', { type: 'text/csv' }));
  return dt;
};
// No named functions inside these: tsx wraps them in a helper the page does not have.
const LIST_FILE = (n: number) => {
  const parts = ['naam;categorie;straat;huisnummer;postcode;plaats;telefoon;lat;lon'];
  for (let i = 0; i < n; i++)
    parts.push(
      `\nPunt ${i};wijkteam;Straat ${i};${i % 200};3311 AA;Dordrecht;078-${1000000 + i};${(51.7 + (i % 1000) / 10000).toFixed(5).replace('.', ',')};${(4.6 + (i % 997) / 10000).toFixed(5).replace('.', ',')}`,
    );
  const dt = new DataTransfer();
  dt.items.add(new File(parts, 'lijst.csv', { type: 'text/csv' }));
  return dt;
};

/** Hands the made file to the input; returns the page's time at that moment. */
async function pick(page: Page, input: string, transfer: JSHandle<DataTransfer>): Promise<number> {
  await page.waitForTimeout(300);
  return page.evaluate(
    ({ dt, input }) => {
      (window as unknown as { __longest: number }).__longest = 0;
      const el = document.querySelector(input) as HTMLInputElement;
      el.files = dt.files;
      el.dispatchEvent(new Event('change', { bubbles: true }));
      return performance.now();
    },
    { dt: transfer, input },
  );
}

const longest = (page: Page) => page.evaluate(() => (window as unknown as { __longest: number }).__longest);

export async function importTimings(browser: Browser, url: string): Promise<Record<string, number>> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 860 } });
  await context.addInitScript(LONG_TASKS);
  const page = await context.newPage();
  await page.goto(url);
  await page.waitForFunction(() => (window.__wijkatlas?.lastDrawn ?? '').includes('gemeente_2015'), null, {
    timeout: 60_000,
  });
  const codes = readTable('buurt', 2015).codes;
  const table = await page.evaluateHandle(TABLE_FILE, { cols: 300, codes });
  const tableBytes = await page.evaluate((dt) => dt.files[0].size, table);
  const tableStart = await pick(page, '#own-table-file', table);
  await page.locator('.join-report').waitFor({ timeout: 180_000 });
  await page.waitForFunction(() => !document.querySelector('.import-progress'), null, { timeout: 180_000 });
  const tableDone = await page.evaluate(() => performance.now());
  const tableLongest = await longest(page);
  await page.getByRole('button', { name: 'Annuleren' }).click();
  const list = await page.evaluateHandle(LIST_FILE, 200_000);
  const listBytes = await page.evaluate((dt) => dt.files[0].size, list);
  const listStart = await pick(page, '#own-list-file', list);
  await page.locator('.own-list-items li').first().waitFor({ timeout: 180_000 });
  const listDone = await page.evaluate(() => performance.now());
  const listLongest = await longest(page);
  await context.close();
  return {
    table_import_big_bytes: tableBytes,
    table_import_big_ms: tableDone - tableStart,
    table_import_big_longest_task_ms: tableLongest,
    list_import_200k_bytes: listBytes,
    list_import_200k_ms: listDone - listStart,
    list_import_200k_longest_task_ms: listLongest,
  };
}
