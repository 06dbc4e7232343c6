// The sociale kaart in Chromium: points on the map, a category filter, the list of a wijk.
import { PNG } from 'pngjs';
import { describe, expect, it } from 'vitest';
import { POI_COLORS } from '../../src/map/poiColors';
import { browserSession } from '../support/session';

const session = browserSession();

describe('sociale kaart', () => {
  it('shows the points by category, filters a category and lists the services of a wijk in Dordrecht', async () => {
    const page = await session.open(
      '?niveau=wijk&selectie=WK050507&kaart=4.6700,51.7950,12.5&voorzieningen=alle',
      undefined,
      { width: 1400, height: 900 },
    );
    await page.locator('.poi-categories').waitFor({ timeout: 30_000 });
    await page.locator('.area-points h3').waitFor({ timeout: 30_000 });
    await expect(page.locator('.area-points h3').textContent()).resolves.toMatch(/Voorzieningen in dit gebied \(\d+\)/);
    await page.locator('.area-points summary', { hasText: 'Basisschool' }).click();
    await expect(page.locator('.poi-list li', { hasText: 'De Albatros' }).count()).resolves.toBe(1);

    // Basisschool points are drawn in their colour; after filtering them out they are gone.
    const count = async () => {
      await page.waitForTimeout(800);
      const box = (await page.locator('[data-map="kaart"]').boundingBox())!;
      const png = PNG.sync.read(await page.screenshot({ clip: { ...box, width: box.width - 440 } }));
      const c = POI_COLORS.basisschool;
      let hits = 0;
      for (let i = 0; i < png.data.length; i += 4)
        if (Math.abs(png.data[i] - c[0]) + Math.abs(png.data[i + 1] - c[1]) + Math.abs(png.data[i + 2] - c[2]) <= 6)
          hits++;
      return hits;
    };
    expect(await count()).toBeGreaterThan(50);
    await page.getByRole('checkbox', { name: /^Basisschool/ }).uncheck();
    await expect.poll(() => new URL(page.url()).searchParams.get('voorzieningen')).not.toContain('basisschool');
    expect(await count()).toBeLessThan(10);
    await expect(page.locator('.area-points summary', { hasText: 'Basisschool' }).count()).resolves.toBe(0);
    await page.context().close();
  });

  it('imports a small CSV, reports the bad row, shows the points and keeps them after a reload', async () => {
    const page = await session.open('?niveau=wijk&selectie=WK050507&kaart=4.6600,51.7900,13', undefined, {
      width: 1400,
      height: 900,
    });
    await page.waitForFunction(() => (window.__wijkatlas?.lastDrawn ?? '').startsWith('wijk'), null, {
      timeout: 30_000,
    });
    const csv = [
      'naam;categorie;straat;plaats;x;y',
      'Wijkteam Wielwijk;wijkteam;Douwe Aukesstraat;Dordrecht;104257;422762',
      'Kapot;wijkteam;;;abc;1',
      '',
    ].join('\n');
    await page.setInputFiles('#own-list-file', {
      name: 'wijkteam.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(csv),
    });
    const report = page.locator('.import-report');
    await report.waitFor();
    await expect(report.textContent()).resolves.toMatch(/wijkteam\.csv: 1 punt ingelezen, 1 fout/);
    await expect(page.locator('.import-errors li').first().textContent()).resolves.toMatch(
      /regel 3, kolom x: "abc" is geen getal/,
    );
    await page.getByRole('checkbox', { name: /^Eigen lijst/ }).waitFor();
    // The imported point lies in Wielwijk (RD 104257, 422762, next to De Albatros) and is listed there.
    await page.locator('.area-points summary', { hasText: 'Eigen lijst' }).click();
    await expect(page.locator('.poi-list li', { hasText: 'Wijkteam Wielwijk' }).count()).resolves.toBe(1);
    await page.reload();
    await page.locator('.own-list-items li', { hasText: 'wijkteam (1)' }).waitFor({ timeout: 30_000 });
    await page.getByRole('button', { name: 'Lijst wijkteam verwijderen' }).click();
    await expect(page.locator('.own-list-items li').count()).resolves.toBe(0);
    await page.context().close();
  });

  it('hovering a point shows what it is', async () => {
    // De Albatros (Douwe Aukesstraat 1, Dordrecht) in the centre of the map.
    const page = await session.open('?niveau=wijk&kaart=4.6518,51.7912,15&voorzieningen=basisschool', undefined, {
      width: 1400,
      height: 900,
    });
    await page.waitForFunction(() => (window.__wijkatlas?.lastDrawn ?? '').match(/_poi[1-9]/) !== null, null, {
      timeout: 30_000,
    });
    const box = (await page.locator('[data-map="kaart"]').boundingBox())!;
    await page.mouse.move(box.x + box.width / 2 + 3, box.y + box.height / 2);
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    const tooltip = page.locator('.tooltip');
    await tooltip.waitFor();
    await expect(tooltip.textContent()).resolves.toMatch(/De Albatros.*Basisschool.*Douwe Aukesstraat 1/);
    await page.context().close();
  });

  it('a list saved by Dutch Excel (semicolons, decimal commas, Windows-1252, Breedtegraad/Lengtegraad) imports all five services', async () => {
    const page = await session.open('?niveau=wijk&kaart=4.6600,51.7900,13', undefined, { width: 1400, height: 900 });
    await page.waitForFunction(() => (window.__wijkatlas?.lastDrawn ?? '').startsWith('wijk'), null, {
      timeout: 30_000,
    });
    const rows = [
      'Naam;Categorie;Straat;Huisnummer;Postcode;Plaats;Telefoonnummer;Breedtegraad;Lengtegraad',
      'Wijkteam Wielwijk;wijkteam;Aletta Jacobsweg;1;3318 AA;Dordrecht;078-1111111;51,79125;4,65183',
      'Jeugdpunt Crabbehof;jeugd;Crabbehoflaan;2;3317 AB;Dordrecht;078-2222222;51,7950;4,6800',
      'Sociaal café Staart;welzijn;Staart;3;3319 AC;Dordrecht;078-3333333;51,8010;4,6900',
      'Schuldhulp Reeland;schulden;Reeweg;4;3316 AD;Dordrecht;078-4444444;51,8050;4,6600',
      'Mantelzorgpunt Zuidhoven;mantelzorg;Zuidhovenpad;5;3318 AE;Dordrecht;078-5555555;51,7880;4,6770',
      '',
    ].join('\r\n');
    await page.setInputFiles('#own-list-file', {
      name: 'wijkteam excel.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(rows.replace('café', 'caf\u00e9'), 'latin1'),
    });
    await expect(page.locator('.import-report').textContent()).resolves.toMatch(/5 punten ingelezen/);
    await expect(page.locator('.import-errors li').count()).resolves.toBe(0);
    await page
      .getByRole('checkbox', { name: /^Eigen lijst/ })
      .first()
      .waitFor();
    // The own categories each have their own entry in the point legend.
    for (const c of ['wijkteam', 'jeugd', 'welzijn', 'schulden', 'mantelzorg'])
      await page.locator('.point-legend', { hasText: c }).first().waitFor();
    await page.context().close();
  });

  it('a link with a law no service has keeps the services visible and says the filter was dropped', async () => {
    const page = await session.open(
      '?niveau=gemeente&voorzieningen=alle&wet=Onbekende%20wet&kaart=4.6600,51.7900,12',
      undefined,
      {
        width: 1400,
        height: 900,
      },
    );
    await page.locator('.notice', { hasText: 'Link, wet: "Onbekende wet"' }).waitFor({ timeout: 30_000 });
    await expect.poll(() => new URL(page.url()).searchParams.get('wet')).toBeNull();
    await expect.poll(() => new URL(page.url()).searchParams.get('voorzieningen')).toBe('alle');
    await page.context().close();
  });

  it('a long list (100.000 services, 8 MB) is read in a worker: a bar meanwhile, frames drawn, every service listed', async () => {
    const rows = ['naam;categorie;lat;lon'];
    for (let i = 0; i < 100_000; i++)
      rows.push(
        `Dienst ${i};wijkteam;${(51.7 + (i % 1000) / 10000).toFixed(5).replace('.', ',')};${(4.6 + (i % 997) / 10000).toFixed(5).replace('.', ',')}`,
      );
    const page = await session.open('', undefined, { width: 1280, height: 860 });
    await page.waitForFunction(() => (window.__wijkatlas?.lastDrawn ?? '').includes('gemeente_2015'), undefined, {
      timeout: 30_000,
    });
    const worker = page.waitForRequest((r) => /listImportWorker[^/]*\.js$/.test(r.url()));
    await page.setInputFiles('#own-list-file', {
      name: 'lang.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(rows.join('\n')),
    });
    await worker;
    const bar = page.locator('.own-lists .import-progress');
    await bar.waitFor({ timeout: 10_000 });
    // While the worker reads, the page draws a frame and the bar is still there.
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(resolve)));
    await expect(bar.count()).resolves.toBe(1);
    await expect
      .poll(() => page.locator('.own-list-items li').first().textContent(), { timeout: 60_000 })
      .toMatch(/lang \(100000\)/);
    await expect(bar.count()).resolves.toBe(0);
    await expect(page.locator('.import-report').textContent()).resolves.toMatch(/100000 punten ingelezen/);
    await page.context().close();
  });

  it('logged no console error', () => {
    expect(session.consoleErrors).toEqual([]);
    expect(session.foreignRequests).toEqual([]);
  });
});
