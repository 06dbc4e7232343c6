// "Regio's vergelijken" in Chromium: both maps drawn, counts before → after, sortable table, shifts.
import type { Page } from 'playwright-core';
import { PNG } from 'pngjs';
import { describe, expect, it } from 'vitest';
import { DEFAULT_FACTORS, riskFactor } from '../../data/catalogue/riskFactors';
import { findIndicator } from '../../src/cli/generated';
import { compare } from '../../src/atlas/comparison';
import { fitRiskModel } from '../../src/atlas/riskCorrection';
import { DEVIATION_COLORS, hexToRgba, paletteColors } from '../../src/atlas/palettes';
import Papa from 'papaparse';
import { download } from '../support/download';
import { readAreas } from '../../src/cli/generated';
import { WMO_REGIONS_2022, atlas } from '../support/atlasCli';
import { browserSession } from '../support/session';
import { seriousViolations } from '../support/axe';

const session = browserSession();
const { consoleErrors } = session;

async function open(query: string): Promise<Page> {
  const page = await session.open(query, undefined, { width: 1400, height: 900 });
  return page;
}

const mapDrawn = (page: Page, map: string, prefix: string) =>
  page.waitForFunction(([m, p]) => window.__wijkatlas?.drawn[m]?.startsWith(p), [map, prefix] as const, {
    timeout: 30_000,
  });

function expected(system: Parameters<typeof readAreas>[0], factorIds = DEFAULT_FACTORS.bijstand_1564) {
  const gemeenten = readAreas('gemeente', 2015);
  const model = fitRiskModel(
    gemeenten,
    findIndicator('bijstand_1564')!,
    factorIds.map((f) => riskFactor(f)!),
  );
  return compare(model, gemeenten, system === 'gemeente' ? gemeenten : readAreas(system, 2015));
}

