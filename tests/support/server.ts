// Serves a production build (dist/ unless told otherwise) with vite preview on a free loopback port.
import { preview, type PreviewServer } from 'vite';

export async function startPreview(outDir?: string): Promise<{ server: PreviewServer; url: string }> {
  const server = await preview({
    preview: { port: 0, host: '127.0.0.1', strictPort: false },
    logLevel: 'silent',
    ...(outDir ? { build: { outDir } } : {}),
  });
  const address = server.httpServer.address();
  if (!address || typeof address === 'string') throw new Error('preview server has no port');
  return { server, url: `http://127.0.0.1:${address.port}/` };
}
