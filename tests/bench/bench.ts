// npm run bench: measures the built atlas in headless Chromium and prints one JSON object.
// Every timing is a median over fresh pages. "drawn" is the frame in which the layers were
// submitted (the app's performance mark); "_gpu" figures also wait for the GPU to finish that
// frame (a 1-pixel readback), which on this machine means SwiftShader software rendering.
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build, preview } from 'vite';
import { feature } from 'topojson-client';
import type { Browser, Page } from 'playwright-core';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { findIndicator } from '../../src/cli/generated';
import { DEFAULT_OUT_DIR } from '../../data/pipeline/pipeline';
import { buildChoropleth } from '../../src/atlas/choropleth';
import { tableAreas } from '../../src/atlas/areas';
import type { Manifest } from '../../src/atlas/assets';
import type { AreaTable } from '../../src/atlas/indicators';
import { DEFAULT_CLASSIFICATION } from '../../src/atlas/classificationText';
import { launchChromium } from '../support/browser';
import { importTimings } from './importBench';

const ROOT = resolve(fileURLToPath(import.meta.url), '../../..');
const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
const round = (x: number) => Math.round(x * 10) / 10;

/** Page code that blocks until every WebGL canvas has finished its frame (a 1-pixel readback). */
const FINISH_GPU = `for (const c of document.querySelectorAll('canvas')) { const gl = c.getContext('webgl2'); if (gl) gl.readPixels(0, 0, 1, 1, gl.RGBA, gl.UNSIGNED_BYTE, new Uint8Array(4)); }`;

/** Installed before any page script: times each drawn:* mark and the GPU finishing that frame. */
const OBSERVER = `
  window.__drawn = {};
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) {
      if (!e.name.startsWith('drawn:')) continue;
      ${FINISH_GPU}
      window.__drawn[e.name.slice(6)] = { mark: e.startTime, gpu: performance.now() };
    }
  }).observe({ type: 'mark' });
`;

type Drawn = { mark: number; gpu: number };

async function waitDrawn(page: Page, prefix: string): Promise<Drawn> {
  const handle = await page.waitForFunction(
    (p) => {
      const d = (window as unknown as { __drawn: Record<string, Drawn> }).__drawn;
      const key = Object.keys(d).find((k) => k.startsWith(p));
      return key ? d[key] : null;
    },
    prefix,
    { timeout: 60_000, polling: 20 },
  );
  return (await handle.jsonValue()) as Drawn;
}

async function servePreview(outDir: string) {
  const server = await preview({
    root: ROOT,
    build: { outDir },
    preview: { port: 0, host: '127.0.0.1' },
    logLevel: 'silent',
  });
  const address = server.httpServer.address();
  if (!address || typeof address === 'string') throw new Error('no port');
  return { server, url: `http://127.0.0.1:${address.port}/` };
}

async function buildBaseline(): Promise<string> {
  const outDir = mkdtempSync(join(tmpdir(), 'wijkatlas-baseline-'));
  await build({
    root: join(ROOT, 'tests/bench/baseline'),
    base: './',
    logLevel: 'silent',
    build: { outDir, emptyOutDir: true },
  });
  // Same polygons and classes as the app's views, as plain GeoJSON (one file per level).
  for (const level of ['gemeente', 'wijk', 'buurt'] as const) {
    const topo = JSON.parse(readFileSync(join(DEFAULT_OUT_DIR, `${level}_2015.topo.json`), 'utf8')) as Topology;
    const table = JSON.parse(readFileSync(join(DEFAULT_OUT_DIR, `${level}_2015.table.json`), 'utf8')) as AreaTable;
    const c = buildChoropleth(tableAreas(table), findIndicator('bijstand_1564')!, DEFAULT_CLASSIFICATION);
    const fc = feature(topo, topo.objects[level] as GeometryCollection) as GeoJSON.FeatureCollection;
    for (const f of fc.features) {
      const row = c.rowOf.get((f.properties as { code: string }).code) ?? -1;
      (f.properties as Record<string, unknown>).klasse = row >= 0 ? c.result.classOf[row] + 1 : null;
    }
    writeFileSync(join(outDir, `${level}_2015.geojson`), JSON.stringify(fc));
  }
  return outDir;
}

