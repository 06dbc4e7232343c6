// Printing as a council member, planner and wijkteam do it: each view printed to an A4 PDF in
// Chromium and its text read back with pdf.js. Everything the print view shows must reach paper,
// over as many pages as it needs, starting at the top of the first page.
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { pdfText, type PdfPage } from '../support/pdfText';
import { browserSession } from '../support/session';

const session = browserSession();
const VIEWPORT = { width: 1400, height: 900 };
const squash = (s: string) => s.replace(/\s+/g, '');

/** Prints the page as the print dialog does (print media, A4) and reads the PDF's text. */
async function print(page: Page, ready: string): Promise<{ pages: PdfPage[]; text: string; shown: string }> {
  await page.emulateMedia({ media: 'print' });
  await page.locator(ready).first().waitFor({ state: 'attached', timeout: 20_000 });
  // What the print view shows: innerText follows the print stylesheet (hidden parts are left out);
  // text for screen readers only (clipped to nothing) is not on paper either.
  const shown = await page.evaluate(() => {
    const hidden = [...document.querySelectorAll<HTMLElement>('.visually-hidden')];
    for (const el of hidden) el.style.display = 'none';
    const text = document.body.innerText;
    for (const el of hidden) el.style.display = '';
    return text;
  });
  const pages = await pdfText(await page.pdf({ format: 'A4' }));
  return { pages, text: squash(pages.map((p) => p.text).join('')), shown };
}

/** Lines the print view shows that the PDF does not hold. */
function missing(printed: { text: string; shown: string }): string[] {
  return printed.shown
    .split('\n')
    .map((line) => squash(line))
    .filter((line) => line.length > 0 && !printed.text.includes(line));
}

function expectWhole(printed: { pages: PdfPage[]; text: string; shown: string }, minimumPages: number) {
  expect(printed.pages.length).toBeGreaterThanOrEqual(minimumPages);
  // No blank top: the first line sits within the page margin (14 mm ≈ 40 pt) plus a line.
  expect(printed.pages[0].top).toBeLessThan(70);
  expect(missing(printed)).toEqual([]);
  expect(printed.text).toContain(squash('Dezelfde kaart openen'));
}

