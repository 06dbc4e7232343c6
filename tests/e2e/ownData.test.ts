// Own data in Chromium: a StatLine-style file imported through the join report, on the map and in
// the profile, kept across a reload, shared by link, exported as CSV and PNG; bad files refused; a
// long file read in a worker.
import Papa from 'papaparse';
import { PNG } from 'pngjs';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { readTable } from '../../src/cli/generated';
import { hexToRgba, paletteColors } from '../../src/atlas/palettes';
import { browserSession } from '../support/session';
import { seriousViolations } from '../support/axe';
import { download } from '../support/download';

const session = browserSession();
const gemeenten = readTable('gemeente', 2015);
const NAME = 'Jongeren met jeugdhulp 2015';

/** Users per gemeente: a made-up share of the 0–14 population, rounded to 5 as CBS does; every 40th cell secret. */
const users = gemeenten.codes.map((_, i) => {
  if (i % 40 === 5) return null;
  const young = (gemeenten.columns.AANT_INW[i]! * gemeenten.columns.P_00_14_JR[i]!) / 100;
  return Math.round((young * (0.08 + 0.04 * Math.sin(i))) / 5) * 5;
});
const secretCount = users.filter((u) => u === null).length;

/** A StatLine "CSV met puntkomma" export: quoted, padded RegioS codes, "." for secret. */
const statline = [
  '"ID";"Perioden";"RegioS";"JongerenMetJeugdhulp_1"',
  '"0";"2015JJ00";"NL01    ";"  365000"',
  ...gemeenten.codes.map(
    (c, i) => `"${i + 1}";"2015JJ00";"${c.padEnd(8)}";"${(users[i] === null ? '.' : String(users[i])).padStart(8)}"`,
  ),
  '"900";"2015JJ00";"GM1980  ";"     100"',
  '"901";"2015JJ00";"GM9999  ";"     100"',
].join('\r\n');

const drawnWith = (page: Page, part: string) =>
  page.waitForFunction((p) => (window.__wijkatlas?.lastDrawn ?? '').includes(p), part, { timeout: 30_000 });

async function importFile(page: Page, name: string, text: string | Buffer) {
  await page.setInputFiles('#own-table-file', {
    name,
    mimeType: 'text/csv',
    buffer: Buffer.isBuffer(text) ? text : Buffer.from(text),
  });
  await page.locator('.import-dialog').waitFor();
}