/** The atlas core timed inside Chromium (tests/bench/core), on the generated assets. */
async function buildCorePage(): Promise<string> {
  const outDir = mkdtempSync(join(tmpdir(), 'wijkatlas-core-'));
  await build({
    root: join(ROOT, 'tests/bench/core'),
    base: './',
    publicDir: join(ROOT, 'public'),
    logLevel: 'silent',
    build: { outDir, emptyOutDir: true },
  });
  return outDir;
}

async function coreTimings(browser: Browser, url: string): Promise<Record<string, number>> {
  const page = await browser.newPage();
  await page.goto(url);
  const handle = await page.waitForFunction(() => (window as unknown as { __bench?: unknown }).__bench, null, {
    timeout: 120_000,
  });
  const result = (await handle.jsonValue()) as Record<string, number> & { error?: string };
  await page.close();
  if (result.error) throw new Error(`core benchmark: ${result.error}`);
  return result;
}

type Size = { width: number; height: number };
/** The atlas's page size; the plain maplibre page gets the size of the atlas's map in it, so both draw as many pixels. */
const APP_VIEWPORT: Size = { width: 1280, height: 800 };

async function firstPaint(browser: Browser, url: string, prefix: string, viewport: Size = APP_VIEWPORT) {
  const context = await browser.newContext({ viewport });
  await context.addInitScript(OBSERVER);
  const page = await context.newPage();
  const scripts: string[] = [];
  page.on('response', (r) => {
    if (/\.m?js(\?|$)/.test(new URL(r.url()).pathname)) scripts.push(new URL(r.url()).pathname);
  });
  await page.goto(url);
  const drawn = await waitDrawn(page, prefix);
  const loadedBeforeFrame = [...scripts];
  return { page, context, drawn, scripts: loadedBeforeFrame };
}

/** The size of the atlas's map canvas in its page (the side panel and the header take the rest). */
async function atlasMapSize(browser: Browser, url: string): Promise<Size> {
  const context = await browser.newContext({ viewport: APP_VIEWPORT });
  const page = await context.newPage();
  await page.goto(url);
  const box = await page.locator('canvas.maplibregl-canvas').boundingBox({ timeout: 60_000 });
  await context.close();
  if (!box) throw new Error('geen kaart');
  return { width: Math.round(box.width), height: Math.round(box.height) };
}

/** Runs an action in the page and times it until the frame with the given key is drawn. */
async function timeAction(page: Page, action: string, prefix: string): Promise<Drawn> {
  const start = await page.evaluate<number>(action);
  const d = await waitDrawn(page, prefix);
  return { mark: d.mark - start, gpu: d.gpu - start };
}

/** Runs an action in the page and resolves with the time until the next drawn:* mark. */
async function timeUntilNextFrame(page: Page, action: string): Promise<Drawn> {
  return page.evaluate<Drawn>(`new Promise((resolve) => {
    const start = performance.now();
    const observer = new PerformanceObserver((list) => {
      for (const e of list.getEntries()) {
        if (e.name.startsWith('drawn:') && e.startTime >= start) {
          observer.disconnect();
          ${FINISH_GPU}
          resolve({ mark: e.startTime - start, gpu: performance.now() - start });
        }
      }
    });
    observer.observe({ type: 'mark' });
    ${action}
  })`);
}