describe('printing to A4', () => {
  it("Dordrecht's profile prints whole: map extract, value, rank, parents, expected use, all indicators, sources, date and link", async () => {
    const page = await session.open(
      '?niveau=gemeente&jaar=2015&indicator=bijstand_1564&selectie=GM0505',
      undefined,
      VIEWPORT,
    );
    await page.locator('.profile-parents li', { hasText: 'Nederland' }).waitFor({ timeout: 30_000 });
    await page.locator('.profile-table').waitFor();
    const rank = squash(await page.locator('.profile-rank').innerText());
    const parents = (await page.locator('.profile-parents li').allInnerTexts()).map(squash);
    const indicators = await page.locator('.profile-table tbody tr').count();
    const printed = await print(page, '.print-map svg path');
    expectWhole(printed, 3);
    expect(printed.pages[0].text.split('\n')[0]).toBe('Dordrecht');
    await expect(page.locator('.print-map svg path').count()).resolves.toBeGreaterThan(5);
    for (const words of ['Bron: CBS, Kadaster/PDOK', 'Verwacht gebruik', 'Alle indicatoren', 'Afgedrukt of bekeken op'])
      expect(printed.text).toContain(squash(words));
    expect(printed.text).toContain(rank);
    for (const p of parents) expect(printed.text).toContain(p);
    expect(indicators).toBeGreaterThan(20);
    expect(printed.text).toContain('selectie=GM0505');
    // The screen's controls stay off paper.
    expect(printed.text).not.toContain('Vastpinnen');
    expect(printed.text).not.toContain(squash('Voorzieningen in dit gebied tonen'));
    await page.context().close();
  });

  it("the ranked list of Dordrecht's wijken and a region's gemeenten print with every name", async () => {
    for (const [query, ready] of [
      ['?niveau=wijk&jaar=2015&indicator=bijstand_1564&selectie=GM0505', '.ranked-list li'],
      ['?niveau=arbeidsmarktregio&jaar=2015&indicator=bijstand_1564&selectie=AM23', '.ranked-list li'],
    ]) {
      const page = await session.open(query, undefined, VIEWPORT);
      await page.locator(ready).first().waitFor({ timeout: 30_000 });
      const names = await page.locator('.ranked-list li .ranked-name').allInnerTexts();
      expect(names.length).toBeGreaterThan(5);
      const printed = await print(page, '.print-footer');
      expectWhole(printed, 1);
      for (const name of names) expect(printed.text).toContain(squash(name));
      await page.context().close();
    }
  });

  it('the comparison prints its three maps, legend, funnel and the whole table', async () => {
    const page = await session.open(
      '?niveau=wmoregio&jaar=2022&indicator=wmo_per_1000&weergave=vergelijken',
      undefined,
      VIEWPORT,
    );
    await page.locator('.compare-table tbody tr').first().waitFor({ timeout: 30_000 });
    const regions = await page.locator('.compare-table tbody th').allInnerTexts();
    const printed = await print(page, '.print-funnel svg');
    expectWhole(printed, 2);
    // Three static maps of all 43 Wmo-regio's, drawn in the maps' colours.
    const maps = page.locator('.print-compare-map');
    await expect(maps.count()).resolves.toBe(3);
    for (let i = 0; i < 3; i++)
      await expect(maps.nth(i).locator('svg path').count()).resolves.toBeGreaterThanOrEqual(43);
    for (const words of ['Waargenomen gebruik', 'Na risicocorrectie', 'Afwijking', 'Trechter', 'Wijkt echt af?'])
      expect(printed.text).toContain(squash(words));
    for (const region of regions) expect(printed.text).toContain(squash(region.split('\n')[0]));
    await page.context().close();
  });

  it("a wijkteam's service list prints with the nearest services and its own list, with addresses and phone numbers", async () => {
    const page = await session.open(
      '?niveau=wijk&selectie=WK050507&voorzieningen=alle&dichtbij=4.65183,51.79125',
      undefined,
      VIEWPORT,
    );
    const csv = [
      'naam;categorie;straat;huisnummer;postcode;plaats;telefoon;x;y',
      'Wijkteam Wielwijk;wijkteam;Douwe Aukesstraat;1;3317 AA;Dordrecht;078-1234567;104257;422762',
      'Jeugdpunt Crabbehof;jeugd;Aletta Jacobsweg;5;3318 AB;Dordrecht;078-7654321;105000;421900',
      '',
    ].join('\n');
    await page.setInputFiles('#own-list-file', {
      name: 'wijkteam.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(csv),
    });
    await page.locator('.import-report').waitFor();
    await page.locator('.near-list li').first().waitFor({ timeout: 30_000 });
    const nearest = await page.locator('.near-list li .link-button').allInnerTexts();
    expect(nearest.length).toBe(10);
    // The list as Dutch Excel opens it: a BOM, semicolons, decimal commas in the coordinates.
    const [file] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: /^Exporteer de getoonde lijst/ }).click(),
    ]);
    const exported = readFileSync(await file.path(), 'utf8');
    expect(exported.startsWith('\uFEFF')).toBe(true);
    const [header, ...lines] = exported.slice(1).trim().split(/\r?\n/);
    expect(header.split(';')).toEqual(expect.arrayContaining(['naam', 'telefoon', 'lat', 'lon']));
    const own = lines.find((l) => l.startsWith('Wijkteam Wielwijk;'));
    expect(own).toMatch(/;078-1234567;/);
    expect(own).toMatch(/;51,79\d*;4,6\d*;/);
    const printed = await print(page, '.print-service-list');
    expectWhole(printed, 1);
    for (const name of nearest) expect(printed.text).toContain(squash(name));
    for (const words of [
      'Eigen lijst: wijkteam (2)',
      'Wijkteam Wielwijk',
      'Douwe Aukesstraat 1, 3317 AA, Dordrecht',
      '078-1234567',
      '078-7654321',
    ])
      expect(printed.text).toContain(squash(words));
    await page.context().close();
  });

  it('logged no console error', () => {
    expect(session.consoleErrors).toEqual([]);
    expect(session.foreignRequests).toEqual([]);
  });
});
