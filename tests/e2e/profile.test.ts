// Profiles in Chromium: from the map and by keyboard, pinning two areas (printing: print.test.ts).
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { browserSession } from '../support/session';

const session = browserSession();
const { consoleErrors } = session;

async function open(query: string): Promise<Page> {
  const page = await session.open(query, undefined, { width: 1400, height: 900 });
  await page.waitForFunction(
    (p) => (window.__wijkatlas?.lastDrawn ?? '').startsWith(p),
    query.includes('niveau=wijk') ? 'wijk' : 'gemeente',
    { timeout: 30_000 },
  );
  return page;
}

describe('profiles', () => {
  it('opens from a click on the map with value, rank, chart and parents', async () => {
    // Dordrecht in the middle of the map.
    const page = await open('?niveau=gemeente&kaart=4.7400,51.7900,10.5');
    const box = (await page.locator('[data-map="kaart"]').boundingBox())!;
    await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
    await expect.poll(() => new URL(page.url()).searchParams.get('selectie')).toBe('GM0505');
    await page.locator('.profile-rank').waitFor();
    await expect(page.locator('#info-title').textContent()).resolves.toBe('Dordrecht');
    await expect(page.locator('.profile-rank').textContent()).resolves.toMatch(/^\d+e van 393 gemeenten in Nederland/);
    await expect(page.locator('.plot-chart[aria-label*="dit gebied"] svg').isVisible()).resolves.toBe(true);
    await page.locator('.profile-parents li', { hasText: 'arbeidsmarktregio Drechtsteden' }).waitFor();
    await expect(page.locator('.profile-parents li').last().textContent()).resolves.toMatch(/^Nederland: \d/);
    // Similar gemeenten are listed and outlined.
    await expect(page.locator('.similar-list li').count()).resolves.toBe(10);
    // The Drechtsteden facts are part of the profile, Alblasserdam's secret cells as "geheim".
    await expect(page.locator('tr[data-indicator="feit_jeugdhulp_pct"] td.num').textContent()).resolves.toBe('9,7');
    await page.context().close();
  });

  it('opens by keyboard from the search box, and its actions are reachable by Tab', async () => {
    const page = await open('?niveau=gemeente');
    await page.getByRole('combobox', { name: /Zoek/ }).focus();
    await page.keyboard.type('wielwijk');
    await page.getByRole('option').first().waitFor();
    await page.keyboard.press('Enter');
    await expect.poll(() => new URL(page.url()).searchParams.get('selectie')).toBe('WK050507');
    await page.locator('.profile-rank').waitFor();
    await expect(page.locator('.profile-rank').textContent()).resolves.toMatch(/van \d+ wijken in Dordrecht/);
    await page.getByRole('button', { name: 'Vastpinnen om te vergelijken' }).focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => new URL(page.url()).searchParams.get('vergelijk')).toBe('WK050507');
    await page.context().close();
  });

  it('pins two areas of different levels, compares them side by side and keeps them in the URL', async () => {
    const page = await open('?niveau=gemeente&selectie=GM0505');
    await page.getByRole('button', { name: 'Vastpinnen om te vergelijken' }).click();
    await page.getByRole('combobox', { name: /Zoek/ }).fill('Drechtsteden');
    await page.getByRole('option', { name: /Drechtsteden.*arbeidsmarktregio/ }).click();
    await expect.poll(() => new URL(page.url()).searchParams.get('selectie')).toBe('AM23');
    await page.getByRole('button', { name: 'Vastpinnen om te vergelijken' }).click();
    await expect.poll(() => new URL(page.url()).searchParams.get('vergelijk')).toBe('GM0505,AM23');
    const headers = page.locator('.pinned-table thead th');
    await expect.poll(() => headers.count()).toBe(3);
    await expect(headers.nth(1).textContent()).resolves.toContain('Dordrecht');
    await expect(headers.nth(2).textContent()).resolves.toContain('Drechtsteden');
    await expect(page.locator('.pinned .plot-chart svg').isVisible()).resolves.toBe(true);
    // A fresh load of the link shows the same comparison; one pin can be removed.
    await page.reload();
    await expect.poll(() => page.locator('.pinned-table thead th').count(), { timeout: 20_000 }).toBe(3);
    await page.getByRole('button', { name: 'Dordrecht losmaken' }).click();
    await expect.poll(() => new URL(page.url()).searchParams.get('vergelijk')).toBe('AM23');
    await page.context().close();
  });

  it('logged no console error', () => {
    expect(consoleErrors).toEqual([]);
  });
});
