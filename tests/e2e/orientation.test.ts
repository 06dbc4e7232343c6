// Orientation on the default (offline) build: names on the map, forgiving search, services you can
// click, framing beside the profile, and not one request off the page's origin.
import { readFileSync } from 'node:fs';
import { feature } from 'topojson-client';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { browserSession } from '../support/session';
import { seriousViolations } from '../support/axe';

const session = browserSession();
const wijken = (() => {
  const topo = JSON.parse(readFileSync('public/generated/wijk_2015.topo.json', 'utf8'));
  return (feature(topo, topo.objects.wijk) as unknown as { features: { properties: { code: string; naam: string } }[] })
    .features;
})();

interface Placed {
  text: string;
  box: [number, number, number, number];
  kind: string;
}
const placedLabels = (page: Page) =>
  page.evaluate(() =>
    (({ placedLabels: window.__wijkatlas!.labels.kaart }) as unknown as { placedLabels: Placed[] }).placedLabels.map(
      (l) => ({
        text: l.text,
        box: l.box,
        kind: l.kind,
      }),
    ),
  );
const drawn = (page: Page, prefix: string) =>
  page.waitForFunction((p) => (window.__wijkatlas?.lastDrawn ?? '').startsWith(p), prefix, {
    timeout: 30_000,
  });

