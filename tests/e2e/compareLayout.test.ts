// The comparison as a planner reads it on a 1280 × 800 screen: a funnel with legible text and
// named outliers, a table without sideways scrolling, region names on the region maps and in the
// PNG, the observed map without a model, and the corrected map against the national rate.
import type { Page } from 'playwright-core';
import { PNG } from 'pngjs';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { readAreas } from '../../src/cli/generated';
import { shortName } from '../../src/atlas/labels';
import { NATIONAL_COLORS } from '../../src/atlas/nationalScale';
import { hexToRgba, paletteColors } from '../../src/atlas/palettes';
import { download } from '../support/download';
import { WMO_REGIONS_2022, atlas } from '../support/atlasCli';
import { browserSession } from '../support/session';

const session = browserSession();

const mapDrawn = (page: Page, map: string, prefix: string) =>
  page.waitForFunction(([m, p]) => window.__wijkatlas?.drawn[m]?.startsWith(p), [map, prefix] as const, {
    timeout: 30_000,
  });

/** Pixels of a map within a colour distance of each colour. */
async function colourCounts(page: Page, map: string, colors: string[]): Promise<number[]> {
  const box = (await page.locator(`[data-map="${map}"]`).boundingBox())!;
  const png = PNG.sync.read(await page.screenshot({ clip: box }));
  return colors.map(hexToRgba).map((c) => {
    let hits = 0;
    for (let i = 0; i < png.data.length; i += 4)
      if (Math.abs(png.data[i] - c[0]) + Math.abs(png.data[i + 1] - c[1]) + Math.abs(png.data[i + 2] - c[2]) <= 6)
        hits++;
    return hits;
  });
}

/** The top-left corner of the first map panel in an exported PNG: the first pixel of its grey frame. */
function firstPanelOrigin(png: PNG): [number, number] {
  const frame = hexToRgba('#c4ccd4');
  for (let y = 0; y < png.height; y++)
    for (let x = 0; x < png.width; x++) {
      const i = (y * png.width + x) * 4;
      const d =
        Math.abs(png.data[i] - frame[0]) + Math.abs(png.data[i + 1] - frame[1]) + Math.abs(png.data[i + 2] - frame[2]);
      if (d <= 6) return [x, y];
    }
  throw new Error('no map panel in the PNG');
}

/** Dark (text) pixels of the PNG inside a label's box, the box given in CSS pixels of the map. */
function darkPixels(png: PNG, origin: [number, number], box: [number, number, number, number], scale: number): number {
  let dark = 0;
  for (let y = Math.round(origin[1] + box[1] * scale); y < origin[1] + box[3] * scale; y++)
    for (let x = Math.round(origin[0] + box[0] * scale); x < origin[0] + box[2] * scale; x++) {
      const i = (y * png.width + x) * 4;
      if (Math.max(png.data[i], png.data[i + 1], png.data[i + 2]) < 90) dark++;
    }
  return dark;
}