describe('own tables', () => {
  it('imports a StatLine file after the join report, maps it, keeps it after a reload, and a shared link without it gives a notice', async () => {
    const context = await session.browser.newContext({
      viewport: { width: 1280, height: 860 },
      acceptDownloads: true,
      bypassCSP: true,
    });
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    const page = await session.open('', context);
    await drawnWith(page, 'bijstand_1564');
    const before = page.url();

    // Cancel first: nothing changes.
    await importFile(page, 'jeugdhulp.csv', statline);
    const report = page.locator('.join-report');
    await report.waitFor();
    await expect(report.textContent()).resolves.toMatch(/393 van de 393 gemeenten van 2015 gevonden in 396 rijen/);
    await expect(page.locator('.report-list', { hasText: 'Niet gevonden: 1' }).textContent()).resolves.toContain(
      'rij 397: GM9999',
    );
    await expect(page.locator('.report-list', { hasText: 'andere indeling' }).textContent()).resolves.toContain(
      'GM1980 bestaat in 2022 en 2023',
    );
    await expect(report.textContent()).resolves.toContain(`${secretCount} geheim of onbekend`);
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Annuleren' }).click();
    await expect(page.locator('.import-dialog').count()).resolves.toBe(0);
    expect(page.url()).toBe(before);
    await expect(page.locator('.own-table-items li').count()).resolves.toBe(0);

    // Confirm: the choropleth of users as a share (%) of inwoners 0–14.
    await importFile(page, 'jeugdhulp.csv', statline);
    await expect(page.locator('.import-dialog').getByLabel('Naam', { exact: true }).inputValue()).resolves.toBe(NAME);
    await expect(page.locator('.import-dialog').getByLabel('Delen door', { exact: true }).inputValue()).resolves.toBe(
      'inwoners_0_14',
    );
    await page.getByRole('button', { name: 'Toevoegen aan de kaart' }).click();
    await drawnWith(page, `eigen:${NAME}`);
    await expect(page.locator('#legend-title').textContent()).resolves.toBe(NAME);
    await expect(page.locator('tr[data-class="geheim"] .legend-missing').textContent()).resolves.toBe(
      String(secretCount),
    );
    await expect(page.locator('.legend-total').textContent()).resolves.toBe('393');
    const box = (await page.locator('[data-map="kaart"]').boundingBox())!;
    const png = PNG.sync.read(await page.screenshot({ clip: box }));
    const present = paletteColors('YlGnBu', 5)
      .map(hexToRgba)
      .filter((c) => {
        for (let i = 0; i < png.data.length; i += 4)
          if (Math.abs(png.data[i] - c[0]) + Math.abs(png.data[i + 1] - c[1]) + Math.abs(png.data[i + 2] - c[2]) <= 6)
            return true;
        return false;
      });
    expect(present).toHaveLength(5);

    // The CSV export holds the imported values as rates, in the Dutch dialect by default.
    const csv = (await download(page, 'Tabel als CSV')).toString('utf8').replace(/^\uFEFF/, '');
    const notes = (await download(page, 'Toelichting bij de tabel: bron, klassen en kolommen (tekstbestand)')).toString(
      'utf8',
    );
    expect(notes).toContain(`toelichting bij de tabel: ${NAME}`);
    const rows = Papa.parse<Record<string, string>>(csv, { header: true, delimiter: ';', skipEmptyLines: true }).data;
    expect(rows).toHaveLength(393);
    const dordrecht = gemeenten.codes.indexOf('GM0505');
    const young = (gemeenten.columns.AANT_INW[dordrecht]! * gemeenten.columns.P_00_14_JR[dordrecht]!) / 100;
    const row = rows.find((r) => r.code === 'GM0505')!;
    expect(Number(row.waarde.replace(',', '.'))).toBeCloseTo(
      Math.round((users[dordrecht]! / young) * 100 * 10) / 10,
      6,
    );
    expect(rows.filter((r) => r.status === 'geheim')).toHaveLength(secretCount);

    // Kept in this browser: after a reload the map and the list are back; the profile shows the value.
    await page.goto(`${page.url()}&selectie=GM0505`);
    await drawnWith(page, `eigen:${NAME}`);
    await expect(page.locator('.own-table-items li').first().textContent()).resolves.toContain(NAME);
    await expect(page.locator('.profile-value').textContent()).resolves.toContain(
      ((users[dordrecht]! / young) * 100).toLocaleString('nl-NL', {
        minimumFractionDigits: 1,
        maximumFractionDigits: 1,
      }),
    );

    // Regions add up the counts; the risk-corrected comparison works on them.
    await page.getByRole('button', { name: "Regio's vergelijken" }).click();
    await page.waitForFunction(() => window.__wijkatlas?.drawn.gecorrigeerd?.includes('eigen'), null, {
      timeout: 30_000,
    });
    const shared = page.url();
    expect(new URL(shared).searchParams.get('indicator')).toBe(`eigen:${NAME}`);
    await page.getByRole('button', { name: 'Deel: link naar deze kaart kopiëren' }).click();
    await page.locator('.share-status', { hasText: 'Link gekopieerd' }).waitFor();
    await expect(page.locator('.share-status').textContent()).resolves.toMatch(
      /Link gekopieerd\. De cijfers van "Jongeren met jeugdhulp 2015" gaan niet mee/,
    );
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(shared);

    // A fresh browser profile has no own tables: a clear notice and a working default map.
    const errorsBefore = session.consoleErrors.length;
    const stranger = await session.open(new URL(shared).search);
    await stranger.locator('.notice', { hasText: 'staat niet in deze browser' }).waitFor({ timeout: 30_000 });
    await expect(stranger.locator('.notice').first().textContent()).resolves.toContain(NAME);
    await stranger.waitForFunction(() => window.__wijkatlas?.drawn.gecorrigeerd?.includes('bijstand_1564'), null, {
      timeout: 30_000,
    });
    expect(session.consoleErrors.slice(errorsBefore)).toEqual([]);
    await stranger.context().close();

    // Removing it restores a built-in indicator and empties the list.
    await page.getByRole('button', { name: 'Kaart', exact: true }).click();
    await page.getByRole('button', { name: `Eigen tabel ${NAME} verwijderen` }).click();
    await expect(page.locator('.own-table-items li').count()).resolves.toBe(0);
    expect(new URL(page.url()).searchParams.get('indicator')).not.toContain('eigen');
    await context.close();
  });

  it('takes a dropped file with gemeente names and decimal commas, lists unmatched names, and exports a PNG with legend', async () => {
    const context = await session.browser.newContext({ viewport: { width: 1280, height: 860 }, acceptDownloads: true });
    const page = await session.open('', context);
    await drawnWith(page, 'bijstand_1564');
    const text = [
      'Gemeente;Percentage cliënten',
      ...gemeenten.names.map((n, i) => `${n.toUpperCase()};${(i % 17) + 0.5}`.replace(/\.5$/, ',5')),
      'Atlantis;3,5',
    ].join('\n');
    await page.evaluate((csv) => {
      const data = new DataTransfer();
      data.items.add(new File([csv], 'clienten.csv', { type: 'text/csv' }));
      document
        .querySelector('.main')!
        .dispatchEvent(new DragEvent('drop', { dataTransfer: data, bubbles: true, cancelable: true }));
    }, text);
    await page.locator('.join-report').waitFor({ timeout: 20_000 });
    await expect(page.locator('.import-dialog').textContent()).resolves.toContain('namen van gemeenten');
    await expect(
      page.locator('.import-dialog').getByLabel('Decimaalteken', { exact: true }).inputValue(),
    ).resolves.toBe('komma');
    await expect(page.locator('.report-list', { hasText: 'Niet gevonden: 1' }).textContent()).resolves.toContain(
      'Atlantis',
    );
    await expect(page.locator('.import-dialog').getByLabel('Soort', { exact: true }).inputValue()).resolves.toBe(
      'rate',
    );
    await page.locator('.import-dialog').getByLabel('Naam', { exact: true }).fill('Cliënten (%)');
    await page.locator('.import-dialog').getByLabel('Eenheid', { exact: true }).fill('%');
    await page.getByRole('button', { name: 'Toevoegen aan de kaart' }).click();
    await drawnWith(page, 'eigen:Cliënten (%)');

    const png = PNG.sync.read(await download(page, 'Kaart als PNG'));
    const mapBox = (await page.locator('[data-map="kaart"]').boundingBox())!;
    expect(png.width).toBeGreaterThan(mapBox.width * 2);
    expect(png.height).toBeGreaterThan(mapBox.height * 2);
    // Every class colour is in the image (map and legend); the legend strip below the map has them too.
    const colors = paletteColors('YlGnBu', 5).map(hexToRgba);
    const legendTop = Math.round(png.height * 0.8);
    for (const c of colors) {
      let inLegend = false;
      for (let y = legendTop; y < png.height && !inLegend; y++) {
        for (let x = 0; x < png.width; x++) {
          const i = (y * png.width + x) * 4;
          if (Math.abs(png.data[i] - c[0]) + Math.abs(png.data[i + 1] - c[1]) + Math.abs(png.data[i + 2] - c[2]) <= 3) {
            inLegend = true;
            break;
          }
        }
      }
      expect(inLegend).toBe(true);
    }
    await context.close();
  });

  it('two tabs importing the same name at the same moment: nothing is lost, the second is kept as "(2)" with a notice in both', async () => {
    const context = await session.browser.newContext({ viewport: { width: 1280, height: 860 } });
    const tabs = [await session.open('', context), await session.open('', context)];
    const file = (value: string) =>
      ['code;cijfer', ...gemeenten.codes.map((c, i) => `${c};${c === 'GM0505' ? value : `${100 + i},5`}`)].join('\n');
    const values = ['111,5', '999000,5'];
    for (const [i, tab] of tabs.entries()) {
      await drawnWith(tab, 'bijstand_1564');
      await importFile(tab, `botsing-${i}.csv`, file(values[i]));
      await tab.locator('.import-dialog').getByLabel('Naam', { exact: true }).fill('Botsing');
    }
    // Confirmed in both tabs at once.
    await Promise.all(tabs.map((tab) => tab.getByRole('button', { name: 'Toevoegen aan de kaart' }).click()));
    for (const tab of tabs) {
      await expect
        .poll(() => tab.locator('.own-table-items li').allTextContents(), { timeout: 15_000 })
        .toEqual(expect.arrayContaining([expect.stringContaining('Botsing'), expect.stringContaining('Botsing (2)')]));
      await tab.locator('.notice', { hasText: 'bewaard als "Botsing (2)"' }).waitFor({ timeout: 10_000 });
    }
    // After a reload both tables are there, each with its own figure for Dordrecht.
    const shown = new Map<string, string>();
    for (const name of ['Botsing', 'Botsing (2)']) {
      await tabs[0].goto(`${session.base}?indicator=${encodeURIComponent(`eigen:${name}`)}&selectie=GM0505`);
      await tabs[0].locator('.profile-value', { hasText: ',5' }).waitFor({ timeout: 30_000 });
      shown.set(name, (await tabs[0].locator('.profile-value').textContent())!);
    }
    expect([...shown.values()].map((t) => /[\d.]+,5/.exec(t)?.[0]).sort()).toEqual(['111,5', '999.000,5']);
    await context.close();
  });

  it('refuses a file that is too large or not a table, naming the row and column, and changes nothing', async () => {
    const page = await session.open('?indicator=ww_1564');
    await drawnWith(page, 'ww_1564');
    await importFile(page, 'groot.csv', Buffer.alloc(21 * 1024 * 1024, 'a'));
    await expect(page.locator('.import-dialog [role="alert"]').textContent()).resolves.toMatch(/het maximum is 20 MB/);
    await page.getByRole('button', { name: 'Sluiten' }).click();
    await importFile(page, 'lijst.csv', 'alleen tekst\nzonder kolommen\n');
    await expect(page.locator('.import-dialog [role="alert"]').textContent()).resolves.toMatch(
      /rij 1, hele regel: geen scheidingsteken/,
    );
    await page.keyboard.press('Escape');
    await expect(page.locator('.import-dialog').count()).resolves.toBe(0);
    await importFile(page, 'codes.csv', 'code;aantal\nGM0505;12\nGM0590;veel\n');
    await expect(page.locator('.report-list', { hasText: 'Niet gelezen' }).textContent()).resolves.toContain(
      'rij 3, kolom "aantal": "veel" is geen getal',
    );
    await page.getByRole('button', { name: 'Annuleren' }).click();
    expect(new URL(page.url()).searchParams.get('indicator')).toBe('ww_1564');
    await expect(page.locator('.own-table-items li').count()).resolves.toBe(0);
    await page.context().close();
  });

  it('a long buurt table is read in a worker: a progress bar, frames drawn while it works, every buurt joined', async () => {
    const buurten = readTable('buurt', 2015);
    const cols = 60;
    const lines = [['Codering', ...Array.from({ length: cols }, (_, j) => `Kolom ${j} (aantal)`)].join(';')];
    buurten.codes.forEach((c, i) =>
      lines.push([c, ...Array.from({ length: cols }, (_, j) => String((i * 31 + j * 7) % 1000).padStart(3))].join(';')),
    );
    const page = await session.open('', undefined, { width: 1280, height: 860 });
    await page.waitForFunction(() => (window.__wijkatlas?.lastDrawn ?? '').includes('gemeente_2015'), undefined, {
      timeout: 30_000,
    });
    const worker = page.waitForRequest((r) => /tableWorker[^/]*\.js$/.test(r.url()));
    await page.setInputFiles('#own-table-file', {
      name: 'buurten-lang.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(lines.join('\n')),
    });
    await worker;
    const bar = page.locator('.import-progress');
    await bar.waitFor();
    // While the worker detects and joins, the page still draws frames and the bar is still there.
    await page.locator('.import-progress', { hasText: /Kolommen herkennen|Koppelen/ }).waitFor({ timeout: 30_000 });
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(resolve)));
    await expect(bar.count()).resolves.toBe(1);
    const report = page.locator('.join-report');
    await report.waitFor({ timeout: 60_000 });
    await expect(report.getAttribute('data-matched')).resolves.toBe(String(buurten.codes.length));
    await expect(page.getByRole('button', { name: 'Toevoegen aan de kaart' }).isEnabled()).resolves.toBe(true);
    await expect(bar.count()).resolves.toBe(0);
    await page.context().close();
  });
});