/** Sociale kaart: toggling a category and typing a search over all 10,000 points, at national zoom. */
async function poiFilterTimings(browser: Browser, url: string): Promise<Drawn[]> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  await page.goto(`${url}?voorzieningen=alle`);
  await page.locator('.poi-categories').waitFor({ timeout: 60_000 });
  await page.waitForFunction(() => (window.__wijkatlas?.lastDrawn ?? '').includes('_poi'), null, {
    timeout: 60_000,
  });
  await page.waitForTimeout(500);
  const times: Drawn[] = [];
  for (let i = 0; i < 6; i++) {
    times.push(
      await timeUntilNextFrame(
        page,
        `document.querySelectorAll('.poi-categories input[type=checkbox]')[${i % 3}].click();`,
      ),
    );
    await page.waitForTimeout(200);
  }
  for (const text of ['dordrecht', 'school', '']) {
    times.push(
      await timeUntilNextFrame(
        page,
        `(() => { const el = document.querySelector('#poi-text'); const set = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value').set; set.call(el, ${JSON.stringify(text)}); el.dispatchEvent(new Event('input', { bubbles: true })); })();`,
      ),
    );
    await page.waitForTimeout(200);
  }
  await context.close();
  return times;
}

const selectAction = (label: string, value: string) => `(() => {
  const el = [...document.querySelectorAll('select')].find((s) => s.labels?.[0]?.textContent === ${JSON.stringify(label)});
  const t = performance.now();
  el.value = ${JSON.stringify(value)};
  el.dispatchEvent(new Event('change', { bubbles: true }));
  return t;
})()`;
const radioAction = (value: string) =>
  `(() => { const t = performance.now(); document.querySelector('input[type=radio][value=${value}]').click(); return t; })()`;

/** Waits until every WebGL canvas of the page has finished its frame: two animation frames after
 *  the input (the map renders in the first, an overlay may follow in the second), then a
 *  1-pixel readback that blocks until the software renderer is done. */
const FRAME_FENCE = `new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => {
  ${FINISH_GPU}
  resolve(null);
})))`;

const PAN_STEPS = 40;

/** A scripted drag with real mouse events: PAN_STEPS moves of 10 px, each timed until its frame is drawn. */
async function panFrames(
  browser: Browser,
  url: string,
  prefix: string,
  viewport: Size = APP_VIEWPORT,
): Promise<number[]> {
  const context = await browser.newContext({ viewport });
  await context.addInitScript(OBSERVER);
  const page = await context.newPage();
  await page.goto(url);
  await waitDrawn(page, prefix);
  await page.waitForLoadState('networkidle');
  await page.waitForTimeout(1000);
  const canvas = await page.locator('canvas.maplibregl-canvas').boundingBox();
  if (!canvas) throw new Error('geen kaart');
  const x0 = canvas.x + canvas.width / 2;
  const y0 = canvas.y + canvas.height / 2;
  const center = () =>
    page.evaluate(() => {
      const map =
        (window.__wijkatlas?.maps.kaart as { getCenter(): { lng: number } } | undefined) ??
        (window as unknown as { benchMap: { getCenter(): { lng: number } } }).benchMap;
      return map.getCenter().lng;
    });
  const before = await center();
  await page.mouse.move(x0, y0);
  await page.mouse.down();
  const times: number[] = [];
  for (let i = 1; i <= PAN_STEPS; i++) {
    const t = performance.now();
    await page.mouse.move(x0 - 10 * i, y0 - 3 * i);
    await page.evaluate(FRAME_FENCE);
    times.push(performance.now() - t);
  }
  await page.mouse.up();
  // A drag that moved nothing would time empty frames: refuse it.
  if (Math.abs((await center()) - before) < 1e-6) throw new Error(`de kaart bewoog niet bij het slepen (${url})`);
  await context.close();
  return times;
}

const p95 = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil(0.95 * s.length) - 1)];
};

/** From navigation to a profile that shows its regions and its chart against the siblings. */
async function deepLinkProfile(browser: Browser, url: string): Promise<number> {
  const context = await browser.newContext({ viewport: APP_VIEWPORT });
  const page = await context.newPage();
  const start = performance.now();
  await page.goto(`${url}?niveau=wijk&selectie=WK050507`);
  await page.waitForFunction(
    () => {
      const parents = document.querySelector('.profile-parents')?.textContent ?? '';
      return (
        /arbeidsmarktregio/i.test(parents) &&
        /jeugdregio/i.test(parents) &&
        document.querySelector('.profile .plot-chart svg') !== null
      );
    },
    null,
    { timeout: 60_000, polling: 20 },
  );
  const ms = performance.now() - start;
  await context.close();
  return ms;
}