describe("Regio's vergelijken", () => {
  it('draws both maps, counts each class before and after, sorts the table and lists the shifts', async () => {
    const page = await open('?niveau=arbeidsmarktregio&jaar=2015&indicator=bijstand_1564');
    await page.getByRole('button', { name: "Regio's vergelijken" }).click();
    await mapDrawn(page, 'waargenomen', 'arbeidsmarktregio_2015_bijstand_1564_scp');
    await mapDrawn(page, 'gecorrigeerd', 'arbeidsmarktregio_2015_bijstand_1564_scp');
    expect(new URL(page.url()).searchParams.get('weergave')).toBe('vergelijken');

    const want = expected('arbeidsmarktregio');
    const before = (await page.locator('.compare-legend .count-before').allTextContents()).map(Number);
    const after = (await page.locator('.compare-legend .count-after').allTextContents()).map(Number);
    expect(before).toEqual([7, 7, 7, 7, 7]);
    expect(before).toEqual(want.countsObserved);
    expect(after).toEqual(want.countsCorrected);

    // Both maps show real colours: the observed one all five classes.
    const palette = paletteColors('YlGnBu', 5).map(hexToRgba);
    await page.waitForTimeout(300);
    for (const [map, classes] of [
      ['waargenomen', [0, 1, 2, 3, 4]],
      ['gecorrigeerd', want.countsCorrected.flatMap((n, k) => (n > 0 ? [k] : []))],
    ] as const) {
      const box = (await page.locator(`[data-map="${map}"]`).boundingBox())!;
      const png = PNG.sync.read(await page.screenshot({ clip: box }));
      for (const k of classes) {
        let hits = 0;
        for (let i = 0; i < png.data.length; i += 4) {
          if (
            Math.abs(png.data[i] - palette[k][0]) +
              Math.abs(png.data[i + 1] - palette[k][1]) +
              Math.abs(png.data[i + 2] - palette[k][2]) <=
            6
          )
            hits++;
        }
        expect(hits, `${map} class ${k + 1}`).toBeGreaterThan(300);
      }
    }

    // The table sorts by name when its header is clicked, and back.
    const names = () => page.locator('.compare-table tbody th').allTextContents();
    await page.getByRole('button', { name: /^Gebied/ }).click();
    const ascending = await names();
    expect(ascending).toEqual([...ascending].sort((a, b) => a.localeCompare(b, 'nl')));
    expect(ascending).toHaveLength(35);
    await page.getByRole('button', { name: /^Gebied/ }).click();
    expect(await names()).toEqual([...ascending].reverse());
    await expect(page.locator('th[aria-sort="descending"]').textContent()).resolves.toContain('Gebied');

    // The shift list says it in plain Dutch, the same shifts as the core computes.
    const shifts = await page.locator('.shift-list li .shift-text').allTextContents();
    expect(shifts.sort()).toEqual(want.shifts.map((s) => s.text).sort());
    await expect(page.locator('.caveat').textContent()).resolves.toMatch(/signaal, geen oordeel/);
    await expect(page.locator('.model summary').textContent()).resolves.toMatch(/R² \d,\d\d, n = 393/);
    await page.context().close();
  });

  it('refits at once when a factor is switched off, and keeps it in the URL', async () => {
    const page = await open('?niveau=jeugdregio&weergave=vergelijken');
    await mapDrawn(page, 'gecorrigeerd', 'jeugdregio_2015_bijstand_1564_scp');
    await page.locator('.factors summary').click();
    await page.getByRole('checkbox', { name: /AO-uitkeringen als % van de inwoners/ }).uncheck();
    const factors = DEFAULT_FACTORS.bijstand_1564.filter((f) => f !== 'AO_PCT');
    await expect.poll(() => new URL(page.url()).searchParams.get('factoren')).toBe(factors.join(','));
    await mapDrawn(page, 'gecorrigeerd', `jeugdregio_2015_bijstand_1564_scp_${factors.join('-')}`);
    const want = expected('jeugdregio', factors);
    const after = (await page.locator('.compare-legend .count-after').allTextContents()).map(Number);
    expect(after).toEqual(want.countsCorrected);
    await expect(page.locator('.coefficients tbody tr').count()).resolves.toBe(factors.length + 1);
    await page.context().close();
  });

  it("Wmo-regio's 2022: both maps, the deviation map, the funnel plot and a table whose afwijking matches the CLI", async () => {
    const page = await open('?niveau=wmoregio&jaar=2022&indicator=wmo_per_1000&weergave=vergelijken');
    for (const map of ['waargenomen', 'gecorrigeerd', 'afwijking'])
      await mapDrawn(page, map, 'wmoregio_2022_wmo_per_1000_scp');
    const cli = atlas(...WMO_REGIONS_2022, '--format', 'csv');
    expect(cli.status, cli.stderr).toBe(0);
    const rows = Papa.parse<Record<string, string>>(cli.stdout, { header: true, skipEmptyLines: true }).data;
    expect(rows).toHaveLength(43);

    // The table's deviation per region equals the CLI's (short words, said in full in the tooltip).
    const shown = await page
      .locator('.compare-table tbody tr')
      .evaluateAll((trs) =>
        trs.map((tr) => [tr.getAttribute('data-code'), tr.querySelector('td.deviation')?.textContent ?? '']),
      );
    expect(shown).toHaveLength(43);
    for (const [code, text] of shown) expect(text, code!).toBe(rows.find((r) => r.code === code)!.afwijking);
    const count = (d: string) => rows.filter((r) => r.afwijking === d).length;
    expect(count('hoger')).toBeGreaterThan(0);
    expect(count('lager')).toBeGreaterThan(0);
    for (const d of ['lager', 'binnen', 'hoger']) {
      await expect(
        page.locator(`.deviation-legend [data-deviation="${d}"] .deviation-count`).textContent(),
      ).resolves.toBe(String(count(d)));
    }
    // Regions with a gemeente without a figure: counted as onvolledig in the legend, noted in the table.
    const incomplete = rows.filter((r) => r.volledig === 'nee' && r.waargenomen !== '').length;
    expect(incomplete).toBeGreaterThan(0);
    await expect(page.locator('.onvolledig-count').textContent()).resolves.toBe(String(incomplete));
    await expect(page.locator('.compare-table tbody th .value-note').count()).resolves.toBe(incomplete);
    // Where the national rate falls, and the fit in words.
    await expect(page.locator('.national-class-text').textContent()).resolves.toMatch(/landelijk 70,7 — in klasse \d/);
    await expect(page.locator('.model-fit').textContent()).resolves.toMatch(/R² 0,51/);

    // The deviation map shows both the "lower" and the "higher" colour.
    await page.waitForTimeout(300);
    const box = (await page.locator('[data-map="afwijking"]').boundingBox())!;
    const png = PNG.sync.read(await page.screenshot({ clip: box }));
    for (const [name, color] of Object.entries(DEVIATION_COLORS).filter(([d]) => d !== 'binnen')) {
      const rgb = hexToRgba(color);
      let hits = 0;
      for (let i = 0; i < png.data.length; i += 4)
        if (
          Math.abs(png.data[i] - rgb[0]) + Math.abs(png.data[i + 1] - rgb[1]) + Math.abs(png.data[i + 2] - rgb[2]) <=
          6
        )
          hits++;
      expect(hits, name).toBeGreaterThan(300);
    }

    // The funnel: one point per region, two limit curves; a point selects its region.
    await expect(page.locator('.funnel svg a circle').count()).resolves.toBe(43);
    await expect(page.locator('.funnel svg path').count()).resolves.toBeGreaterThanOrEqual(2);
    const drechtsteden = page.locator('.funnel svg a').filter({ hasText: /^Drechtsteden: \d,\d{3} — / });
    await expect(drechtsteden.count()).resolves.toBe(1);
    await drechtsteden.click();
    await expect.poll(() => new URL(page.url()).searchParams.get('selectie')).toBe('WMO04');

    // The PNG holds the three maps: the deviation colours are in it.
    const image = PNG.sync.read(await download(page, 'Kaart als PNG'));
    const rgb = hexToRgba(DEVIATION_COLORS.hoger);
    let orange = 0;
    for (let i = 0; i < image.data.length; i += 4)
      if (
        Math.abs(image.data[i] - rgb[0]) +
          Math.abs(image.data[i + 1] - rgb[1]) +
          Math.abs(image.data[i + 2] - rgb[2]) <=
        6
      )
        orange++;
    expect(orange).toBeGreaterThan(500);
    await page.context().close();
  });

  it('the factor list offers no counts and shows why the outcome itself cannot be chosen', async () => {
    const page = await open('?niveau=gemeente&jaar=2015&indicator=bijstand_1564&weergave=vergelijken');
    await mapDrawn(page, 'gecorrigeerd', 'gemeente_2015_bijstand_1564_scp');
    await page.locator('.factors summary').click();
    const own = page.locator('input[data-factor="WWB_PCT"]');
    await expect(own.isDisabled()).resolves.toBe(true);
    await expect(page.locator('label.excluded').first().textContent()).resolves.toMatch(/uitkomst zelf/);
    await expect(page.locator('input[data-factor="AANT_INW"]').count()).resolves.toBe(0);
    await expect(page.locator('.factors').textContent()).resolves.not.toMatch(/P_EENP_HH|WWB_PCT/);
    await page.context().close();
  });

  it('has no serious or critical axe-core violations', async () => {
    const context = await session.browser.newContext({ viewport: { width: 1400, height: 900 }, bypassCSP: true });
    const page = await session.open('?niveau=arbeidsmarktregio&weergave=vergelijken&selectie=AM23', context);
    await mapDrawn(page, 'gecorrigeerd', 'arbeidsmarktregio_2015');
    await page.locator('.profile-rank').waitFor({ timeout: 30_000 });
    expect(await seriousViolations(page)).toEqual([]);
    // The 2022 comparison with its funnel and the factor list open.
    await page.goto(`${session.base}?niveau=wmoregio&jaar=2022&indicator=wmo_per_1000&weergave=vergelijken`);
    await mapDrawn(page, 'afwijking', 'wmoregio_2022');
    await page.locator('.funnel svg').waitFor();
    await page.locator('.factors summary').click();
    expect(await seriousViolations(page)).toEqual([]);
    await context.close();
  });

  it('logged no console error', () => {
    expect(consoleErrors).toEqual([]);
  });
});
