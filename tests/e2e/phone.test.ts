// The atlas on a phone (390×844) and a tablet (768×1024) with touch: no sideways scrolling, a
// usable search box, the settings in a bottom sheet, a profile opened and closed by touch.
import type { Browser } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { browserSession } from '../support/session';
import { seriousViolations } from '../support/axe';

const session = browserSession();
const touch = (browser: Browser, width: number, height: number) =>
  browser.newContext({ viewport: { width, height }, hasTouch: true, isMobile: true, bypassCSP: true });

describe('phone and tablet', () => {
  it.each([
    [390, 844],
    [768, 1024],
  ])('at %i×%i: no sideways scroll, a wide search box, a profile opened and closed by touch', async (width, height) => {
    const context = await touch(session.browser, width, height);
    const page = await session.open('?niveau=wijk&kaart=4.6700,51.7950,12', context);
    await page.waitForFunction(() => Boolean(window.__wijkatlas?.lastDrawn), null, { timeout: 30_000 });
    const widths = await page.evaluate(() => [document.documentElement.scrollWidth, window.innerWidth]);
    expect(widths[0]).toBe(widths[1]);
    expect((await page.locator('.search input').boundingBox())!.width).toBeGreaterThanOrEqual(200);
    // The map fills the screen below the header.
    const map = (await page.locator('[data-map="kaart"]').boundingBox())!;
    expect(map.width).toBe(width);
    expect(map.y + map.height).toBeGreaterThanOrEqual(height - 1);
    await page.touchscreen.tap(map.x + map.width / 2, map.y + map.height / 3);
    const info = page.locator('.info');
    await info.waitFor();
    await page.locator('.profile-rank').waitFor({ timeout: 30_000 });
    const box = (await info.boundingBox())!;
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(width);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBe(width);
    await info.getByRole('button', { name: 'Selectie sluiten' }).tap();
    await expect(page.locator('.info').count()).resolves.toBe(0);
    // The settings sheet opens from the header, and a level chosen there by touch applies.
    await page.getByRole('button', { name: 'Instellingen' }).tap();
    await page.getByRole('radio', { name: 'Gemeenten' }).tap();
    await expect.poll(() => new URL(page.url()).searchParams.get('niveau')).toBe('gemeente');
    await page.getByRole('button', { name: 'Kaart tonen' }).tap();
    await expect(page.locator('#instellingen').getAttribute('data-open')).resolves.toBe('false');
    await context.close();
  });

  it('has no serious axe violations at phone size, with the profile open', async () => {
    const context = await touch(session.browser, 390, 844);
    const page = await session.open('?niveau=wijk&selectie=WK050507', context);
    await page.locator('.profile-rank').waitFor({ timeout: 30_000 });
    expect(await seriousViolations(page)).toEqual([]);
    await context.close();
  });

  it('logged no console error', () => {
    expect(session.consoleErrors).toEqual([]);
    expect(session.foreignRequests).toEqual([]);
  });
});