/** The drags at buurt and wijk level against the plain maplibre page, and the deep-linked profile. */
async function panAndDeepLink(browser: Browser, appUrl: string, baselineUrl: string, mapSize: Size) {
  // The atlas and the plain maplibre page alternate, so that machine noise hits both alike.
  const pan: Record<string, number[]> = { buurt: [], wijk: [], baseline_buurt: [], baseline_wijk: [] };
  const views = { buurt: '5.1214,52.0907,11', wijk: '5.3000,52.1500,7' } as const;
  for (let i = 0; i < Math.max(1, Math.round(RUNS / 2)); i++) {
    for (const level of ['buurt', 'wijk'] as const) {
      pan[`baseline_${level}`].push(
        ...(await panFrames(
          browser,
          `${baselineUrl}?data=${level}_2015.geojson&kaart=${views[level]}`,
          'baseline',
          mapSize,
        )),
      );
      pan[level].push(
        ...(await panFrames(browser, `${appUrl}?niveau=${level}&kaart=${views[level]}`, `${level}_2015_bijstand_1564`)),
      );
    }
  }
  const deepLink: number[] = [];
  for (let i = 0; i < RUNS; i++) deepLink.push(await deepLinkProfile(browser, appUrl));
  const ratio = (a: number[], b: number[]) => Math.round((median(a) / median(b)) * 100) / 100;
  return {
    pan_frame_ms_buurt: round(median(pan.buurt)),
    pan_frame_p95_ms_buurt: round(p95(pan.buurt)),
    baseline_pan_frame_ms_buurt: round(median(pan.baseline_buurt)),
    baseline_pan_frame_p95_ms_buurt: round(p95(pan.baseline_buurt)),
    pan_frame_ratio_buurt: ratio(pan.buurt, pan.baseline_buurt),
    pan_frame_ms_wijk: round(median(pan.wijk)),
    pan_frame_p95_ms_wijk: round(p95(pan.wijk)),
    baseline_pan_frame_ms_wijk: round(median(pan.baseline_wijk)),
    pan_frame_ratio_wijk: ratio(pan.wijk, pan.baseline_wijk),
    deep_link_profile_ms: round(median(deepLink)),
  };
}

