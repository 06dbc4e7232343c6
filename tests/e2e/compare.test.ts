// "Regio's vergelijken" in Chromium: both maps drawn, counts before → after, sortable table, shifts.
import type { Page } from 'playwright-core';
import { PNG } from 'pngjs';
import { describe, expect, it } from 'vitest';
import { DEFAULT_FACTORS, riskFactor } from '../../data/riskFactors';
import { findIndicator } from '../../data/catalogue';
import { compare } from '../../src/atlas/comparison';
import { fitRiskModel } from '../../src/atlas/riskCorrection';
import { hexToRgba, paletteColors } from '../../src/atlas/palettes';
import { readAreas } from '../../src/cli/generated';
import { browserSession } from '../support/session';
import { seriousViolations } from '../support/axe';

const session = browserSession();
const { consoleErrors } = session;

async function open(query: string): Promise<Page> {
  const page = await session.open(query, undefined, { width: 1400, height: 900 });
  return page;
}

const mapDrawn = (page: Page, map: string, prefix: string) =>
  page.waitForFunction(([m, p]) => (document.querySelector(`[data-map="${m}"]`) as HTMLElement | null)?.dataset.drawn?.startsWith(p), [map, prefix] as const, { timeout: 30_000 });

function expected(system: Parameters<typeof readAreas>[0], factorIds = DEFAULT_FACTORS.bijstand_1564) {
  const gemeenten = readAreas('gemeente', 2015);
  const model = fitRiskModel(gemeenten, findIndicator('bijstand_1564')!, factorIds.map((f) => riskFactor(f)!));
  return compare(model, gemeenten, system === 'gemeente' ? gemeenten : readAreas(system, 2015));
}

describe('Regio\'s vergelijken', () => {
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
    for (const [map, classes] of [['waargenomen', [0, 1, 2, 3, 4]], ['gecorrigeerd', want.countsCorrected.flatMap((n, k) => (n > 0 ? [k] : []))]] as const) {
      const box = (await page.locator(`[data-map="${map}"]`).boundingBox())!;
      const png = PNG.sync.read(await page.screenshot({ clip: box }));
      for (const k of classes) {
        let hits = 0;
        for (let i = 0; i < png.data.length; i += 4) {
          if (Math.abs(png.data[i] - palette[k][0]) + Math.abs(png.data[i + 1] - palette[k][1]) + Math.abs(png.data[i + 2] - palette[k][2]) <= 6) hits++;
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
    const shifts = await page.locator('.shift-list li').allTextContents();
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

  it('has no serious or critical axe-core violations', async () => {
    const context = await session.browser.newContext({ viewport: { width: 1400, height: 900 }, bypassCSP: true });
    const page = await session.open('?niveau=arbeidsmarktregio&weergave=vergelijken&selectie=AM23', context);
    await mapDrawn(page, 'gecorrigeerd', 'arbeidsmarktregio_2015');
    await page.locator('.profile-rank').waitFor({ timeout: 30_000 });
    expect(await seriousViolations(page)).toEqual([]);
    await context.close();
  });

  it('logged no console error', () => {
    expect(consoleErrors).toEqual([]);
  });
});
