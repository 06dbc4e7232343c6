// The atlas on a phone (390×844) and a tablet (768×1024) with touch: no sideways scrolling, a
// usable search box, the settings in a bottom sheet, a profile opened and closed by touch.
import type { Browser } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { PNG } from 'pngjs';
import { hexToRgba, paletteColors } from '../../src/atlas/palettes';
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

  it.each([
    [390, 844],
    [800, 1000],
  ])('at %i×%i the map above an open profile is drawn, the selection framed in it', async (width, height) => {
    const context = await touch(session.browser, width, height);
    const page = await session.open('?niveau=gemeente&jaar=2015&indicator=bijstand_1564&selectie=GM0505', context);
    await page.locator('.profile-rank').waitFor({ timeout: 30_000 });
    await page.waitForFunction(() => window.__wijkatlas?.drawn.kaart?.startsWith('gemeente_2015_bijstand_1564'));
    await page.waitForTimeout(800);
    const map = (await page.locator('[data-map="kaart"]').boundingBox())!;
    const sheet = (await page.locator('.info').boundingBox())!;
    // The sheet lies below the map, not over it.
    expect(map.y + map.height).toBeLessThanOrEqual(sheet.y + 1);
    expect(map.height).toBeGreaterThanOrEqual(140);
    // Pixels, not DOM: the visible map shows the choropleth's colours.
    const png = PNG.sync.read(await page.screenshot({ clip: map }));
    const palette = paletteColors('YlGnBu', 5).map(hexToRgba);
    const perClass = palette.map(() => 0);
    for (let i = 0; i < png.data.length; i += 4) {
      const k = palette.findIndex(
        (c) => Math.abs(png.data[i] - c[0]) + Math.abs(png.data[i + 1] - c[1]) + Math.abs(png.data[i + 2] - c[2]) <= 6,
      );
      if (k >= 0) perClass[k]++;
    }
    // Every class shows (a blank map has none), together on a good part of the map (the whole
    // country fits in it at a phone's width, so the sea takes the rest).
    const area = png.width * png.height;
    for (const n of perClass) expect(n).toBeGreaterThan(area / 200);
    expect(perClass.reduce((a, b) => a + b, 0)).toBeGreaterThan(area / 12);
    // The selected gemeente is named inside the visible map.
    const label = await page.evaluate(() => window.__wijkatlas!.labels.kaart.find((l) => l.text === 'Dordrecht')?.box);
    expect(label).toBeDefined();
    expect(label![0]).toBeGreaterThanOrEqual(0);
    expect(label![2]).toBeLessThanOrEqual(map.width);
    expect(label![1]).toBeGreaterThanOrEqual(0);
    expect(label![3]).toBeLessThanOrEqual(map.height);
    // An area tapped low on the full map is brought into the part above the sheet.
    await page.locator('.info').getByRole('button', { name: 'Selectie sluiten' }).tap();
    await expect(page.locator('.info').count()).resolves.toBe(0);
    const full = (await page.locator('[data-map="kaart"]').boundingBox())!;
    await page.waitForFunction(() => !window.__wijkatlas!.maps.kaart.isMoving());
    // Maastricht, in the part of the map the sheet will cover.
    const spot = await page.evaluate(() => window.__wijkatlas!.maps.kaart.project([5.69, 50.85]));
    expect(spot.y).toBeGreaterThan(sheet.y - map.y);
    await page.touchscreen.tap(full.x + spot.x, full.y + spot.y);
    await page.locator('.profile-rank').waitFor({ timeout: 30_000 });
    const code = new URL(page.url()).searchParams.get('selectie');
    expect(code).toBe('GM0935');
    await page.waitForFunction(() => !window.__wijkatlas!.maps.kaart.isMoving());
    await page.waitForTimeout(500);
    const shown = await page.evaluate(() => ({ h: window.__wijkatlas!.maps.kaart.getCanvas().clientHeight }));
    expect(shown.h).toBeLessThan(full.height);
    const selected = await page.evaluate(() => window.__wijkatlas!.labels.kaart.find((l) => l.always)?.box);
    expect(selected).toBeDefined();
    expect(selected![3]).toBeLessThanOrEqual(shown.h);
    expect(selected![1]).toBeGreaterThanOrEqual(0);
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
