// How the map draws on a software renderer (issue 14): below OVERVIEW_ZOOM the areas are one raster
// of area numbers coloured per number, from there maplibre's tile layers coloured by feature-state
// (both from the table, before the shapes are read); a drag step and a style change are one render
// each, the names are HTML that moves with the map, deck.gl is not loaded until points are shown,
// and a missing map file is named.
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { feature } from 'topojson-client';
import type { FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { readTable } from '../../src/cli/generated';
import { geometryFile } from '../../src/atlas/assets';
import type { AreaLevel, AreaProperties } from '../../src/atlas/geography';
import { buildPickIndex, pickAt } from '../../src/atlas/pick';
import { browserSession } from '../support/session';

const session = browserSession();

interface MapHandle {
  getCenter(): { lng: number; lat: number };
  on(type: string, fn: () => void): void;
  off(type: string, fn: () => void): void;
  easeTo(options: object): void;
  isMoving(): boolean;
  getFeatureState(f: { source: string; sourceLayer?: string; id: string }): Record<string, number>;
  project(p: [number, number]): { x: number; y: number };
}
type MapEl = { atlasMap: MapHandle };

const drawn = (page: Page, prefix: string) =>
  page.waitForFunction((p) => (window.__wijkatlas?.lastDrawn ?? '').startsWith(p), prefix, {
    timeout: 60_000,
  });

/** Points well inside areas of a level, from the atlas's own shapes: the centre of an area's box
 *  where the area also lies about 1 km to every side (a few pixels at national zoom), largest
 *  areas first. */
function innerPoints(level: AreaLevel, year: number, count: number): { code: string; lng: number; lat: number }[] {
  const topo = JSON.parse(readFileSync(`public/generated/${geometryFile(level, year)}`, 'utf8')) as Topology;
  const shapes = (
    feature(topo, topo.objects[level] as GeometryCollection<AreaProperties>) as FeatureCollection<
      Polygon | MultiPolygon,
      AreaProperties
    >
  ).features;
  // Checked both ways round: a few shapes overlap (a wijk drawn without the hole its neighbour fills).
  const index = buildPickIndex(shapes);
  const reversed = buildPickIndex([...shapes].reverse());
  const only = (i: number, x: number, y: number) =>
    pickAt(index, x, y) === i && pickAt(reversed, x, y) === shapes.length - 1 - i;
  const boxes = shapes
    .map((f, i) => {
      const points = f.geometry.type === 'Polygon' ? f.geometry.coordinates.flat() : f.geometry.coordinates.flat(2);
      const xs = points.map((p) => p[0]);
      const ys = points.map((p) => p[1]);
      return { i, box: [Math.min(...xs), Math.min(...ys), Math.max(...xs), Math.max(...ys)] };
    })
    .sort((a, b) => (b.box[2] - b.box[0]) * (b.box[3] - b.box[1]) - (a.box[2] - a.box[0]) * (a.box[3] - a.box[1]));
  const found = [];
  // A grid of 7 × 7 points 0.005° apart (thin strips of a neighbour, a dike or a canal, can cross an area).
  const grid = [-3, -2, -1, 0, 1, 2, 3].flatMap((a) => [-3, -2, -1, 0, 1, 2, 3].map((b) => [a * 0.005, b * 0.005]));
  for (const { i, box } of boxes) {
    const [lng, lat] = [(box[0] + box[2]) / 2, (box[1] + box[3]) / 2];
    if (grid.every(([dx, dy]) => only(i, lng + dx, lat + dy)))
      found.push({ code: shapes[i].properties.code, lng, lat });
    if (found.length === count) break;
  }
  return found;
}

/** The colour the map draws at a place, read from its canvas in the frame (names and tooltips,
 *  HTML over the map, are not in it). */
function colourAt(page: Page, lng: number, lat: number): Promise<[number, number, number]> {
  return page.evaluate(
    ([x, y]) =>
      new Promise<[number, number, number]>((resolve) => {
        const map = window.__wijkatlas!.maps.kaart as unknown as MapHandle as unknown as MapHandle & {
          getCanvas(): HTMLCanvasElement;
          once(t: string, f: () => void): void;
          triggerRepaint(): void;
        };
        map.once('render', () => {
          const canvas = map.getCanvas();
          const gl = canvas.getContext('webgl2')!;
          const p = map.project([x, y]);
          const ratio = canvas.width / canvas.clientWidth;
          const pixel = new Uint8Array(4);
          gl.readPixels(
            Math.round(p.x * ratio),
            canvas.height - 1 - Math.round(p.y * ratio),
            1,
            1,
            gl.RGBA,
            gl.UNSIGNED_BYTE,
            pixel,
          );
          resolve([pixel[0], pixel[1], pixel[2]]);
        });
        map.triggerRepaint();
      }),
    [lng, lat],
  );
}

describe('rendering', () => {
  it('colours every area through its feature-state, with the class colour of the legend', async () => {
    const page = await session.open('?niveau=wijk');
    await drawn(page, 'wijk_2015');
    const table = readTable('wijk', 2015);
    // Wielwijk (WK050507) has the highest bijstand of Dordrecht: the darkest class's swatch colour.
    const state = await page.evaluate(() =>
      (window.__wijkatlas!.maps.kaart as unknown as MapHandle).getFeatureState({
        source: 'vlakken',
        sourceLayer: 'vlakken',
        id: 'WK050507',
      }),
    );
    const swatches = await page
      .locator('.legend .swatch')
      .evaluateAll((els) => els.map((e) => getComputedStyle(e).backgroundColor));
    expect(swatches).toContain(`rgb(${state.r}, ${state.g}, ${state.b})`);
    expect(state.a).toBe(1);
    // Every wijk of the table has a state (is coloured), also those far outside the view.
    const coloured = await page.evaluate(
      (codes) =>
        codes.filter(
          (c) =>
            (window.__wijkatlas!.maps.kaart as unknown as MapHandle).getFeatureState({
              source: 'vlakken',
              sourceLayer: 'vlakken',
              id: c,
            })?.r !== undefined,
        ).length,
      table.codes,
    );
    expect(coloured).toBe(table.codes.length);
    await page.context().close();
  });

  it('shows a new level once its tiles in view are there and coloured, with the chosen opacity', async () => {
    // At zoom 9, where the tiles draw the areas.
    const page = await session.open('?dekking=40&kaart=5.1200,52.0900,9.00');
    await drawn(page, 'gemeente_2015');
    const paint = () =>
      page.evaluate(() => {
        const map = window.__wijkatlas!.maps.kaart as unknown as MapHandle as unknown as {
          getPaintProperty(l: string, p: string): number;
          isSourceLoaded(s: string): boolean;
        };
        return { opacity: map.getPaintProperty('vlakken', 'fill-opacity'), loaded: map.isSourceLoaded('vlakken') };
      });
    expect(await paint()).toEqual({ opacity: 0.4, loaded: true });
    // Sample the opacity in every frame of the switch: transparent while tiles are missing, never half.
    await page.evaluate(() => {
      const map = window.__wijkatlas!.maps.kaart as unknown as MapHandle as unknown as {
        on(t: string, f: () => void): void;
        getPaintProperty(l: string, p: string): number;
        getLayer(l: string): unknown;
        isSourceLoaded(s: string): boolean;
      };
      const seen: string[] = [];
      (window as unknown as { seen: string[] }).seen = seen;
      map.on('render', () => {
        if (map.getLayer('vlakken'))
          seen.push(`${map.getPaintProperty('vlakken', 'fill-opacity')}:${map.isSourceLoaded('vlakken')}`);
      });
    });
    await page.locator('input[type=radio][value=wijk]').check();
    await drawn(page, 'wijk_2015');
    expect(await paint()).toEqual({ opacity: 0.4, loaded: true });
    const seen = await page.evaluate(() => (window as unknown as { seen: string[] }).seen);
    expect(seen.length).toBeGreaterThan(0);
    expect(seen.filter((s) => s.startsWith('0.4:false'))).toEqual([]);
    expect(seen.every((s) => s.startsWith('0:') || s.startsWith('0.4:'))).toBe(true);
    await page.context().close();
  });

  it('draws the gemeente borders over wijken from the tiles, and none over gemeenten', async () => {
    const page = await session.open('?niveau=wijk&kaart=4.6700,51.8000,11');
    await drawn(page, 'wijk_2015');
    type Query = { queryRenderedFeatures(o: { layers: string[] }): { properties: Record<string, unknown> }[] };
    const rendered = (layer: string) =>
      page.evaluate(
        (l) =>
          (window.__wijkatlas!.maps.kaart as unknown as MapHandle as unknown as Query).queryRenderedFeatures({
            layers: [l],
          }).length,
        layer,
      );
    expect(await rendered('gemeentegrenzen')).toBeGreaterThan(0);
    // The wijken in view come from the tiles with their codes (Dordrecht's among them).
    const codes = await page.evaluate(() =>
      (window.__wijkatlas!.maps.kaart as unknown as MapHandle as unknown as Query)
        .queryRenderedFeatures({ layers: ['vlakken'] })
        .map((f) => String(f.properties.code)),
    );
    expect(codes).toContain('WK050507');
    await page.locator('input[type=radio][value=gemeente]').check();
    await drawn(page, 'gemeente_2015');
    expect(await rendered('gemeentegrenzen')).toBe(0);
    expect(await rendered('vlakken')).toBeGreaterThan(0);
    await page.context().close();
  });

  it('draws one frame per drag step, moves the names along and places them again after the drag', async () => {
    const page = await session.open('?niveau=wijk&kaart=4.6700,51.7950,12');
    await drawn(page, 'wijk_2015');
    await page.waitForFunction(() => document.querySelectorAll('.map-label').length > 3);
    const before = await page.locator('.map-label').first().boundingBox();
    const box = (await page.locator('canvas.maplibregl-canvas').boundingBox())!;
    const [x, y] = [box.x + box.width / 2, box.y + box.height / 2];
    // The pointer rests first, so that the hover outline it draws is not counted.
    await page.mouse.move(x, y);
    await page.waitForTimeout(500);
    await page.evaluate(() => {
      const map = window.__wijkatlas!.maps.kaart as unknown as MapHandle;
      (window as unknown as { renders: number }).renders = 0;
      map.on('render', () => {
        (window as unknown as { renders: number }).renders++;
      });
    });
    await page.mouse.down();
    const steps = 12;
    for (let i = 1; i <= steps; i++) {
      await page.mouse.move(x - 10 * i, y);
      await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
    }
    const renders = await page.evaluate(() => (window as unknown as { renders: number }).renders);
    // Unpatched, maplibre drew each step twice (and faded for 300 ms after); the hover outline
    // cleared at the drag's start and tiles arriving may add a few.
    expect(renders).toBeGreaterThanOrEqual(steps);
    expect(renders).toBeLessThan(1.5 * steps);
    // The names moved with the map, 120 pixels to the left, before the drag ended.
    const during = await page.locator('.map-label').first().boundingBox();
    expect(during!.x).toBeCloseTo(before!.x - 10 * steps, 0);
    await page.mouse.up();
    // After the move the names are placed anew for the view, at the positions of their areas.
    await page.waitForFunction(
      () => {
        const [dx, dy] = (
          (document.querySelector('.map-labels') as HTMLElement).style.transform.match(/-?[\d.e-]+(?=px)/g) ?? [
            '9',
            '9',
          ]
        ).map(Number);
        return (
          !(window.__wijkatlas!.maps.kaart as unknown as MapHandle).isMoving() &&
          Math.abs(dx) < 0.5 &&
          Math.abs(dy) < 0.5
        );
      },
      null,
      { timeout: 10_000 },
    );
    const placed = await page.evaluate(() => {
      const el = {
        atlasMap: window.__wijkatlas!.maps.kaart,
        placedLabels: window.__wijkatlas!.labels.kaart,
      } as unknown as MapEl & {
        placedLabels: { text: string; position: [number, number] }[];
      };
      const label = el.placedLabels[0];
      const p = el.atlasMap.project(label.position);
      const span = [...document.querySelectorAll('.map-label')]
        .find((s) => s.textContent === label.text)!
        .getBoundingClientRect();
      const map = document.querySelector('.map')!.getBoundingClientRect();
      return { dx: span.x + span.width / 2 - map.x - p.x, dy: span.y + span.height / 2 - map.y - p.y };
    });
    expect(Math.abs(placed.dx)).toBeLessThan(1.5);
    expect(Math.abs(placed.dy)).toBeLessThan(1.5);
    await page.context().close();
  });

  it('still animates a camera move to its end (a flight is many frames)', async () => {
    const page = await session.open('?kaart=5.3000,52.1500,7');
    await drawn(page, 'gemeente_2015');
    await page.evaluate(() =>
      (window.__wijkatlas!.maps.kaart as unknown as MapHandle).easeTo({
        center: [4.67, 51.795],
        zoom: 10,
        duration: 800,
      }),
    );
    await page.waitForFunction(() => !(window.__wijkatlas!.maps.kaart as unknown as MapHandle).isMoving(), null, {
      timeout: 10_000,
    });
    const c = await page.evaluate(() => (window.__wijkatlas!.maps.kaart as unknown as MapHandle).getCenter());
    expect(c.lng).toBeCloseTo(4.67, 3);
    expect(c.lat).toBeCloseTo(51.795, 3);
    await page.context().close();
  });

  it('loads the profile and its chart library only when an area is selected', async () => {
    const page = await session.browser.newPage({ viewport: { width: 1280, height: 800 } });
    const scripts: string[] = [];
    page.on('request', (r) => {
      if (r.resourceType() === 'script') scripts.push(new URL(r.url()).pathname);
    });
    await page.goto(session.base);
    await drawn(page, 'gemeente_2015');
    await page.waitForTimeout(500);
    const profile = (list: string[]) => list.filter((s) => /\/(Profile|PlotFigure)-[^/]+\.js$/.test(s));
    expect(profile(scripts)).toEqual([]);
    await page.getByRole('combobox', { name: /Zoek/ }).fill('wielwijk');
    await page.getByRole('option').first().waitFor();
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.querySelector('.profile .plot-chart svg') !== null, null, {
      timeout: 30_000,
    });
    expect(profile(scripts).length).toBe(2);
    await page.context().close();
  });

  it('loads deck.gl only when service points are shown, and then draws them', async () => {
    const page = await session.browser.newPage({ viewport: { width: 1280, height: 800 } });
    const scripts: string[] = [];
    page.on('request', (r) => {
      if (r.resourceType() === 'script') scripts.push(new URL(r.url()).pathname);
    });
    await page.goto(`${session.base}?niveau=buurt&kaart=4.6700,51.7950,12`);
    await drawn(page, 'buurt_2015');
    await page.waitForTimeout(500);
    const deck = (list: string[]) => list.filter((s) => /\/layers-[^/]+\.js$/.test(s));
    expect(deck(scripts)).toEqual([]);
    expect(await page.locator('.map canvas').count()).toBe(1);
    await page.getByLabel('Voorzieningen op de kaart').check();
    await page.waitForFunction(() => /_poi[1-9]/.test(window.__wijkatlas?.lastDrawn ?? ''), null, {
      timeout: 60_000,
    });
    expect(deck(scripts)).toHaveLength(1);
    expect(await page.locator('.map canvas').count()).toBe(2);
    await page.context().close();
  });

  it('colours a new level from its table before its shapes are read, and picks areas from the overview meanwhile', async () => {
    const page = await session.browser.newPage({ viewport: { width: 1280, height: 800 } });
    // The buurt shapes are held back until the test lets them go; the page's drawn key at the
    // moment they are asked for tells whether the map waited for its colours first.
    let release = () => {};
    const released = new Promise<void>((r) => {
      release = r;
    });
    let drawnWhenAsked: string | undefined;
    await page.route('**/buurt_2015.topo.json', async (route) => {
      drawnWhenAsked = await page.evaluate(() => window.__wijkatlas?.lastDrawn);
      await released;
      await route.continue();
    });
    const tiles: string[] = [];
    page.on('request', (r) => {
      if (r.url().includes('/tegels/buurt_2015/')) tiles.push(r.url());
    });
    await page.goto(session.base);
    await drawn(page, 'gemeente_2015');
    await page.locator('input[type=radio][value=buurt]').check();
    await drawn(page, 'buurt_2015');
    await expect.poll(() => drawnWhenAsked, { timeout: 10_000 }).toMatch(/^buurt_2015/);
    // At national zoom the buurten come from the overview: not one tile of them is fetched.
    expect(tiles).toEqual([]);
    // Without the shapes, the buurt under the pointer comes from the overview: its name in the
    // tooltip, and a click opens its profile. Which buurt lies there is read from the shapes here.
    const [inner] = innerPoints('buurt', 2015, 1);
    const box = (await page.locator('canvas.maplibregl-canvas').boundingBox())!;
    const p = await page.evaluate(
      ([x, y]) => (window.__wijkatlas!.maps.kaart as unknown as MapHandle).project([x, y]),
      [inner.lng, inner.lat],
    );
    await page.mouse.move(box.x + p.x, box.y + p.y);
    const table = readTable('buurt', 2015);
    await expect
      .poll(() => page.locator('.tooltip').first().textContent(), { timeout: 10_000 })
      .toContain(table.names[table.codes.indexOf(inner.code)]);
    await page.mouse.click(box.x + p.x, box.y + p.y);
    await expect.poll(() => page.locator('.info').textContent(), { timeout: 30_000 }).toContain(inner.code);
    release();
    await page.context().close();
  });

  it('draws the national map from the overview, each area in its own colour, and the tiles from OVERVIEW_ZOOM on', async () => {
    const page = await session.browser.newPage({ viewport: { width: 1280, height: 800 } });
    const tiles: string[] = [];
    page.on('request', (r) => {
      if (r.url().includes('/tegels/')) tiles.push(r.url());
    });
    await page.goto(`${session.base}?niveau=wijk`);
    await drawn(page, 'wijk_2015');
    expect(tiles).toEqual([]);
    // Well inside twelve wijken: the pixel has the colour the wijk's tiles would get (its
    // feature-state, set from the same table), so the overview puts each colour in its place.
    const points = innerPoints('wijk', 2015, 12);
    expect(points).toHaveLength(12);
    const colours = new Set<string>();
    for (const { code, lng, lat } of points) {
      const state = await page.evaluate(
        (id) =>
          (window.__wijkatlas!.maps.kaart as unknown as MapHandle).getFeatureState({
            source: 'vlakken',
            sourceLayer: 'vlakken',
            id,
          }),
        code,
      );
      const got = await colourAt(page, lng, lat);
      expect(got, code).toEqual([state.r, state.g, state.b]);
      colours.add(got.join());
    }
    expect(colours.size).toBeGreaterThan(1);
    // Zoomed in to zoom 9 the tiles take over, once they are there.
    await page.evaluate(() =>
      (window.__wijkatlas!.maps.kaart as unknown as MapHandle).easeTo({ center: [5.12, 52.09], zoom: 9, duration: 0 }),
    );
    await expect.poll(() => tiles.length, { timeout: 10_000 }).toBeGreaterThan(0);
    await expect
      .poll(
        () =>
          page.evaluate(() => {
            const map = window.__wijkatlas!.maps.kaart as unknown as MapHandle as unknown as {
              queryRenderedFeatures(o: object): unknown[];
              isSourceLoaded(s: string): boolean;
            };
            return map.isSourceLoaded('vlakken') && map.queryRenderedFeatures({ layers: ['vlakken'] }).length > 0;
          }),
        { timeout: 20_000 },
      )
      .toBe(true);
    expect(tiles.every((t) => /\/tegels\/wijk_2015\/9\//.test(t))).toBe(true);
    await page.context().close();
  });

  it('draws a level whose overview file is missing from its tiles at every zoom', async () => {
    const page = await session.browser.newPage({ viewport: { width: 1280, height: 800 } });
    await page.route('**/wijk_2015.overzicht.bin', (route) => route.fulfill({ status: 404, body: 'weg' }));
    const tiles: string[] = [];
    page.on('request', (r) => {
      if (r.url().includes('/tegels/wijk_2015/')) tiles.push(r.url());
    });
    await page.goto(`${session.base}?niveau=wijk`);
    await drawn(page, 'wijk_2015');
    expect(tiles.length).toBeGreaterThan(0);
    const [{ code, lng, lat }] = innerPoints('wijk', 2015, 1);
    const state = await page.evaluate(
      (id) =>
        (window.__wijkatlas!.maps.kaart as unknown as MapHandle).getFeatureState({
          source: 'vlakken',
          sourceLayer: 'vlakken',
          id,
        }),
      code,
    );
    expect(await colourAt(page, lng, lat)).toEqual([state.r, state.g, state.b]);
    await page.context().close();
  });

  it('draws the areas in their colours again after the WebGL context was lost and restored', async () => {
    const page = await session.open('?niveau=wijk');
    await drawn(page, 'wijk_2015');
    await page.evaluate(
      () =>
        new Promise<void>((resolve) => {
          const map = window.__wijkatlas!.maps.kaart as unknown as MapHandle as unknown as {
            getCanvas(): HTMLCanvasElement;
            once(t: string, f: () => void): void;
          };
          const lose = map.getCanvas().getContext('webgl2')!.getExtension('WEBGL_lose_context')!;
          map.once('webglcontextlost', () => setTimeout(() => lose.restoreContext(), 50));
          map.once('webglcontextrestored', () => resolve());
          lose.loseContext();
        }),
    );
    const [{ code, lng, lat }] = innerPoints('wijk', 2015, 1);
    const stateOf = (id: string) =>
      page.evaluate(
        (i) =>
          (window.__wijkatlas!.maps.kaart as unknown as MapHandle).getFeatureState({
            source: 'vlakken',
            sourceLayer: 'vlakken',
            id: i,
          }),
        id,
      );
    // The overview (national zoom) and, zoomed in, the tiles: each area in its colour again.
    await expect
      .poll(
        async () => {
          const s = await stateOf(code);
          return s.r === undefined ? 'geen' : (await colourAt(page, lng, lat)).join() === [s.r, s.g, s.b].join();
        },
        { timeout: 10_000 },
      )
      .toBe(true);
    await page.evaluate(
      ([x, y]) =>
        (window.__wijkatlas!.maps.kaart as unknown as MapHandle).easeTo({ center: [x, y], zoom: 10, duration: 0 }),
      [lng, lat],
    );
    await expect
      .poll(
        () =>
          page.evaluate(() =>
            (
              window.__wijkatlas!.maps.kaart as unknown as MapHandle as unknown as {
                isSourceLoaded(s: string): boolean;
              }
            ).isSourceLoaded('vlakken'),
          ),
        { timeout: 20_000 },
      )
      .toBe(true);
    const state = await stateOf(code);
    expect(await colourAt(page, lng, lat)).toEqual([state.r, state.g, state.b]);
    await page.context().close();
  });

  it('draws a style change in one frame and is idle after it', async () => {
    const page = await session.open();
    await drawn(page, 'gemeente_2015');
    await page.waitForTimeout(1000);
    // maplibre's style reports its own update, which asked for a second, identical frame.
    const renders = await page.evaluate(
      () =>
        new Promise<number>((resolve) => {
          const map = window.__wijkatlas!.maps.kaart as unknown as MapHandle as unknown as MapHandle & {
            once(t: string, f: () => void): void;
            setPaintProperty(l: string, p: string, v: number): void;
          };
          let n = 0;
          map.on('render', () => {
            n++;
          });
          map.once('idle', () => resolve(n));
          map.setPaintProperty('vlakken', 'fill-opacity', 0.5);
        }),
    );
    expect(renders).toBe(1);
    await page.context().close();
  });

  it('draws a first map from tiles (at zoom 9) in the frame after its tiles arrive, and is idle after it', async () => {
    const context = await session.browser.newContext({ viewport: { width: 1280, height: 800 } });
    // The map is on its element from its style's load, before its tiles: count the frames drawn
    // after the last tile arrived until the map is idle. Five small sources that report themselves
    // idle in that frame asked maplibre for one more.
    await context.addInitScript(() => {
      const w = window as unknown as { framesAfterTiles?: number };
      const hook = () => {
        const map = window.__wijkatlas?.maps.kaart as unknown as
          | {
              on(t: string, f: (e: { sourceId?: string; tile?: unknown }) => void): void;
              once(t: string, f: () => void): void;
            }
          | undefined;
        if (!map) {
          setTimeout(hook, 5);
          return;
        }
        let after = -1;
        map.on('sourcedata', (e) => {
          if (e.sourceId === 'vlakken' && e.tile) after = 0;
        });
        map.on('render', () => {
          if (after >= 0) after++;
        });
        map.once('idle', () => {
          w.framesAfterTiles = after;
        });
      };
      hook();
    });
    const page = await context.newPage();
    await page.goto(`${session.base}?kaart=5.1200,52.0900,9.00`);
    await drawn(page, 'gemeente_2015');
    await expect
      .poll(() => page.evaluate(() => (window as unknown as { framesAfterTiles?: number }).framesAfterTiles))
      .toBe(1);
    await context.close();
  });

  it('names a missing tile set of the level the page opens on', async () => {
    const page = await session.browser.newPage({ viewport: { width: 1280, height: 800 } });
    await page.route('**/gemeente_2015.tegels.json', (route) => route.fulfill({ status: 404, body: 'weg' }));
    await page.goto(session.base);
    await expect
      .poll(() => page.locator('.notices').textContent(), { timeout: 30_000 })
      .toMatch(
        /Kaartbestand public\/generated\/gemeente_2015\.tegels\.json ontbreekt op de server of is beschadigd; bouw de gegevens opnieuw met npm run data/,
      );
    await page.context().close();
  });

  it('names a missing map file in Dutch and keeps what was shown', async () => {
    const page = await session.browser.newPage({ viewport: { width: 1280, height: 800 } });
    await page.route('**/buurt_2015.tegels.json', (route) => route.fulfill({ status: 404, body: 'weg' }));
    await page.goto(session.base);
    await drawn(page, 'gemeente_2015');
    await page.locator('input[type=radio][value=buurt]').check();
    await expect
      .poll(() => page.locator('.notices').textContent(), { timeout: 30_000 })
      .toMatch(/Kaartbestand public\/generated\/buurt_2015\.tegels\.json ontbreekt/);
    await page.context().close();
  });

  it('names a tile the server cannot give, once however many fail, with the command that repairs it', async () => {
    const page = await session.browser.newPage({ viewport: { width: 1280, height: 800 } });
    await page.route('**/tegels/wijk_2015/11/**', (route) => route.fulfill({ status: 500, body: 'kapot' }));
    await page.goto(`${session.base}?niveau=wijk&jaar=2015&kaart=4.6700,51.8000,12.5`);
    await expect
      .poll(() => page.locator('.notices').textContent(), { timeout: 30_000 })
      .toMatch(
        /Kaartbestand public\/generated\/tegels\/wijk_2015\/11\/\d+\/\d+\.pbf ontbreekt op de server of is beschadigd; bouw de gegevens opnieuw met npm run data/,
      );
    await expect(page.locator('.notice[data-subject="kaartbestanden"]').count()).resolves.toBe(1);
    await page.context().close();
  });
});
