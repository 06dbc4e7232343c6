import { defineConfig, loadEnv, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { pdokOrigins, pdokUrls } from './src/map/pdokConfig.ts';

/**
 * Content-Security-Policy for the built app: no inline scripts, nothing from another origin except
 * the PDOK services (background map tiles, Locatieserver) that the user can switch on; the page
 * contacts them only then. Only added to the production build, since the dev server injects an
 * inline preamble.
 */
export function contentSecurityPolicy(env: Record<string, string | undefined>): string {
  const online = pdokOrigins(pdokUrls(env)).join(' ');
  return [
    "default-src 'self'",
    "script-src 'self'",
    "worker-src 'self' blob:",
    "style-src 'self'",
    `img-src 'self' data: blob: ${online}`,
    "font-src 'self'",
    `connect-src 'self' ${online}`,
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
  ].join('; ');
}

/**
 * Response headers of the served app: the CSP with frame-ancestors (which a meta tag cannot set),
 * no MIME sniffing, no referrer to other sites, no geolocation, camera or microphone, and a
 * browsing context of its own (COOP). `npm start` sends them; the build writes them to
 * dist/_headers for static hosts that read that file (see the README for nginx).
 */
export function securityHeaders(csp: string): Record<string, string> {
  return {
    'Content-Security-Policy': `${csp}; frame-ancestors 'none'`,
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
    'Permissions-Policy': 'geolocation=(), camera=(), microphone=()',
    'Cross-Origin-Opener-Policy': 'same-origin',
  };
}

/** Vector tiles as what they are (static hosts: see the README); without it they go out untyped. */
function tileType(): Plugin {
  return {
    name: 'wijkatlas-tile-type',
    configurePreviewServer(server) {
      server.middlewares.use((req, res, next) => {
        if (req.url?.split('?')[0].endsWith('.pbf')) res.setHeader('Content-Type', 'application/x-protobuf');
        next();
      });
    },
  };
}

function cspPlugin(csp: string): Plugin {
  return {
    name: 'wijkatlas-csp',
    apply: 'build',
    transformIndexHtml: () => [
      { tag: 'meta', attrs: { 'http-equiv': 'Content-Security-Policy', content: csp }, injectTo: 'head-prepend' },
    ],
    generateBundle() {
      const lines = Object.entries(securityHeaders(csp)).map(([name, value]) => `  ${name}: ${value}`);
      this.emitFile({ type: 'asset', fileName: '_headers', source: `/*\n${lines.join('\n')}\n` });
    },
  };
}

/**
 * The map module is imported lazily (so the page starts fetching data at once) but is needed for
 * the first frame: the page asks for it, and for maplibre's worker, with its first bytes.
 */
function firstFramePreload(): Plugin {
  let base = '/';
  return {
    name: 'wijkatlas-first-frame-preload',
    apply: 'build',
    configResolved(config) {
      base = config.base;
    },
    transformIndexHtml: {
      order: 'post',
      handler: (_html, ctx) => {
        const chunks = Object.values(ctx.bundle ?? {});
        const map = chunks.find((c) => c.type === 'chunk' && c.facadeModuleId?.endsWith('/src/map/AtlasMap.tsx'));
        const worker = chunks.find((c) => c.type === 'asset' && /maplibre-gl-worker.*\.js$/.test(c.fileName));
        const files = map && map.type === 'chunk' ? [map.fileName, ...map.imports] : [];
        return [
          ...files.map((file) => ({
            tag: 'link',
            attrs: { rel: 'modulepreload', crossorigin: true, href: `${base}${file}` },
            injectTo: 'head' as const,
          })),
          ...(worker
            ? [
                {
                  tag: 'link',
                  attrs: { rel: 'prefetch', href: `${base}${worker.fileName}` },
                  injectTo: 'head' as const,
                },
              ]
            : []),
        ];
      },
    },
  };
}

export default defineConfig(({ mode }) => {
  const env = { ...loadEnv(mode, process.cwd(), 'VITE_'), ...process.env };
  const csp = contentSecurityPolicy(env);
  return {
    plugins: [react(), cspPlugin(csp), firstFramePreload(), tileType()],
    build: { target: 'es2022', chunkSizeWarningLimit: 2500 },
    preview: { port: 5173, strictPort: true, headers: securityHeaders(csp) },
    server: { port: 5173 },
  };
});