async function main() {
  if (!existsSync(join(ROOT, 'dist', 'index.html')))
    throw new Error('dist/ ontbreekt: npm run bench bouwt eerst met npm run build');
  const baselineDir = await buildBaseline();
  const coreDir = await buildCorePage();
  const app = await servePreview('dist');
  const baseline = await servePreview(baselineDir);
  const core = await servePreview(coreDir);
  const browser = await launchChromium();
  try {
    const mapSize = await atlasMapSize(browser, app.url);
    if (process.env.BENCH_ONLY === 'pan') {
      // While working on rendering: only the drags and the deep link (not a published figure set).
      process.stdout.write(
        `${JSON.stringify(await panAndDeepLink(browser, app.url, baseline.url, mapSize), null, 2)}\n`,
      );
      return;
    }
    const first: Drawn[] = [];
    const base: Drawn[] = [];
    const levelSwitch: Drawn[] = [];
    const recolor: Drawn[] = [];
    let scripts: string[] = [];
    for (let i = 0; i < RUNS; i++) {
      // Alternate the two pages so that machine noise hits both alike.
      const b = await firstPaint(browser, baseline.url, 'baseline', mapSize);
      base.push(b.drawn);
      await b.context.close();
      const a = await firstPaint(browser, app.url, 'gemeente_2015_bijstand_1564');
      first.push(a.drawn);
      scripts = a.scripts;
      levelSwitch.push(await timeAction(a.page, radioAction('buurt'), 'buurt_2015_bijstand_1564'));
      for (const id of ['pct_65plus', 'ww_1564']) {
        recolor.push(await timeAction(a.page, selectAction('Indicator', id), `buurt_2015_${id}`));
      }
      await a.context.close();
    }
    const panFigures = await panAndDeepLink(browser, app.url, baseline.url, mapSize);
    const gz = (buf: Buffer) => gzipSync(buf, { level: 9 }).length;
    const distAssets = join(ROOT, 'dist', 'assets');
    const jsFiles = [...new Set(scripts.map((p) => p.split('/').pop()!))].filter((f) =>
      existsSync(join(distAssets, f)),
    );
    const jsGzip = jsFiles.reduce((n, f) => n + gz(readFileSync(join(distAssets, f))), 0);
    const workerGzip = jsFiles
      .filter((f) => f.includes('worker'))
      .reduce((n, f) => n + gz(readFileSync(join(distAssets, f))), 0);
    const manifest = JSON.parse(readFileSync(join(DEFAULT_OUT_DIR, 'manifest.json'), 'utf8')) as Manifest;
    // A tile set's figure is its tiles' (the TileJSON beside them is a few hundred bytes).
    const bytes = Object.fromEntries(
      manifest.assets.map((a) => [
        a.file,
        a.tiles
          ? { tiles: a.tiles.count, raw: a.tiles.bytes }
          : { raw: a.bytes, gzip: gz(readFileSync(join(DEFAULT_OUT_DIR, a.file))) },
      ]),
    );
    const coreResult = await coreTimings(browser, core.url);
    const poi = await poiFilterTimings(browser, app.url);
    const imports = await importTimings(browser, app.url);
    const firstMs = median(first.map((d) => d.mark));
    const baseMs = median(base.map((d) => d.mark));
    const result = {
      runs: RUNS,
      first_choropleth_ms: round(firstMs),
      baseline_first_paint_ms: round(baseMs),
      first_choropleth_ratio: Math.round((firstMs / baseMs) * 100) / 100,
      first_choropleth_gpu_ms: round(median(first.map((d) => d.gpu))),
      baseline_first_paint_gpu_ms: round(median(base.map((d) => d.gpu))),
      level_switch_ms: round(median(levelSwitch.map((d) => d.mark))),
      level_switch_gpu_ms: round(median(levelSwitch.map((d) => d.gpu))),
      recolor_ms: round(median(recolor.map((d) => d.mark))),
      recolor_gpu_ms: round(median(recolor.map((d) => d.gpu))),
      ...panFigures,
      poi_filter_ms: round(median(poi.map((d) => d.mark))),
      poi_filter_gpu_ms: round(median(poi.map((d) => d.gpu))),
      risk_recompute_ms: round(coreResult.risk_recompute_ms),
      risk_recompute_2022_ms: round(coreResult.risk_recompute_2022_ms),
      risk_recompute_2022_wmo_ms: round(coreResult.risk_recompute_2022_wmo_ms),
      risk_recompute_2022_jeugdzorg_ms: round(coreResult.risk_recompute_2022_jeugdzorg_ms),
      table_import_50k_ms: round(coreResult.table_import_50k_ms),
      ...Object.fromEntries(Object.entries(imports).map(([k, v]) => [k, round(v)])),
      dissolve_ms: round(coreResult.dissolve_ms),
      dissolve_turf_union_ms: round(coreResult.dissolve_turf_union_ms),
      dissolve_ratio: Math.round((coreResult.dissolve_ms / coreResult.dissolve_turf_union_ms) * 1000) / 1000,
      js_gzip_bytes: jsGzip,
      js_gzip_main_thread_bytes: jsGzip - workerGzip,
      js_gzip_worker_bytes: workerGzip,
      js_files_before_first_frame: jsFiles,
      bytes,
      baseline_viewport: mapSize,
      renderer: 'headless Chromium, --disable-gpu (SwiftShader software WebGL)',
    };
    process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
  } finally {
    await browser.close();
    await app.server.close();
    await baseline.server.close();
    await core.server.close();
  }
}

main().catch((error) => {
  process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
