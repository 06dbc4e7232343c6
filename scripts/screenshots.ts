// The screenshots of docs/handleiding.md, made from the built atlas in headless Chromium so they
// show the atlas as it is: `npm run docs:screenshots` (builds first) writes docs/img/*.png.
import { mkdirSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from '../tests/support/browser';
import { startPreview } from '../tests/support/server';

const OUT = 'docs/img';

interface Shot {
  file: string;
  query: string;
  viewport?: { width: number; height: number };
  touch?: boolean;
  /** Steps after the map is drawn, as a user would take them. */
  steps?: (page: Page) => Promise<void>;
}

const drawn = (page: Page) =>
  page.waitForFunction(() => Boolean(window.__wijkatlas?.lastDrawn), null, { timeout: 60_000 });

const SHOTS: Shot[] = [
  {
    file: 'raadslid-wijken.png',
    query: '?niveau=gemeente&selectie=GM0505',
    steps: async (page) => {
      await page.locator('.info h2', { hasText: 'Dordrecht' }).waitFor();
      await page.getByRole('radio', { name: 'Wijken' }).check();
      await page.locator('.ranked-list li').first().waitFor({ timeout: 60_000 });
    },
  },
  {
    file: 'raadslid-profiel.png',
    query: '?niveau=wijk&selectie=WK050507&kaart=4.6700,51.7930,12.60',
    steps: async (page) => {
      await page.locator('.profile-rank').waitFor({ timeout: 60_000 });
    },
  },
  {
    file: 'planner-vergelijken.png',
    query: '?niveau=wmoregio&jaar=2022&indicator=wmo_per_1000&weergave=vergelijken',
    steps: async (page) => {
      await page.locator('.compare-table tbody tr').first().waitFor({ timeout: 60_000 });
    },
  },
  {
    file: 'wijkteam-dichtbij.png',
    query: '?niveau=wijk&kaart=4.6518,51.7912,15&voorzieningen=alle',
    steps: async (page) => {
      await page.locator('.point-legend').waitFor({ timeout: 60_000 });
      await page.waitForFunction(() => /_poi[1-9]/.test(window.__wijkatlas?.lastDrawn ?? ''), null, {
        timeout: 60_000,
      });
      const box = (await page.locator('[data-map="kaart"]').boundingBox())!;
      await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
      await page.locator('.service-panel').getByRole('button', { name: 'Dichtbij vanaf hier' }).click();
      await page.locator('.near-list li').first().waitFor();
      await page.mouse.move(5, 5);
    },
  },
  {
    file: 'telefoon.png',
    query: '?niveau=wijk&kaart=4.6700,51.7950,12',
    viewport: { width: 390, height: 844 },
    touch: true,
  },
];

async function shoot(browser: Browser, base: string, shot: Shot): Promise<void> {
  const context = await browser.newContext({
    viewport: shot.viewport ?? { width: 1400, height: 860 },
    hasTouch: shot.touch,
    isMobile: shot.touch,
  });
  const page = await context.newPage();
  await page.goto(`${base}${shot.query}`);
  if (!shot.query.includes('vergelijken')) await drawn(page);
  await shot.steps?.(page);
  await page.waitForTimeout(1500);
  await page.screenshot({ path: `${OUT}/${shot.file}` });
  await context.close();
  console.log(`${OUT}/${shot.file}`);
}

mkdirSync(OUT, { recursive: true });
const { server, url } = await startPreview();
const browser = await launchChromium();
try {
  for (const shot of SHOTS) await shoot(browser, url, shot);
} finally {
  await browser.close();
  await server.close();
}
