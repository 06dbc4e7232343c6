// The served app's security headers (npm start serves with vite preview), and the same headers
// written to dist/_headers for static hosts.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { PreviewServer } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startPreview } from '../support/server';

let server: PreviewServer;
let base = '';
beforeAll(async () => {
  ({ server, url: base } = await startPreview());
});
afterAll(async () => {
  await server?.close();
});

describe('security headers', () => {
  it('the page and its assets come with CSP (frame-ancestors), nosniff and no-referrer', async () => {
    for (const path of ['', 'generated/manifest.json']) {
      const response = await fetch(`${base}${path}`);
      expect(response.status, path).toBe(200);
      const csp = response.headers.get('content-security-policy') ?? '';
      expect(csp, path).toMatch(/frame-ancestors 'none'/);
      expect(csp, path).toMatch(/default-src 'self'/);
      expect(csp, path).not.toMatch(/unsafe-inline|unsafe-eval|\*/);
      expect(response.headers.get('x-content-type-options'), path).toBe('nosniff');
      expect(response.headers.get('referrer-policy'), path).toBe('no-referrer');
    }
  });

  it('dist/_headers carries the same headers for static hosting', async () => {
    const file = readFileSync(resolve('dist/_headers'), 'utf8');
    const served = (await fetch(base)).headers.get('content-security-policy');
    expect(file).toContain(`Content-Security-Policy: ${served}`);
    expect(file).toContain('X-Content-Type-Options: nosniff');
    expect(file).toContain('Referrer-Policy: no-referrer');
  });
});
