// The opt-in online map against a local stand-in for PDOK (tests/support/pdokMock.ts): a build of
// its own whose tile and Locatieserver URLs point at the mock, as a deployment would point them at
// PDOK. Off: not one request leaves the origin. On: tiles from that host only, under the areas;
// address search debounced; an address selects its buurt and "Dichtbij" measures from it.
import { readFileSync } from 'node:fs';
import { booleanPointInPolygon, pointOnFeature } from '@turf/turf';
import { feature } from 'topojson-client';
import { PNG } from 'pngjs';
import { build } from 'vite';
import type { Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import { browserSession } from '../support/session';
import { startPdokMock, type PdokMock } from '../support/pdokMock';
import { distanceMetres, type Voorziening } from '../../src/atlas/socialeKaart';
import { BASEMAP_FAILED } from '../../src/map/useBasemap';

const OUT_DIR = 'tests/.artifacts/dist-pdok';
const TILE: [number, number, number] = [255, 0, 170];
const buurten = (() => {
  const topo = JSON.parse(readFileSync('public/generated/buurt_2015.topo.json', 'utf8'));
  return (
    feature(topo, topo.objects.buurt) as unknown as {
      features: Feature<Polygon | MultiPolygon, { code: string; naam: string }>[];
    }
  ).features;
})();
// A spot inside a buurt of Wielwijk, Dordrecht, given out as a (made-up) address by the mock.
const spot = pointOnFeature(buurten.find((f) => f.properties.code === 'BU05050702')!).geometry.coordinates as [
  number,
  number,
];
const ADDRESS = {
  id: 'adr-mock-1',
  weergavenaam: 'Mockstraat 1, 3317AB Dordrecht',
  type: 'adres',
  lon: Number(spot[0].toFixed(6)),
  lat: Number(spot[1].toFixed(6)),
};

let mock: PdokMock;
const saved = { tiles: process.env.VITE_PDOK_TILES, ls: process.env.VITE_PDOK_LOCATIESERVER };
const session = browserSession({
  outDir: OUT_DIR,
  async prepare() {
    mock = await startPdokMock([ADDRESS], { grijs: TILE });
    process.env.VITE_PDOK_TILES = `${mock.origin}/tiles/{layer}/EPSG:3857/{z}/{x}/{y}.png`;
    process.env.VITE_PDOK_LOCATIESERVER = `${mock.origin}/ls`;
    await build({ logLevel: 'silent', build: { outDir: OUT_DIR, emptyOutDir: true } });
  },
});
afterAll(async () => {
  await mock?.close();
  if (saved.tiles === undefined) delete process.env.VITE_PDOK_TILES;
  else process.env.VITE_PDOK_TILES = saved.tiles;
  if (saved.ls === undefined) delete process.env.VITE_PDOK_LOCATIESERVER;
  else process.env.VITE_PDOK_LOCATIESERVER = saved.ls;
});

const drawn = (page: Page) =>
  page.waitForFunction(() => Boolean(window.__wijkatlas?.lastDrawn), null, { timeout: 30_000 });
type Rgb = [number, number, number];
async function pixels(page: Page, spots: [number, number][]): Promise<Rgb[]> {
  // The pointer off the map, so no area is drawn in its hover colour.
  await page.mouse.move(2, 2);
  await page.waitForTimeout(300);
  const box = (await page.locator('[data-map="kaart"]').boundingBox())!;
  const xy = await page.evaluate((s) => {
    const el = { atlasMap: window.__wijkatlas!.maps.kaart } as unknown as {
      atlasMap: { project(p: [number, number]): { x: number; y: number } };
    };
    return s.map((p) => {
      const q = el.atlasMap.project(p);
      return [Math.round(q.x), Math.round(q.y)];
    });
  }, spots);
  const png = PNG.sync.read(await page.screenshot({ clip: box }));
  // The most frequent colour in a 9×9 block: a border line through the spot does not decide it.
  return xy.map(([cx, cy]) => {
    const seen = new Map<string, number>();
    for (let y = cy - 4; y <= cy + 4; y++) {
      for (let x = cx - 4; x <= cx + 4; x++) {
        const i = (y * png.width + x) * 4;
        const key = `${png.data[i]},${png.data[i + 1]},${png.data[i + 2]}`;
        seen.set(key, (seen.get(key) ?? 0) + 1);
      }
    }
    return [...seen.entries()]
      .sort((a, b) => b[1] - a[1])[0][0]
      .split(',')
      .map(Number) as Rgb;
  });
}
const distance = (a: Rgb, b: Rgb) => Math.abs(a[0] - b[0]) + Math.abs(a[1] - b[1]) + Math.abs(a[2] - b[2]);

describe('PDOK background map and address search (local mock)', () => {
  it('off: the page contacts nothing but its origin, also while typing an address', async () => {
    const page = await session.open('?niveau=gemeente', undefined, { width: 1280, height: 800 });
    await drawn(page);
    await page.locator('.search input').fill('3317AB');
    await page.waitForTimeout(1200);
    await expect(page.locator('.search-empty').textContent()).resolves.toMatch(/alleen online/);
    expect(mock.requests).toEqual([]);
    expect(session.foreignRequests).toEqual([]);
    // The CSP of this build names the configured host and nothing else off the origin.
    const csp = (await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content')) ?? '';
    expect([...new Set(csp.split(/[\s;]+/).filter((t) => /^https?:\/\//.test(t)))]).toEqual([mock.origin]);
    await page.context().close();
  });

  it('on: tiles come from the configured host and lie under the area colours, with the Kadaster credit; the choice is kept', async () => {
    const page = await session.open('?niveau=gemeente', undefined, { width: 1280, height: 800 });
    await drawn(page);
    const sea: [number, number] = [3.7, 53.25];
    const [before] = await pixels(page, [sea]);
    expect(distance(before, TILE)).toBeGreaterThan(200);
    // Text typed while offline is not sent to PDOK when the background map is switched on.
    await page.locator('.search input').fill('3317AB');
    const lookupsBefore = mock.requests.filter((r) => r.startsWith('/ls/')).length;
    await page.getByLabel('Achtergrondkaart').selectOption('grijs');
    await expect
      .poll(() => mock.requests.filter((r) => r.startsWith('/tiles/grijs/')).length, { timeout: 15_000 })
      .toBeGreaterThan(3);
    await expect.poll(() => new URL(page.url()).searchParams.get('achtergrond')).toBe('grijs');
    await expect(page.locator('.attribution').textContent()).resolves.toMatch(/Kaartgegevens © Kadaster/);
    await page.waitForTimeout(1500);
    expect(mock.requests.filter((r) => r.startsWith('/ls/')).length).toBe(lookupsBefore);
    await page.locator('.search input').fill('');
    // Land spots not under a name plate: covered by the area colour, which lets the tile through
    // once the colours are made thinner.
    const plates = await page.evaluate(() =>
      (
        ({ placedLabels: window.__wijkatlas!.labels.kaart }) as unknown as { placedLabels: { box: number[] }[] }
      ).placedLabels.map((l) => l.box),
    );
    const candidates: [number, number][] = [
      [6.6, 52.75],
      [5.9, 51.95],
      [4.95, 51.6],
      [6.25, 53.2],
      [5.6, 52.3],
    ];
    const land = (
      await page.evaluate(
        ({ c, plates: p }) => {
          const el = { atlasMap: window.__wijkatlas!.maps.kaart } as unknown as {
            atlasMap: { project(p: [number, number]): { x: number; y: number } };
          };
          return c.filter((s) => {
            const q = el.atlasMap.project(s);
            return !p.some((b) => q.x >= b[0] - 2 && q.x <= b[2] + 2 && q.y >= b[1] - 2 && q.y <= b[3] + 2);
          });
        },
        { c: candidates, plates },
      )
    )[0];
    expect(land).toBeDefined();
    // Switched on, the colours cover 60 %: streets and water show through without a further step.
    await expect(page.getByLabel(/Dekking van de kleuren/).inputValue()).resolves.toBe('60');
    const [seaOn, landDefault] = await pixels(page, [sea, land]);
    expect(distance(seaOn, TILE)).toBeLessThanOrEqual(6);
    await page.getByLabel(/Dekking van de kleuren/).fill('100');
    await expect.poll(() => new URL(page.url()).searchParams.get('dekking')).toBe('100');
    await page.waitForTimeout(800);
    const [, landFull] = await pixels(page, [sea, land]);
    expect(distance(landFull, TILE)).toBeGreaterThan(100);
    expect(distance(landDefault, TILE) / distance(landFull, TILE)).toBeGreaterThan(0.5);
    expect(distance(landDefault, TILE) / distance(landFull, TILE)).toBeLessThan(0.7);
    await page.getByLabel(/Dekking van de kleuren/).fill('40');
    await expect.poll(() => new URL(page.url()).searchParams.get('dekking')).toBe('40');
    await page.waitForTimeout(800);
    const [, landThin] = await pixels(page, [sea, land]);
    // 40 % of the colour is left: the pixel lies 40 % of the way from the tile colour to the full colour.
    expect(distance(landThin, TILE) / distance(landFull, TILE)).toBeGreaterThan(0.3);
    expect(distance(landThin, TILE) / distance(landFull, TILE)).toBeLessThan(0.5);
    // Kept in this browser: a link without the setting opens with it.
    const again = await page.context().newPage();
    await again.goto(`${session.base}?niveau=gemeente`);
    await expect.poll(() => again.getByLabel('Achtergrondkaart').inputValue(), { timeout: 15_000 }).toBe('grijs');
    expect(session.foreignRequests.every((r) => r.startsWith(mock.origin))).toBe(true);
    await page.context().close();
  });

  it('a tile server that fails gives one quiet notice and the atlas keeps working', async () => {
    const page = await session.open('?niveau=gemeente&achtergrond=standaard', undefined, { width: 1280, height: 800 });
    await drawn(page);
    await page
      .locator('.notice', { hasText: BASEMAP_FAILED.slice(0, 40) })
      .first()
      .waitFor({ timeout: 15_000 });
    await page.waitForTimeout(1000);
    await expect(page.locator('.notice', { hasText: BASEMAP_FAILED.slice(0, 40) }).count()).resolves.toBe(1);
    await page.locator('.search input').fill('Dordrecht');
    await page.locator('.suggestions [role=option]').first().click();
    await page.locator('.info h2', { hasText: 'Dordrecht' }).waitFor();
    await page.context().close();
  });

  it('online address search: debounced, selects the buurt of the address, and "Dichtbij" measures from it', async () => {
    const page = await session.open('?niveau=buurt&achtergrond=grijs&kaart=4.6600,51.7900,12', undefined, {
      width: 1400,
      height: 900,
    });
    await page.waitForFunction(() => (window.__wijkatlas?.lastDrawn ?? '').startsWith('buurt'), null, {
      timeout: 30_000,
    });
    const before = mock.requests.filter((r) => r.startsWith('/ls/')).length;
    // Keystrokes in quick succession (no delay: a loaded CI machine can stretch a 40 ms gap past the
    // 300 ms debounce): one request for the whole postcode, or two at most.
    await page.locator('.search input').pressSequentially('3317AB');
    const option = page.locator('.suggestions [role=option][data-kind=address]');
    await option.first().waitFor({ timeout: 10_000 });
    await expect(option.first().textContent()).resolves.toMatch(/Mockstraat 1, 3317AB Dordrecht.*adres/);
    const free = mock.requests.slice(before).filter((r) => r.startsWith('/ls/free'));
    expect(free.length).toBeGreaterThanOrEqual(1);
    expect(free.length).toBeLessThanOrEqual(2);
    expect(free.at(-1)).toMatch(/q=3317AB/);
    await option.first().click();
    await expect.poll(() => mock.requests.some((r) => r.startsWith('/ls/lookup?id=adr-mock-1'))).toBe(true);
    const containing = buurten.find((f) => booleanPointInPolygon([ADDRESS.lon, ADDRESS.lat], f))!.properties.code;
    await expect.poll(() => new URL(page.url()).searchParams.get('selectie'), { timeout: 10_000 }).toBe(containing);
    await page.locator('.address-bar').getByRole('button', { name: 'Dichtbij vanaf dit adres' }).click();
    const points = JSON.parse(readFileSync('public/generated/voorzieningen.json', 'utf8')) as Voorziening[];
    const nearest = points
      .map((p) => ({ p, d: distanceMetres(ADDRESS.lon, ADDRESS.lat, p.lon, p.lat) }))
      .sort((a, b) => a.d - b.d)[0].p;
    await expect(page.locator('.address-bar .near-list li').first().textContent()).resolves.toContain(nearest.naam);
    await page.context().close();
  });
});
