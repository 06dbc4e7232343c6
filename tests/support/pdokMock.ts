// A local stand-in for PDOK: BRT-Achtergrondkaart tiles (real PNGs of one colour, made here) and
// the Locatieserver's free and lookup endpoints answering in its documented format
// ({ response: { numFound, start, docs: [...] } }). Every request is recorded.
import { createServer, type Server } from 'node:http';
import { PNG } from 'pngjs';

export interface MockAddress {
  id: string;
  weergavenaam: string;
  type: string;
  lon: number;
  lat: number;
}

export interface PdokMock {
  origin: string;
  requests: string[];
  /** Tile colour per layer; a layer not listed answers 500. */
  tileColors: Record<string, [number, number, number]>;
  close(): Promise<void>;
}

function tile([r, g, b]: [number, number, number]): Buffer {
  const png = new PNG({ width: 256, height: 256 });
  for (let i = 0; i < png.data.length; i += 4) {
    png.data[i] = r;
    png.data[i + 1] = g;
    png.data[i + 2] = b;
    png.data[i + 3] = 255;
  }
  return PNG.sync.write(png);
}

export async function startPdokMock(
  addresses: MockAddress[],
  tileColors: Record<string, [number, number, number]>,
): Promise<PdokMock> {
  const requests: string[] = [];
  const tiles = new Map(Object.entries(tileColors).map(([layer, color]) => [layer, tile(color)]));
  const server: Server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://mock');
    requests.push(url.pathname + url.search);
    res.setHeader('Access-Control-Allow-Origin', '*');
    const body = (docs: object[]) => {
      res.setHeader('Content-Type', 'application/json');
      res.end(JSON.stringify({ response: { numFound: docs.length, start: 0, maxScore: 10, docs } }));
    };
    const tileMatch = /^\/tiles\/(\w+)\/EPSG:3857\/\d+\/\d+\/\d+\.png$/.exec(url.pathname);
    if (tileMatch) {
      const png = tiles.get(tileMatch[1]);
      if (!png) {
        res.statusCode = 500;
        res.end('fout');
        return;
      }
      res.setHeader('Content-Type', 'image/png');
      res.end(png);
    } else if (url.pathname === '/ls/free') {
      const q = (url.searchParams.get('q') ?? '').toLowerCase().replace(/\s/g, '');
      body(
        addresses
          .filter((a) => a.weergavenaam.toLowerCase().replace(/\s/g, '').includes(q))
          .map(({ id, weergavenaam, type }) => ({ type, weergavenaam, id, score: 9.5 })),
      );
    } else if (url.pathname === '/ls/lookup') {
      const a = addresses.find((x) => x.id === url.searchParams.get('id'));
      body(
        a ? [{ type: a.type, weergavenaam: a.weergavenaam, id: a.id, centroide_ll: `POINT(${a.lon} ${a.lat})` }] : [],
      );
    } else {
      res.statusCode = 404;
      res.end();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('mock has no port');
  return {
    origin: `http://127.0.0.1:${address.port}`,
    requests,
    tileColors,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
