// "How do my wijken compare?": a gemeente selected on the gemeente map stays the focus on the wijk
// map, with its wijken ranked; a wijk selects its gemeente on the way back; Escape closes.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import Papa from 'papaparse';
import { PNG } from 'pngjs';
import { KIT_FILES, kitRoot } from '../../data/pipeline/kit';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { atlas } from '../support/atlasCli';
import { browserSession } from '../support/session';
import { COLUMN, SECRET, pop, users, wmoWijkFile } from '../support/wmoWijkFile';

const session = browserSession();
const drawn = (page: Page, prefix: string) =>
  page.waitForFunction((p) => (window.__wijkatlas?.lastDrawn ?? '').startsWith(p), prefix, {
    timeout: 30_000,
  });
const param = (page: Page, name: string) => new URL(page.url()).searchParams.get(name);
/** What the CLI prints for these arguments; it must succeed. */
function cli(...args: string[]): string {
  const run = atlas(...args);
  expect(run.status, run.stderr).toBe(0);
  return run.stdout;
}

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
    const csv = cli('table', '--indicator', 'bijstand_1564', '--niveau', 'wijk', '--jaar', '2015', '--format', 'json');
    const ranked = (JSON.parse(csv).rijen as { code: string; naam: string; waarde: number | null }[])
      .filter((r) => r.code.startsWith('WK0505') && r.waarde !== null)
      .sort((a, b) => (b.waarde as number) - (a.waarde as number));
    const codes = await rows.evaluateAll((els) => els.map((e) => e.getAttribute('data-code')));
    expect(codes.slice(0, ranked.length)).toEqual(ranked.map((r) => r.code));
    expect(names[0]).toBe(ranked[0].naam.replace(/^Wijk \d{2} /, ''));
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
    // Each gemeente with its deviation from expected (the gemeente comparison's funnel).
    await expect(page.locator('.region-members li .ranked-deviation[data-deviation]').count()).resolves.toBe(
      members.length,
    );
    const values = (await page.locator('.region-members .ranked-value').allTextContents()).map((t) =>
      Number(t.replace('.', '').replace(',', '.')),
    );
    expect(values).toEqual([...values].sort((a, b) => b - a));
    await page.locator('.region-members .ranked-row').first().click();
    await expect.poll(() => param(page, 'niveau')).toBe('gemeente');
    expect(param(page, 'selectie')).toBe(codes[0]);
    await page.context().close();
  });

  it("Dordrecht's wijken carry the deviation from expected that the CLI's regions --system wijk computes, in the list, the CSV and print", async () => {
    const run = cli('regions', '--system', 'wijk', '--jaar', '2015', '--format', 'json');
    const want = new Map(
      (JSON.parse(run).rijen as { code: string; afwijking: string | null }[])
        .filter((r) => r.code.startsWith('WK0505') && r.afwijking !== null)
        .map((r) => [r.code, r.afwijking!]),
    );
    expect(want.size).toBeGreaterThan(5);
    const page = await session.open('?niveau=wijk&jaar=2015&indicator=bijstand_1564&selectie=GM0505', undefined, {
      width: 1400,
      height: 900,
    });
    await page.locator('.info h2', { hasText: 'Dordrecht — wijken' }).waitFor({ timeout: 30_000 });
    // Against the gemeente's own rate by default; the risk model's extrapolation on request.
    await page.getByRole('button', { name: 'risicomodel (extrapolatie)' }).click();
    await page.locator('.ranked-deviation-key', { hasText: 'extrapolatie' }).waitFor();
    await page.locator('.ranked-list .ranked-deviation').first().waitFor({ timeout: 15_000 });
    const shown = await page
      .locator('.ranked-list li')
      .evaluateAll((els) =>
        els.map((e) => [
          e.getAttribute('data-code'),
          e.querySelector('.ranked-deviation')?.getAttribute('data-deviation') ?? null,
        ]),
      );
    expect(new Map(shown.filter(([, d]) => d !== null) as [string, string][])).toEqual(want);
    // Outside the margin the deviation has its colour; within it stays quiet.
    const colors = await page
      .locator('.ranked-list .ranked-deviation')
      .evaluateAll((els) => els.map((e) => [e.getAttribute('data-deviation'), getComputedStyle(e).color]));
    for (const [d, color] of colors)
      if (d === 'hoger') expect(color).toBe('rgb(168, 67, 0)');
      else if (d === 'lager') expect(color).toBe('rgb(75, 47, 127)');
    // The CSV has the same deviation per wijk.
    const [file] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Als CSV', exact: true }).click(),
    ]);
    // In the chosen format, Dutch Excel's by default: a BOM, semicolons, decimal commas.
    const raw = readFileSync(await file.path(), 'utf8');
    expect(raw.startsWith('\uFEFF')).toBe(true);
    const text = raw.slice(1);
    expect(text.split('\r\n')[1]).toMatch(/;\d+,\d/);
    const rows = text
      .trim()
      .split('\r\n')
      .map((l) => l.split(';'));
    const col = rows[0].indexOf('afwijking');
    expect(col).toBeGreaterThan(0);
    expect(
      new Map(
        rows
          .slice(1)
          .filter((r) => r[col] !== '')
          .map((r) => [r[0], r[col]]),
      ),
    ).toEqual(want);
    // The other format chosen for the table is used here too: commas, decimal points, no BOM.
    await page.locator('#csv-dialect').selectOption('en');
    const [english] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Als CSV', exact: true }).click(),
    ]);
    const englishText = readFileSync(await english.path(), 'utf8');
    expect(englishText.startsWith('\uFEFF')).toBe(false);
    expect(englishText.split(/\r?\n/)[0].split(',')).toEqual(rows[0]);
    expect(englishText.split(/\r?\n/)[1]).toMatch(/,\d+\.\d/);
    // And print shows it beside each value.
    await page.emulateMedia({ media: 'print' });
    const printed = await page.locator('.ranked-list').innerText();
    const marks = printed.match(/▲ hoger|▼ lager|\bbinnen\b/g) ?? [];
    expect(marks).toHaveLength(want.size);
    expect(marks.filter((m) => m === '▲ hoger')).toHaveLength([...want.values()].filter((d) => d === 'hoger').length);
    await page.context().close();
  });

  it("an own StatLine file of Wmo users per wijk: Dordrecht's wijken with the file's counts, the CLI's values and the CLI's words against the gemeente", async () => {
    const dir = mkdtempSync(join(tmpdir(), 'wijkfile-'));
    const file = join(dir, 'wmo_wijken.csv');
    writeFileSync(file, wmoWijkFile());
    const own = ['--bestand', file, '--kolom', COLUMN, '--soort', 'aantal', '--noemer', '15+', '--jaar', '2015'];
    const table = new Map(
      cli('table', ...own, '--niveau', 'wijk')
        .trim()
        .split('\n')
        .slice(1)
        .map((l) => l.split(','))
        .filter((r) => r[0].startsWith('WK0505'))
        .map((r) => [r[0], r[2]]),
    );
    /** The CLI's wijken report for the same file: code → lager|binnen|hoger. */
    const wordsOf = (...extra: string[]) =>
      new Map(
        cli('wijken', '--gemeente', 'GM0505', ...own, ...extra)
          .trim()
          .split('\n')
          .slice(1)
          .map((l) => l.split(','))
          .filter((r) => r[5] !== '')
          .map((r) => [r[0], r[5]]),
      );
    const words = wordsOf();
    expect(words.get('WK050507')).toBe('hoger');
    const page = await session.open('?niveau=wijk&jaar=2015', undefined, { width: 1400, height: 900 });
    await drawn(page, 'wijk_2015');
    await page.setInputFiles('#own-table-file', {
      name: 'wmo_wijken.csv',
      mimeType: 'text/csv',
      buffer: wmoWijkFile(),
    });
    await page.locator('.import-dialog').waitFor();
    await expect(page.locator('.import-dialog').getByLabel('Delen door', { exact: true }).inputValue()).resolves.toBe(
      'inwoners_15plus',
    );
    await page.getByRole('button', { name: 'Toevoegen aan de kaart' }).click();
    await page.waitForFunction(() => (window.__wijkatlas?.lastDrawn ?? '').includes('eigen'), null, {
      timeout: 30_000,
    });
    const link = new URL(page.url());
    link.searchParams.set('selectie', 'GM0505');
    link.searchParams.set('kaart', '4.7000,51.8000,11');
    await page.goto(link.href);
    await page.locator('.info h2', { hasText: 'Dordrecht — wijken' }).waitFor({ timeout: 30_000 });
    await page.locator('.ranked-list .ranked-deviation').first().waitFor({ timeout: 15_000 });
    await expect(page.locator('.ranked-deviation-key').textContent()).resolves.toMatch(/gemiddelde van Dordrecht/);
    const shown = await page.locator('.ranked-list li').evaluateAll((els) =>
      els.map((e) => ({
        code: e.getAttribute('data-code')!,
        value: e.querySelector('.ranked-value')!.textContent,
        deviation: e.querySelector('.ranked-deviation')?.getAttribute('data-deviation') ?? null,
      })),
    );
    expect(shown).toHaveLength(pop.size);
    for (const row of shown) {
      if (SECRET[row.code]) {
        expect(row.value).toBe('geheim');
        continue;
      }
      // The value the CLI prints for the same file (the screen writes a decimal comma).
      expect(Number(row.value.replace(',', '.'))).toBe(Number(table.get(row.code)));
      expect(row.deviation).toBe(words.get(row.code));
    }
    // The legend counts the same classes as the CLI's table of the same file.
    const classes = (
      JSON.parse(cli('table', ...own, '--niveau', 'wijk', '--format', 'json')) as {
        klassen: { klassen: { aantal: number }[] };
      }
    ).klassen.klassen.map((k) => String(k.aantal));
    await expect(page.locator('.legend-table .legend-count').allTextContents()).resolves.toEqual(classes);
    // The funnel of the gemeente's wijken names the gemeente's rate.
    await expect(page.locator('.within-funnel svg').count()).resolves.toBe(1);
    await expect(page.locator('.within-funnel figcaption').textContent()).resolves.toMatch(/gemiddelde van Dordrecht/);
    // The list's CSV holds the file's counts as numerators.
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Als CSV', exact: true }).click(),
    ]);
    const rows = readFileSync(await download.path(), 'utf8')
      .slice(1)
      .trim()
      .split('\r\n')
      .map((l) => l.split(';'));
    const teller = rows[0].findIndex((h) => /teller/.test(h));
    expect(teller).toBeGreaterThan(0);
    for (const r of rows.slice(1))
      if (users.has(r[0])) expect(Number(r[teller].replace(',', '.'))).toBe(users.get(r[0]));
    // The gemeente's reference line is the file's own gemeente row: 9.535 users over Dordrecht's 15+.
    const gm = Papa.parse<Record<string, string>>(readFileSync(resolve(kitRoot(), KIT_FILES.kwbGemeente2015), 'utf8'), {
      header: true,
      skipEmptyLines: true,
    }).data.find((r) => r.GM_CODE === 'GM0505')!;
    const old = ['P_15_24_JR', 'P_25_44_JR', 'P_45_64_JR', 'P_65_EO_JR'].reduce((sum, c) => sum + Number(gm[c]), 0);
    const rate = (9535 / ((Number(gm.AANT_INW) * old) / 100)) * 1000;
    await expect(page.locator('.ranked-ref-key.ranked-ref-parent').textContent()).resolves.toBe(
      `Dordrecht: ${rate.toLocaleString('nl-NL', { minimumFractionDigits: 1, maximumFractionDigits: 1 })}`,
    );
    // The map in the deviation colours: orange where the list says hoger, purple where lager.
    await page.getByRole('button', { name: 'afwijking van het gemiddelde' }).click();
    await expect.poll(() => param(page, 'afwijking')).toBe('gemeente');
    await page.waitForFunction(() => (window.__wijkatlas?.lastDrawn ?? '').endsWith('_afwijking-GM0505'), null, {
      timeout: 30_000,
    });
    await page.waitForTimeout(500);
    const counts = await page.locator('.within-legend .deviation-count').allTextContents();
    const listed = (d: string) => String(shown.filter((r) => r.deviation === d).length);
    expect(counts).toEqual([listed('lager'), listed('binnen'), listed('hoger')]);
    const png = PNG.sync.read(await page.locator('[data-map="kaart"]').screenshot());
    const near = (i: number, hex: string) =>
      [1, 3, 5].every((k, j) => Math.abs(png.data[i + j] - parseInt(hex.slice(k, k + 2), 16)) <= 6);
    let orange = 0;
    let purple = 0;
    for (let i = 0; i < png.data.length; i += 4) {
      if (near(i, '#e66101')) orange++;
      if (near(i, '#5e3c99')) purple++;
    }
    expect(orange).toBeGreaterThan(50);
    expect(purple).toBeGreaterThan(50);
    // The file names Wmo: the wijken against the Wmo model of the gemeenten 2022 on their own 2015
    // factors, labelled an extrapolation, with the words of the CLI's --basis model for the same file.
    const modelWords = wordsOf('--basis', 'model');
    await page.getByRole('button', { name: 'risicomodel (extrapolatie)' }).click();
    await expect(page.locator('.ranked-deviation-key').textContent()).resolves.toMatch(
      /Wmo 2015-model van de gemeenten 2022.*toegepast op de kenmerken van elke wijk in 2015: een extrapolatie/,
    );
    const byModel = await page
      .locator('.ranked-list li')
      .evaluateAll((els) =>
        els.map((e) => [
          e.getAttribute('data-code')!,
          e.querySelector('.ranked-deviation')?.getAttribute('data-deviation') ?? null,
        ]),
      );
    expect(byModel.filter(([, d]) => d !== null)).toHaveLength(modelWords.size);
    for (const [code, d] of byModel) if (d !== null) expect(d).toBe(modelWords.get(code!));
    await expect(page.locator('.within-funnel figcaption').textContent()).resolves.toMatch(/extrapolatie/);
    await page.context().close();
  });

  it('logged no console error', () => {
    expect(session.consoleErrors).toEqual([]);
    expect(session.foreignRequests).toEqual([]);
  });
});