describe('orientation', () => {
  it('names the 13 wijken of Dordrecht on the wijk map, no two names overlapping', async () => {
    const page = await session.open('?niveau=wijk&kaart=4.7000,51.7880,13.00', undefined, {
      width: 1920,
      height: 1200,
    });
    await drawn(page, 'wijk');
    // The wijk names and the gemeente names come from two files, which may arrive in either order.
    await expect
      .poll(
        async () => {
          const now = await placedLabels(page);
          return now.length > 13 && now.some((l) => l.kind === 'gemeente');
        },
        { timeout: 15_000 },
      )
      .toBe(true);
    const placed = await placedLabels(page);
    // The names the map should show: the wijken of Dordrecht as the generated geometry has them.
    const dordrecht = wijken
      .filter((f) => f.properties.code.startsWith('WK0505'))
      .map((f) => f.properties.naam.replace(/^Wijk \d{2} /, ''));
    expect(dordrecht).toHaveLength(13);
    const texts = placed.map((l) => l.text);
    for (const name of dordrecht) expect(texts, name).toContain(name);
    // Measured again here, in the page's own canvas: the boxes hold the text, and none overlap.
    const widths = await page.evaluate((names) => {
      const ctx = document.createElement('canvas').getContext('2d')!;
      ctx.font = `600 12px system-ui, "Segoe UI", Roboto, "DejaVu Sans", Arial, sans-serif`;
      return names.map((n) => ctx.measureText(n).width);
    }, dordrecht);
    for (const [i, name] of dordrecht.entries()) {
      const box = placed.find((l) => l.text === name)!.box;
      expect(box[2] - box[0], name).toBeGreaterThanOrEqual(widths[i]);
    }
    for (let i = 0; i < placed.length; i++) {
      for (let j = i + 1; j < placed.length; j++) {
        const [a, b] = [placed[i].box, placed[j].box];
        expect(a[0] < b[2] && b[0] < a[2] && a[1] < b[3] && b[1] < a[3], `${placed[i].text} / ${placed[j].text}`).toBe(
          false,
        );
      }
    }
    // Gemeente names take part in the same placement.
    expect(placed.some((l) => l.kind === 'gemeente')).toBe(true);
    await page.context().close();
  });

  it('the search forgives: everyday names, missing accents, one typo, name plus gemeente; the kind is said once', async () => {
    const page = await session.open('?niveau=gemeente', undefined, { width: 1280, height: 800 });
    await drawn(page, 'gemeente');
    const search = page.locator('.search input');
    const first = async (q: string) => {
      await search.fill(q);
      const option = page.locator('.suggestions [role=option]').first();
      await option.waitFor();
      return [await option.locator('.s-name').textContent(), await option.locator('.s-context').textContent()];
    };
    expect((await first('Den Haag'))[0]).toBe("'s-Gravenhage");
    expect((await first('Den Bosch'))[0]).toBe("'s-Hertogenbosch");
    expect((await first('dordrect'))[0]).toBe('Dordrecht');
    expect(await first('wielwyk')).toEqual(['Wijk 07 Wielwijk', 'wijk, Dordrecht']);
    expect(await first('Wielwijk Dordrecht')).toEqual(['Wijk 07 Wielwijk', 'wijk, Dordrecht']);
    await search.fill('Drechtsteden');
    await page.locator('.suggestions [role=option]').first().waitFor();
    const kinds = await page.locator('.suggestions .s-context').allTextContents();
    expect(kinds).toContain('arbeidsmarktregio');
    expect(kinds).toContain('Wmo-regio');
    expect(kinds.every((k) => !/(\w+), \1/.test(k))).toBe(true);
    // Offline the search says where addresses can be found.
    await search.fill('3317 AM');
    await expect(page.locator('.search-empty').textContent()).resolves.toMatch(
      /Adressen, postcodes en straten zoeken kan alleen online/,
    );
    // Choosing a wijk frames it beside the profile: its whole extent is in the map, left of the panel.
    await search.fill('Wielwijk Dordrecht');
    await page.locator('.suggestions [role=option]').first().click();
    await page.locator('.info h2', { hasText: 'Wielwijk' }).waitFor();
    await page.waitForTimeout(1200);
    const bbox = JSON.parse(readFileSync('public/generated/search_2015.json', 'utf8'))
      .find((r: unknown[]) => r[0] === 'WK050507')
      .slice(3) as number[];
    const corners = await page.evaluate((b) => {
      const el = { atlasMap: window.__wijkatlas!.maps.kaart } as unknown as {
        atlasMap: { project(p: [number, number]): { x: number; y: number } };
      };
      return [el.atlasMap.project([b[0], b[3]]), el.atlasMap.project([b[2], b[1]])].map((p) => [p.x, p.y]);
    }, bbox);
    const mapBox = (await page.locator('[data-map="kaart"]').boundingBox())!;
    const infoBox = (await page.locator('.info').boundingBox())!;
    expect(corners[0][0]).toBeGreaterThanOrEqual(0);
    expect(corners[0][1]).toBeGreaterThanOrEqual(0);
    expect(corners[1][1]).toBeLessThanOrEqual(mapBox.height);
    // The east edge of the wijk lies left of the profile panel.
    expect(mapBox.x + corners[1][0]).toBeLessThanOrEqual(infoBox.x);
    await page.context().close();
  });

  it('clicking a service point opens the service with "Dichtbij vanaf hier"; a click beside it selects the wijk', async () => {
    // De Albatros (basisschool, Wielwijk) in the centre of the map.
    const page = await session.open('?niveau=wijk&kaart=4.6518,51.7912,15&voorzieningen=alle', undefined, {
      width: 1400,
      height: 900,
    });
    // The point legend lists categories once the points are loaded and drawn.
    await page.locator('.point-legend').waitFor({ timeout: 30_000 });
    await page.waitForFunction(() => /_poi[1-9]/.test(window.__wijkatlas?.lastDrawn ?? ''), null, {
      timeout: 30_000,
    });
    const box = (await page.locator('[data-map="kaart"]').boundingBox())!;
    await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
    const panel = page.locator('.service-panel');
    await panel.waitFor();
    await expect(panel.locator('h2').textContent()).resolves.toMatch(/De Albatros/);
    await expect(panel.textContent()).resolves.toMatch(
      /Basisschool.*Douwe Aukesstraat 1.*Bron: DUO, adressen van scholen 2016/,
    );
    expect(new URL(page.url()).searchParams.get('selectie')).toBeNull();
    await expect(page.locator('.info').count()).resolves.toBe(0);
    // The point legend sits on the map.
    await expect(page.locator('.main .point-legend').textContent()).resolves.toMatch(/Basisschool/);
    await panel.getByRole('button', { name: 'Dichtbij vanaf hier' }).click();
    // The list appears beside the button that asked for it (in the service panel), not in the side panel.
    await expect(panel.locator('.near-list li').first().textContent()).resolves.toMatch(/De Albatros/);
    await expect(page.locator('.side .near-list').count()).resolves.toBe(0);
    await expect(page.locator('.point-legend').textContent()).resolves.toMatch(/Dichtbij/);
    // 60 px beside the point: the wijk under it is selected and the service closes.
    await page.mouse.click(box.x + box.width / 2 + 60, box.y + box.height / 2 + 40);
    await expect.poll(() => new URL(page.url()).searchParams.get('selectie')).toBe('WK050507');
    await expect(page.locator('.service-panel').count()).resolves.toBe(0);
    await page.context().close();
  });

  it('the service panel, point legend and background-map setting have no serious axe violations; Escape closes the service', async () => {
    const context = await session.browser.newContext({ viewport: { width: 1400, height: 900 }, bypassCSP: true });
    const page = await session.open('?niveau=wijk&kaart=4.6518,51.7912,15&voorzieningen=alle', context);
    await page.locator('.point-legend').waitFor({ timeout: 30_000 });
    await page.waitForFunction(() => /_poi[1-9]/.test(window.__wijkatlas?.lastDrawn ?? ''), null, {
      timeout: 30_000,
    });
    const box = (await page.locator('[data-map="kaart"]').boundingBox())!;
    await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
    await page.locator('.service-panel').waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await page.keyboard.press('Escape');
    await expect(page.locator('.service-panel').count()).resolves.toBe(0);
    await context.close();
  });

  it('"alleen deze" shows one category', async () => {
    const page = await session.open('?niveau=wijk&kaart=4.6700,51.7950,12.5&voorzieningen=alle', undefined, {
      width: 1400,
      height: 900,
    });
    await page.locator('.poi-categories').waitFor({ timeout: 30_000 });
    await page.getByRole('button', { name: 'alleen deze: Ziekenhuis' }).click();
    await expect.poll(() => new URL(page.url()).searchParams.get('voorzieningen')).toBe('ziekenhuis');
    await expect(page.locator('.point-legend li').allTextContents()).resolves.toEqual([
      'Ziekenhuis',
      'Groep met meer categorieën',
    ]);
    await page.context().close();
  });

  it('the page itself never scrolls, the search hint lies above the map, and notices do not pile up', async () => {
    const page = await session.open('?niveau=wijk&jaar=2015&indicator=bijstand_1564&voorzieningen=alle');
    await page.waitForFunction(() => (window.__wijkatlas?.lastDrawn ?? '').startsWith('wijk'), null, {
      timeout: 30_000,
    });
    await page.locator('.poi-panel').waitFor();
    // With the service lists open the side panel scrolls in itself; the page, and its header, stay.
    await page.mouse.move(100, 600);
    await page.mouse.wheel(0, 3000);
    await page.waitForTimeout(300);
    const scroll = await page.evaluate(() => ({
      page: document.scrollingElement!.scrollHeight,
      window: window.innerHeight,
      y: window.scrollY,
      header: document.querySelector('.top')!.getBoundingClientRect().top,
    }));
    expect(scroll.page).toBeLessThanOrEqual(scroll.window);
    expect(scroll.y).toBe(0);
    expect(scroll.header).toBe(0);
    // The hint for a postcode lies over the map, not behind it.
    await page.locator('.search input').fill('3311');
    const hint = page.locator('.search-popup');
    await hint.waitFor();
    const box = (await hint.boundingBox())!;
    const mapBox = (await page.locator('[data-map="kaart"]').boundingBox())!;
    expect(box.y + box.height).toBeGreaterThan(mapBox.y);
    const onTop = await page.evaluate(
      ([x, y]) => Boolean(document.elementFromPoint(x, y)?.closest('.search-popup')),
      [box.x + box.width / 2, box.y + box.height - 4],
    );
    expect(onTop).toBe(true);
    await page.locator('.search input').fill('');
    // Wijken 2015 → 2022 → 2023 → 2015: each switch says what changed, stale notices go, and the
    // way back ends where it started.
    const year = page.getByLabel('Jaar', { exact: true });
    for (const y of ['2022', '2023', '2015']) {
      await year.selectOption(y);
      await expect.poll(() => new URL(page.url()).searchParams.get('jaar')).toBe(y);
      await expect(page.locator('.notice').count()).resolves.toBeLessThanOrEqual(2);
    }
    await expect.poll(() => new URL(page.url()).searchParams.get('niveau')).toBe('wijk');
    expect(new URL(page.url()).searchParams.get('indicator')).toBe('bijstand_1564');
    await page.context().close();
  });

  it('made no request off the origin and logged no console error; the CSP names only the PDOK hosts besides itself', async () => {
    const page = await session.open('', undefined, { width: 1280, height: 800 });
    const csp = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
    const hosts = new Set((csp ?? '').split(/[\s;]+/).filter((t) => /^https?:\/\//.test(t)));
    expect([...hosts].sort()).toEqual(['https://api.pdok.nl', 'https://service.pdok.nl']);
    await page.context().close();
    expect(session.consoleErrors).toEqual([]);
    expect(session.foreignRequests).toEqual([]);
  });
});
