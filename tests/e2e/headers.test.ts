// The served app's security headers (npm start serves with vite preview), and the same headers
// written to dist/_headers for static hosts.
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
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
      expect(response.headers.get('permissions-policy'), path).toBe('geolocation=(), camera=(), microphone=()');
      expect(response.headers.get('cross-origin-opener-policy'), path).toBe('same-origin');
    }
  });

  it('vector tiles are served as protobuf', async () => {
    const tile = readdirSync(resolve('dist/generated/tegels/gemeente_2015'), { recursive: true })
      .map(String)
      .find((f) => f.endsWith('.pbf'))!;
    const response = await fetch(`${base}generated/tegels/gemeente_2015/${tile}`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/x-protobuf');
  });

  it('npm start takes a link of 64 KB (the serve step of its script, on the built app)', async () => {
    const start = (JSON.parse(readFileSync('package.json', 'utf8')) as { scripts: { start: string } }).scripts.start;
    const serve = start.split('&&').at(-1)!.trim();
    const port = 5300 + Math.floor(Math.random() * 500);
    const child = spawn(serve, { shell: true, env: { ...process.env, PORT: String(port) }, detached: true });
    try {
      await new Promise<void>((ready, fail) => {
        child.stdout.on('data', (d: Buffer) => (String(d).includes('draait op') ? ready() : undefined));
        child.on('exit', () => fail(new Error('npm start stopte')));
      });
      const long = await fetch(`http://localhost:${port}/?vzoek=${'a'.repeat(64 * 1024)}`);
      expect(long.status).toBe(200);
    } finally {
      process.kill(-child.pid!);
    }
  });

  it('dist/_headers carries the same headers for static hosting', async () => {
    const file = readFileSync(resolve('dist/_headers'), 'utf8');
    const served = (await fetch(base)).headers.get('content-security-policy');
    expect(file).toContain(`Content-Security-Policy: ${served}`);
    expect(file).toContain('X-Content-Type-Options: nosniff');
    expect(file).toContain('Referrer-Policy: no-referrer');
    expect(file).toContain('Permissions-Policy: geolocation=(), camera=(), microphone=()');
    expect(file).toContain('Cross-Origin-Opener-Policy: same-origin');
  });
});
