// The built atlas in real Chromium, used as a person would: look, hover, switch, search, reload.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PNG } from 'pngjs';
import { readAreas } from '../../src/cli/generated';
import type { BrowserContext, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { buildChoropleth } from '../../src/atlas/choropleth';
import { tableAreas } from '../../src/atlas/areas';
import type { AreaTable } from '../../src/atlas/indicators';
import { paletteColors, hexToRgba } from '../../src/atlas/palettes';
import { findIndicator } from '../../src/cli/generated';
import { DEFAULT_OUT_DIR } from '../../data/pipeline/pipeline';
import { DEFAULT_CLASSIFICATION } from '../../src/atlas/classificationText';
import { browserSession } from '../support/session';
import { seriousViolations } from '../support/axe';

const session = browserSession();
const { consoleErrors, foreignRequests } = session;
const open = (query = '', context?: BrowserContext) => session.open(query, context);

const drawn = (page: Page, prefix: string) =>
  page.waitForFunction((p) => (window.__wijkatlas?.lastDrawn ?? '').startsWith(p), prefix, {
    timeout: 30_000,
  });

function expectedCounts(level: string, indicator: string): { classes: number[]; secret: number; nodata: number } {
  const table = JSON.parse(readFileSync(join(DEFAULT_OUT_DIR, `${level}_2015.table.json`), 'utf8')) as AreaTable;
  const { result } = buildChoropleth(tableAreas(table), findIndicator(indicator)!, DEFAULT_CLASSIFICATION);
  return { classes: result.classes.map((c) => c.count), ...result.missing };
}

async function legendCounts(page: Page) {
  const classes = (await page.locator('.legend-table tbody tr[data-class] .legend-count').allTextContents()).map(
    Number,
  );
  const [nodata, secret] = (await page.locator('.legend-missing').allTextContents()).map(Number);
  return { classes, secret, nodata };
}

describe('the atlas in Chromium', () => {
  it('draws the gemeente choropleth in the palette colours with a legend of five classes adding up to 393', async () => {
    const page = await open();
    await drawn(page, 'gemeente_2015_bijstand_1564');
    await page.waitForTimeout(300);
    const counts = await legendCounts(page);
    expect(counts.classes).toHaveLength(5);
    expect(counts.classes.reduce((a, b) => a + b, 0) + counts.secret + counts.nodata).toBe(393);
    expect(counts).toEqual(expectedCounts('gemeente', 'bijstand_1564'));
    await expect(page.locator('.attribution').textContent()).resolves.toContain('Bron: CBS, Kadaster/PDOK');
    // The Content-Security-Policy allows no inline script and no other origin than the two PDOK
    // services the user can switch on, for images (tiles) and fetches only.
    const csp = (await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content')) ?? '';
    expect(csp).toMatch(/script-src 'self'(;|$)/);
    expect(csp).toMatch(/default-src 'self'/);
    expect(csp).not.toMatch(/unsafe-inline|unsafe-eval|\*/);
    const online = csp
      .split(';')
      .filter((d) => /https?:/.test(d))
      .map((d) => d.trim().split(' ')[0]);
    expect(online.sort()).toEqual(['connect-src', 'img-src']);
    expect([...new Set(csp.match(/https?:\/\/[^\s;]+/g))].sort()).toEqual([
      'https://api.pdok.nl',
      'https://service.pdok.nl',
    ]);

    // Sample the map's pixels: each of the five class colours must cover a real area.
    const box = (await page.locator('.map').boundingBox())!;
    const png = PNG.sync.read(await page.screenshot({ clip: box }));
    const palette = paletteColors('YlGnBu', 5).map(hexToRgba);
    const hits = palette.map(() => 0);
    for (let i = 0; i < png.data.length; i += 4) {
      palette.forEach((c, k) => {
        if (Math.abs(png.data[i] - c[0]) + Math.abs(png.data[i + 1] - c[1]) + Math.abs(png.data[i + 2] - c[2]) <= 6)
          hits[k]++;
      });
    }
    for (const h of hits) expect(h).toBeGreaterThan(2000);
    await page.context().close();
  });

  it('switching to wijk changes the legend to the wijk totals; hover shows an nl-NL value', async () => {
    const page = await open();
    await drawn(page, 'gemeente_2015');
    await page.getByRole('radio', { name: 'Wijken' }).check();
    await drawn(page, 'wijk_2015_bijstand_1564');
    const counts = await legendCounts(page);
    expect(counts).toEqual(expectedCounts('wijk', 'bijstand_1564'));
    expect(counts.classes.reduce((a, b) => a + b, 0) + counts.secret + counts.nodata).toBe(2796);
    expect(new URL(page.url()).searchParams.get('niveau')).toBe('wijk');

    const box = (await page.locator('.map').boundingBox())!;
    await page.mouse.move(box.x + box.width * 0.55, box.y + box.height * 0.5);
    await page.mouse.move(box.x + box.width * 0.56, box.y + box.height * 0.5);
    const tooltip = page.locator('.tooltip');
    await tooltip.waitFor({ timeout: 10_000 });
    // A Dutch number: decimal comma, per 1.000 inwoners 15–64 (or "geheim").
    await expect(tooltip.textContent()).resolves.toMatch(
      /Bijstandsuitkeringen \(WWB\): (\d{1,3}(\.\d{3})*,\d per 1\.000 inwoners 15–64|geheim)/,
    );
    await page.context().close();
  });

  it('search selects Dordrecht by keyboard, and a reload restores the view from the URL', async () => {
    const page = await open();
    await drawn(page, 'gemeente_2015');
    await page.getByRole('combobox', { name: /Zoek/ }).fill('dordrecht');
    await page.getByRole('option').first().waitFor();
    await expect(page.getByRole('option').first().textContent()).resolves.toContain('Dordrecht');
    await page.keyboard.press('Enter');
    await expect.poll(() => new URL(page.url()).searchParams.get('selectie')).toBe('GM0505');
    await expect(page.locator('#info-title').textContent()).resolves.toBe('Dordrecht');
    await expect.poll(() => new URL(page.url()).searchParams.get('kaart'), { timeout: 10_000 }).not.toBeNull();
    const indicator = page.getByLabel('Indicator', { exact: true });
    await indicator.selectOption('pct_65plus');
    await expect.poll(() => new URL(page.url()).searchParams.get('indicator')).toBe('pct_65plus');
    const before = new URL(page.url());

    await page.reload();
    await drawn(page, 'gemeente_2015_pct_65plus');
    await expect(page.locator('#info-title').textContent()).resolves.toBe('Dordrecht');
    await expect(page.getByLabel('Indicator', { exact: true }).inputValue()).resolves.toBe('pct_65plus');
    const after = new URL(page.url());
    for (const key of ['niveau', 'jaar', 'indicator', 'klassen', 'selectie', 'kaart'])
      expect(after.searchParams.get(key), key).toBe(before.searchParams.get(key));
    await page.context().close();
  });

  it('a wijk link selects Wielwijk in Dordrecht and lists every indicator', async () => {
    const page = await open('?niveau=wijk&jaar=2015&indicator=bijstand_1564&klassen=kwantiel-5&selectie=WK050507');
    await drawn(page, 'wijk_2015_bijstand_1564');
    await expect(page.locator('#info-title').textContent()).resolves.toContain('Wielwijk');
    await page.locator('.profile-table tbody tr').first().waitFor();
    await expect(page.locator('.profile-table tbody tr').count()).resolves.toBeGreaterThanOrEqual(11);
    await expect(page.locator('.profile .info-sub').textContent()).resolves.toContain('gemeente Dordrecht');
    await page.context().close();
  });

  it('a tampered link falls back to defaults with a visible notice', async () => {
    const page = await open('?niveau=provincie&indicator=%3Cscript%3Ealert(1)%3C%2Fscript%3E&klassen=kwantiel-99');
    await drawn(page, 'gemeente_2015_bijstand_1564');
    const notices = await page.locator('.notice').allTextContents();
    expect(notices.join(' ')).toMatch(/provincie/);
    expect(notices.join(' ')).toMatch(/<script>/);
    await expect(page.locator('script:not([src])').count()).resolves.toBe(0);
    await page.context().close();
  });

  it('when an asset fails to load the error shows where the map was and the controls stay', async () => {
    const context = await session.browser.newContext({ viewport: { width: 1280, height: 800 } });
    await context.route('**/generated/buurt_2015.topo.json', (route) => route.fulfill({ status: 500, body: 'kapot' }));
    const page = await open('', context);
    await drawn(page, 'gemeente_2015');
    await page.getByRole('radio', { name: 'Buurten' }).check();
    const error = page.locator('.map-error');
    await error.waitFor();
    await expect(error.textContent()).resolves.toMatch(/buurt_2015\.topo\.json.*500/);
    await expect(page.getByLabel('Indicator', { exact: true }).isEnabled()).resolves.toBe(true);
    await page.getByRole('radio', { name: 'Gemeenten' }).check();
    await drawn(page, 'gemeente_2015');
    await expect(error.count()).resolves.toBe(0);
    await context.close();
    consoleErrors.splice(0); // the forced 500 is logged by the browser on purpose
  });

  it("Wmo-regio's 2022: regions with a gemeente without a figure get a dashed outline and are counted as onvolledig", async () => {
    const view = 'niveau=wmoregio&jaar=2022&kaart=5.2000,52.1000,7.00';
    const shot = async (indicator: string) => {
      const page = await open(`?${view}&indicator=${indicator}`);
      await drawn(page, `wmoregio_2022_${indicator}`);
      const box = (await page.locator('[data-map="kaart"]').boundingBox())!;
      const png = PNG.sync.read(await page.screenshot({ clip: box }));
      const legend = await page.locator('.legend-incomplete').allTextContents();
      await page.context().close();
      // Near-black pixels: the outline's dashes (names are dark grey on white plates, and fewer).
      let dashes = 0;
      for (let i = 0; i < png.data.length; i += 4)
        if (Math.max(png.data[i], png.data[i + 1], png.data[i + 2]) <= 40) dashes++;
      // The class colours still fill the areas: the outline marks, it does not cover.
      const classPixels = paletteColors('YlGnBu', 5)
        .map(hexToRgba)
        .map((c) => {
          let n = 0;
          for (let i = 0; i < png.data.length; i += 4)
            if (Math.abs(png.data[i] - c[0]) + Math.abs(png.data[i + 1] - c[1]) + Math.abs(png.data[i + 2] - c[2]) <= 6)
              n++;
          return n;
        });
      return { dashes, legend, classPixels };
    };
    const wmo = await shot('wmo_per_1000');
    const jeugd = await shot('jeugdzorg_pct');
    const areas = readAreas('wmoregio', 2022);
    const incomplete = areas.values(findIndicator('wmo_per_1000')!).filter((v) => v.incomplete).length;
    expect(incomplete).toBeGreaterThan(0);
    expect(wmo.legend).toEqual([String(incomplete)]);
    expect(jeugd.legend).toEqual([]);
    expect(wmo.dashes).toBeGreaterThan(jeugd.dashes + 2000);
    for (const [k, n] of wmo.classPixels.entries()) expect(n, `class ${k + 1}`).toBeGreaterThan(2000);
  });

  it('an asset the server does not have (it answers with the page) is named as missing', async () => {
    const context = await session.browser.newContext({ viewport: { width: 1280, height: 800 } });
    await context.route('**/generated/gemeente_2022.topo.json', (route) =>
      route.fulfill({ status: 200, contentType: 'text/html', body: '<!doctype html><html lang="nl"></html>' }),
    );
    const page = await open('?niveau=gemeente&jaar=2022&indicator=wmo_per_1000', context);
    const error = page.locator('.map-error');
    await error.waitFor();
    await expect(error.textContent()).resolves.toMatch(/gemeente_2022\.topo\.json ontbreekt op de server/);
    await expect(error.textContent()).resolves.not.toMatch(/geen geldige JSON/);
    await context.close();
  });

  it('a link with inherited object keys still draws the map, with a notice naming each parameter', async () => {
    const page = await open('?palet=constructor&voorzieningen=__proto__&klassen=toString&indicator=constructor');
    await drawn(page, 'gemeente_2015_bijstand_1564');
    const notices = (await page.locator('.notice').allTextContents()).join(' ');
    for (const param of ['palet', 'voorzieningen', 'klassen', 'indicator'])
      expect(notices).toContain(`Link, ${param}:`);
    await expect(page.locator('.legend-table tbody tr').count()).resolves.toBe(7);
    await page.context().close();
    const compare = await open('?weergave=vergelijken&factoren=constructor');
    await compare.waitForFunction(() => Boolean(window.__wijkatlas?.drawn.gecorrigeerd), null, { timeout: 30_000 });
    await expect(compare.locator('.compare-legend').isVisible()).resolves.toBe(true);
    await expect(compare.locator('[role="alert"]').count()).resolves.toBe(0);
    await compare.context().close();
  });

  it('an error while drawing shows a notice with "Standaardweergave" and keeps the controls', async () => {
    const context = await session.browser.newContext({ viewport: { width: 1280, height: 800 } });
    // A table that passes the loader's checks but lacks every column: computing a value throws.
    await context.route('**/generated/gemeente_2015.table.json', async (route) => {
      const response = await route.fetch();
      const t = await response.json();
      await route.fulfill({
        status: 200,
        contentType: 'application/json',
        body: JSON.stringify({ ...t, columns: {} }),
      });
    });
    const page = await open('', context);
    const error = page.locator('.map-error', { hasText: 'kon niet worden getoond' }).first();
    await error.waitFor();
    await expect(error.textContent()).resolves.toMatch(/Kolom .* ontbreekt/);
    await expect(page.getByRole('button', { name: 'Standaardweergave' }).first().isVisible()).resolves.toBe(true);
    await expect(page.getByLabel('Indicator', { exact: true }).isEnabled()).resolves.toBe(true);
    await expect(page.getByRole('radio', { name: 'Wijken' }).isEnabled()).resolves.toBe(true);
    await context.close();
    consoleErrors.splice(0); // React reports the caught error on the console on purpose
  });

  it('a geometry that does not match the manifest is named instead of drawn', async () => {
    const context = await session.browser.newContext({ viewport: { width: 1280, height: 800 } });
    await context.route('**/generated/manifest.json', async (route) => {
      const response = await route.fetch();
      const manifest = await response.json();
      for (const a of manifest.assets) if (a.file === 'gemeente_2015.topo.json') a.count = 400;
      await route.fulfill({ response, json: manifest });
    });
    const page = await open('', context);
    const error = page.locator('.map-error');
    await error.waitFor();
    await expect(error.textContent()).resolves.toMatch(
      /gemeente_2015\.topo\.json bevat 393 gebieden, maar manifest\.json noemt er 400/,
    );
    await expect(page.locator('.legend').isVisible()).resolves.toBe(true);
    await context.close();
  });

  it('the buurt default legend has no two classes with the same range, and 0 is a class of its own', async () => {
    const page = await open('?niveau=buurt');
    await drawn(page, 'buurt_2015_bijstand_1564');
    const ranges = (
      await page
        .locator(
          '.legend-table tbody tr[data-class]:not([data-class="geen-gegevens"]):not([data-class="geheim"]) td:nth-child(2)',
        )
        .allTextContents()
    ).map((t) => t.replace(/\s*\(.*\)$/, ''));
    expect(ranges[0]).toBe('0 — geen');
    expect(new Set(ranges).size).toBe(ranges.length);
    await expect(page.locator('.legend-classes').first().textContent()).resolves.toMatch(/precies 0/);
    // The counts are the CLI's (same rule, same data).
    expect(await legendCounts(page)).toEqual(expectedCounts('buurt', 'bijstand_1564'));
    await page.context().close();
  });

  it('has no serious or critical axe-core violations', async () => {
    const context = await session.browser.newContext({ viewport: { width: 1280, height: 800 }, bypassCSP: true });
    const page = await open('?niveau=wijk&selectie=WK050507', context);
    await drawn(page, 'wijk_2015');
    // Scan with the profile and its chart in place.
    await page.locator('.profile-rank').waitFor({ timeout: 30_000 });
    await page.locator('.plot-chart[aria-label*="dit gebied"] svg').waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await context.close();
  });

  it('made no request to another origin and logged no console error', () => {
    expect(foreignRequests).toEqual([]);
    expect(consoleErrors).toEqual([]);
  });
});

describe('keyboard', () => {
  it('reaches every control with a visible focus, and Enter on the map selects the area in the centre', async () => {
    const page = await open('?niveau=gemeente');
    await drawn(page, 'gemeente_2015');
    const seen: { tag: string; label: string; visible: boolean }[] = [];
    for (let i = 0; i < 25; i++) {
      await page.keyboard.press('Tab');
      const info = await page.evaluate(() => {
        const el = document.activeElement as HTMLElement | null;
        if (!el || el === document.body) return null;
        const style = getComputedStyle(el);
        const label =
          el.getAttribute('aria-label') ?? (el as HTMLInputElement).labels?.[0]?.textContent ?? el.textContent ?? '';
        const visible = (style.outlineStyle !== 'none' && style.outlineWidth !== '0px') || style.boxShadow !== 'none';
        return { tag: el.tagName.toLowerCase(), label: label.trim().slice(0, 40), visible };
      });
      if (!info) continue;
      if (seen.some((s) => s.tag === info.tag && s.label === info.label)) break;
      seen.push(info);
    }
    for (const s of seen) expect(s.visible, `focus on ${s.tag} ${s.label}`).toBe(true);
    expect(
      seen.filter((s) => s.label === ''),
      'focus stops without a name',
    ).toEqual([]);
    const labels = seen.map((s) => s.label).join(' | ');
    for (const name of [
      'Zoek een gemeente',
      'Gemeenten',
      'Jaar',
      'Indicator',
      'Klassenindeling',
      'Aantal klassen',
      'Kleuren',
      'Kaart van Nederland.',
      'Inzoomen',
      'Uitzoomen',
    ]) {
      expect(labels).toContain(name);
    }
    // Focus the map, move with the keyboard and select what lies in the centre.
    await page.locator('canvas.maplibregl-canvas').focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => new URL(page.url()).searchParams.get('selectie')).toMatch(/^GM\d{4}$/);
    await expect(page.locator('#info-title').isVisible()).resolves.toBe(true);
    await page.context().close();
  });
});