describe('The comparison at 1280 × 800', () => {
  it("Wmo-regio's 2022 with a region selected: legible funnel, whole table, region names", async () => {
    const page = await session.open(
      '?niveau=wmoregio&jaar=2022&indicator=wmo_per_1000&weergave=vergelijken&selectie=WMO01',
    );
    for (const map of ['waargenomen', 'gecorrigeerd', 'afwijking'])
      await mapDrawn(page, map, 'wmoregio_2022_wmo_per_1000_scp');
    await page.locator('.funnel svg').waitFor();
    await page.locator('.compare-side .info h2').waitFor();

    // Every text of the funnel is at least 11 px, and the chart is drawn at its column's width (not scaled).
    const sizes = await page
      .locator('.funnel text, .funnel figcaption')
      .evaluateAll((els) => els.map((e) => Number.parseFloat(getComputedStyle(e).fontSize)));
    expect(sizes.length).toBeGreaterThan(10);
    expect(Math.min(...sizes)).toBeGreaterThanOrEqual(11);
    const svg = await page.locator('.funnel svg').evaluate((s) => ({
      drawn: s.getBoundingClientRect().width,
      own: Number(s.getAttribute('width')),
    }));
    expect(svg.drawn).toBeGreaterThanOrEqual(300);
    expect(Math.abs(svg.drawn - svg.own)).toBeLessThanOrEqual(1);
    // Tick labels do not run together: neighbouring x-tick texts leave a gap.
    const ticks = await page.locator('.funnel .funnel-axis-x text').evaluateAll((els) =>
      els
        .filter((e) => /^[\d.]+$/.test(e.textContent ?? ''))
        .map((e) => e.getBoundingClientRect())
        .map((r) => [r.left, r.right])
        .sort((a, b) => a[0] - b[0]),
    );
    expect(ticks.length).toBeGreaterThanOrEqual(2);
    for (let i = 1; i < ticks.length; i++) expect(ticks[i][0] - ticks[i - 1][1]).toBeGreaterThan(4);
    // Outliers are named on the chart: some names of regions outside the limits are drawn.
    const outliers = await page
      .locator('.compare-table tbody tr')
      .evaluateAll((trs) =>
        trs
          .filter((tr) => tr.querySelector('td.deviation')?.getAttribute('data-deviation') !== 'binnen')
          .map((tr) => tr.querySelector('th button')?.textContent ?? ''),
      );
    const named = await page.locator('.funnel svg text').allTextContents();
    expect(outliers.filter((n) => named.includes(n)).length).toBeGreaterThanOrEqual(3);
    // Focusing a point names it beside the point.
    await page.locator('.funnel svg a').first().focus();
    await expect(page.locator('.funnel-name').textContent()).resolves.toMatch(/^.+: \d,\d{3} — /);

    // No column is clipped: the table fits its box, and so does every cell.
    const table = await page.locator('.compare-table-wrap').evaluate((w) => ({
      fits: w.scrollWidth <= w.clientWidth,
      width: w.clientWidth,
      clipped: [...w.querySelectorAll('th, td')].filter((c) => c.scrollWidth > c.clientWidth + 1).length,
    }));
    expect(table).toEqual({ fits: true, width: table.width, clipped: 0 });
    expect(table.width).toBeGreaterThanOrEqual(520);

    // The region maps name regions (not gemeenten), and the PNG carries those names.
    const regionNames = new Set(readAreas('wmoregio', 2022).names.flatMap((n) => [n, shortName(n)]));
    const labels = await page.evaluate(() =>
      window.__wijkatlas!.labels.waargenomen.map((l) => ({ text: l.text, box: l.box })),
    );
    expect(labels.filter((l) => regionNames.has(l.text)).length).toBeGreaterThanOrEqual(5);
    expect(labels.every((l) => regionNames.has(l.text))).toBe(true);
    // In the PNG (drawn at twice the screen's pixels) each name's box on the first map holds dark text.
    const png = PNG.sync.read(await download(page, 'Kaart als PNG'));
    const origin = firstPanelOrigin(png);
    for (const l of labels) expect(darkPixels(png, origin, l.box, 2), l.text).toBeGreaterThan(30);
    await page.context().close();
  });

  it("the comparison's CSV reads back with the counts and fixed decimals, its toelichting beside it", async () => {
    const page = await session.open('?niveau=wmoregio&jaar=2022&indicator=wmo_per_1000&weergave=vergelijken');
    await mapDrawn(page, 'gecorrigeerd', 'wmoregio_2022_wmo_per_1000_scp');
    const bytes = await download(page, 'Tabel als CSV');
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = bytes.toString('utf8').slice(1);
    // Header first (no comment lines), ';' and decimal comma as Dutch Excel reads it.
    const rows = Papa.parse<Record<string, string>>(text, { header: true, delimiter: ';', skipEmptyLines: true });
    expect(rows.errors).toEqual([]);
    for (const column of ['gebruikers', 'populatie', 'verwachte_gebruikers', 'verhouding', 'afwijking'])
      expect(rows.meta.fields).toContain(column);
    const cli = atlas(...WMO_REGIONS_2022, '--format', 'json');
    const want = new Map(
      (JSON.parse(cli.stdout) as { rijen: Record<string, number | string | null>[] }).rijen.map((r) => [r.code, r]),
    );
    const num = (s: string) => (s === '' ? null : Number(s.replace(',', '.')));
    expect(rows.data).toHaveLength(43);
    for (const r of rows.data) {
      const w = want.get(r.code)!;
      // The screen's decimals in every row: one for the rates, three for the ratio.
      for (const column of ['waargenomen', 'verwacht', 'gecorrigeerd'])
        if (r[column] !== '') expect(r[column], `${r.code} ${column}`).toMatch(/^\d+,\d$/);
      expect(r.verhouding).toMatch(/^\d+,\d{3}$/);
      for (const column of [
        'waargenomen',
        'gecorrigeerd',
        'gebruikers',
        'populatie',
        'verwachte_gebruikers',
        'verhouding',
      ])
        expect(num(r[column]), `${r.code} ${column}`).toBe(w[column]);
      // The counts explain the rates: users per 1.000 of the population is the observed rate.
      if (r.volledig === 'ja')
        expect(Math.abs((num(r.gebruikers)! / num(r.populatie)!) * 1000 - num(r.waargenomen)!)).toBeLessThanOrEqual(
          0.051,
        );
    }
    const notes = (await download(page, 'Toelichting bij de tabel: bron, klassen en kolommen (tekstbestand)')).toString(
      'utf8',
    );
    expect(notes).toMatch(/Risicocorrectie \(SCP\)/);
    expect(notes).toMatch(/- verwachte_gebruikers: /);
    await page.context().close();
  });

  it('with no factor the observed map stays coloured and the other two say why they are empty', async () => {
    const page = await session.open('?niveau=jeugdregio&jaar=2015&indicator=bijstand_1564&weergave=vergelijken');
    await mapDrawn(page, 'waargenomen', 'jeugdregio_2015_bijstand_1564_scp');
    await page.locator('.factors summary').click();
    const checked = page.locator('.factors input[type="checkbox"]:checked');
    while ((await checked.count()) > 0) await checked.first().uncheck();
    await mapDrawn(page, 'waargenomen', 'jeugdregio_2015_bijstand_1564_scp__');
    await page.waitForTimeout(300);
    const counts = await colourCounts(page, 'waargenomen', paletteColors('YlGnBu', 5));
    for (const [k, n] of counts.entries()) expect(n, `class ${k + 1}`).toBeGreaterThan(300);
    for (const map of ['gecorrigeerd', 'afwijking'])
      await expect(page.locator(`[data-map-figure="${map}"] .compare-empty`).textContent()).resolves.toMatch(
        /Kies ten minste één risicofactor/,
      );
    await expect(page.locator('[data-map-figure="waargenomen"] .compare-empty').count()).resolves.toBe(0);
    await page.context().close();
  });

  it('when correction crowds one class, the corrected map can show the distance to the national rate', async () => {
    const page = await session.open('?niveau=arbeidsmarktregio&jaar=2015&indicator=bijstand_1564&weergave=vergelijken');
    await mapDrawn(page, 'gecorrigeerd', 'arbeidsmarktregio_2015_bijstand_1564_scp');
    await page.getByRole('radio', { name: /Verschil met landelijk/ }).check();
    await expect.poll(() => new URL(page.url()).searchParams.get('schaal')).toBe('landelijk');
    await mapDrawn(page, 'gecorrigeerd', 'arbeidsmarktregio_2015_bijstand_1564_scp_');
    await page.waitForFunction(() => window.__wijkatlas?.drawn.gecorrigeerd?.includes('_landelijk_'));
    // The legend's counts follow from the CLI's corrected values and the step the legend names.
    const cli = atlas('regions', '--system', 'arbeidsmarktregio', '--jaar', '2015', '--format', 'json');
    expect(cli.status, cli.stderr).toBe(0);
    const out = JSON.parse(cli.stdout) as { model: { landelijk: number }; rijen: { gecorrigeerd: number | null }[] };
    const middle = await page.locator('.national-legend tr[data-class="3"] td:nth-child(2)').textContent();
    const step = Number(/± ([\d,]+)/.exec(middle!)![1].replace(',', '.'));
    const classOf = (v: number) => {
      const d = v - out.model.landelijk;
      return Math.abs(d) <= step ? 2 : d < 0 ? (d < -3 * step ? 0 : 1) : d > 3 * step ? 4 : 3;
    };
    const want = [0, 1, 2, 3, 4].map(
      (k) => out.rijen.filter((r) => r.gecorrigeerd !== null && classOf(r.gecorrigeerd) === k).length,
    );
    const shown = (await page.locator('.national-legend td.num').allTextContents()).map(Number);
    expect(shown).toEqual(want);
    expect(Math.max(...want)).toBeLessThanOrEqual(out.rijen.length / 2);
    // The map shows the classes that hold areas, in the diverging colours.
    await page.waitForTimeout(300);
    const counts = await colourCounts(page, 'gecorrigeerd', NATIONAL_COLORS);
    for (const [k, n] of want.entries()) if (n >= 3) expect(counts[k], `class ${k + 1}`).toBeGreaterThan(200);
    await page.context().close();
  });
});
