// "How do my wijken compare?": a gemeente selected on the gemeente map stays the focus on the wijk
// map, with its wijken ranked; a wijk selects its gemeente on the way back; Escape closes.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { browserSession } from '../support/session';

const session = browserSession();
const drawn = (page: Page, prefix: string) =>
  page.waitForFunction((p) => (window.__wijkatlas?.lastDrawn ?? '').startsWith(p), prefix, {
    timeout: 30_000,
  });
const param = (page: Page, name: string) => new URL(page.url()).searchParams.get(name);

describe('wijken of a gemeente', () => {
  it('Dordrecht stays the focus on the wijk map: 13 named wijken in value order, the highest as in the CLI', async () => {
    const page = await session.open('?niveau=gemeente&selectie=GM0505', undefined, { width: 1400, height: 900 });
    await drawn(page, 'gemeente_2015');
    await page.locator('.info h2', { hasText: 'Dordrecht' }).waitFor();
    await page.getByRole('radio', { name: 'Wijken' }).check();
    await drawn(page, 'wijk_2015');
    await page.locator('.info h2', { hasText: 'Dordrecht — wijken' }).waitFor({ timeout: 30_000 });
    expect(param(page, 'selectie')).toBe('GM0505');
    const rows = page.locator('.ranked-list li');
    await expect.poll(() => rows.count(), { timeout: 15_000 }).toBe(13);
    const names = await page.locator('.ranked-name').allTextContents();
    expect(names.every((n) => n.trim().length > 0)).toBe(true);
    // Value order, read from the table the CLI prints for the same map.
    const csv = execFileSync(
      'npx',
      [
        'tsx',
        'src/cli/atlas.ts',
        'table',
        '--indicator',
        'bijstand_1564',
        '--niveau',
        'wijk',
        '--jaar',
        '2015',
        '--format',
        'json',
      ],
      { encoding: 'utf8' },
    );
    const cli = (JSON.parse(csv).rijen as { code: string; naam: string; waarde: number | null }[])
      .filter((r) => r.code.startsWith('WK0505') && r.waarde !== null)
      .sort((a, b) => (b.waarde as number) - (a.waarde as number));
    const codes = await rows.evaluateAll((els) => els.map((e) => e.getAttribute('data-code')));
    expect(codes.slice(0, cli.length)).toEqual(cli.map((r) => r.code));
    expect(names[0]).toBe(cli[0].naam.replace(/^Wijk \d{2} /, ''));
    // Sorting by name reorders.
    await page.getByRole('button', { name: 'Op naam' }).click();
    const byName = await page.locator('.ranked-name').allTextContents();
    expect(byName).toEqual([...byName].sort((a, b) => a.localeCompare(b, 'nl')));
    // The map framed Dordrecht: its wijken fill the view beside the panel.
    await expect
      .poll(() => param(page, 'kaart')?.split(',').map(Number)[2] ?? 0, { timeout: 10_000 })
      .toBeGreaterThan(10);
    // Choosing a wijk, then going back to gemeenten, selects its gemeente.
    await page.locator('.ranked-row', { hasText: 'Wielwijk' }).click();
    await expect.poll(() => param(page, 'selectie')).toBe('WK050507');
    await page.getByRole('radio', { name: 'Gemeenten' }).check();
    await expect.poll(() => param(page, 'selectie')).toBe('GM0505');
    // Escape closes the topmost panel.
    await page.locator('.info h2', { hasText: 'Dordrecht' }).waitFor();
    await page.keyboard.press('Escape');
    await expect.poll(() => param(page, 'selectie')).toBeNull();
    await page.context().close();
  });

  it('a wijk selected on the wijk map is the focus of its buurten on the buurt map', async () => {
    const page = await session.open('?niveau=wijk&selectie=WK050507', undefined, { width: 1400, height: 900 });
    await drawn(page, 'wijk_2015');
    await page.getByRole('radio', { name: 'Buurten' }).check();
    await drawn(page, 'buurt_2015');
    await page.locator('.info h2', { hasText: 'Wielwijk — buurten' }).waitFor({ timeout: 30_000 });
    expect(param(page, 'selectie')).toBe('WK050507');
    await expect.poll(() => page.locator('.ranked-list li').count(), { timeout: 15_000 }).toBeGreaterThan(1);
    const codes = await page
      .locator('.ranked-list li')
      .evaluateAll((els) => els.map((e) => e.getAttribute('data-code') ?? ''));
    expect(codes.every((c) => c.startsWith('BU050507'))).toBe(true);
    await page.context().close();
  });

  it('the profile of a region lists its gemeenten by value, and choosing one opens it on the gemeente map', async () => {
    const membership = JSON.parse(readFileSync('public/generated/regio_2015.json', 'utf8')) as {
      gemeenten: string[];
      systems: Record<string, { regionOf: string[] }>;
    };
    const members = membership.gemeenten.filter((_, i) => membership.systems.arbeidsmarktregio.regionOf[i] === 'AM23');
    const page = await session.open('?niveau=arbeidsmarktregio&selectie=AM23', undefined, { width: 1400, height: 900 });
    await page.locator('.region-members li').first().waitFor({ timeout: 30_000 });
    const codes = await page
      .locator('.region-members li')
      .evaluateAll((els) => els.map((e) => e.getAttribute('data-code')));
    expect([...codes].sort()).toEqual([...members].sort());
    const values = (await page.locator('.region-members .ranked-value').allTextContents()).map((t) =>
      Number(t.replace('.', '').replace(',', '.')),
    );
    expect(values).toEqual([...values].sort((a, b) => b - a));
    await page.locator('.region-members .ranked-row').first().click();
    await expect.poll(() => param(page, 'niveau')).toBe('gemeente');
    expect(param(page, 'selectie')).toBe(codes[0]);
    await page.context().close();
  });

  it('logged no console error', () => {
    expect(session.consoleErrors).toEqual([]);
    expect(session.foreignRequests).toEqual([]);
  });
});
