// One preview server and one Chromium per browser-test file, with the console errors and
// foreign requests of every page it opens.
import type { Browser, BrowserContext, Page } from 'playwright-core';
import type { PreviewServer } from 'vite';
import { afterAll, beforeAll } from 'vitest';
import { launchChromium } from './browser';
import { startPreview } from './server';

export interface Session {
  browser: Browser;
  base: string;
  consoleErrors: string[];
  foreignRequests: string[];
  /** Opens the built app at base + query in a new page (of the given context, or a fresh one). */
  open(query?: string, context?: BrowserContext, viewport?: { width: number; height: number }): Promise<Page>;
}

/** prepare runs before the server starts (e.g. a build of its own); outDir is the build served. */
export function browserSession(options: { outDir?: string; prepare?: () => Promise<void> } = {}): Session {
  let server: PreviewServer | undefined;
  const session: Session = {
    browser: undefined as unknown as Browser,
    base: '',
    consoleErrors: [],
    foreignRequests: [],
    async open(query = '', context, viewport = { width: 1280, height: 800 }) {
      const ctx = context ?? (await session.browser.newContext({ viewport }));
      const page = await ctx.newPage();
      const origin = new URL(session.base).origin;
      page.on('request', (r) => {
        if (!r.url().startsWith(origin) && !r.url().startsWith('data:') && !r.url().startsWith('blob:'))
          session.foreignRequests.push(r.url());
      });
      page.on('console', (m) => {
        if (m.type() === 'error') session.consoleErrors.push(m.text());
      });
      page.on('pageerror', (e) => session.consoleErrors.push(e.message));
      await page.goto(`${session.base}${query}`);
      return page;
    },
  };
  beforeAll(async () => {
    await options.prepare?.();
    const started = await startPreview(options.outDir);
    server = started.server;
    session.base = started.url;
    session.browser = await launchChromium();
  });
  afterAll(async () => {
    await session.browser?.close();
    await server?.close();
  });
  return session;
}
