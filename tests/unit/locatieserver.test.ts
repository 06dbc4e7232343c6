// The PDOK Locatieserver's answers checked before use: a failure is a Dutch message, never a crash.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { LocatieserverError, findAddresses, lookupAddress, parsePoint } from '../../src/atlas/locatieserver';

const answer = (body: unknown, status = 200) =>
  vi.fn(() => Promise.resolve(new Response(typeof body === 'string' ? body : JSON.stringify(body), { status })));

afterEach(() => vi.unstubAllGlobals());

describe('Locatieserver', () => {
  it('reads a point in the Netherlands and nothing else', () => {
    expect(parsePoint('POINT(4.65 51.79)')).toEqual([4.65, 51.79]);
    expect(parsePoint(' point ( 4.65   51.79 ) ')).toEqual([4.65, 51.79]);
    expect(parsePoint('POINT(51.79 4.65)')).toBeNull();
    expect(parsePoint('POINT(4.65)')).toBeNull();
    expect(parsePoint(42)).toBeNull();
  });

  it('asks for addresses, postcodes and streets and keeps only well-formed answers', async () => {
    const fetch = answer({
      response: { docs: [{ id: 'a1', weergavenaam: 'Spuiboulevard 300, Dordrecht', type: 'adres' }, { id: 3 }, null] },
    });
    vi.stubGlobal('fetch', fetch);
    const hits = await findAddresses('https://pdok.test/v3_1', '3311 GR', new AbortController().signal);
    expect(hits).toEqual([{ id: 'a1', label: 'Spuiboulevard 300, Dordrecht', type: 'adres' }]);
    const url = new URL(String((fetch.mock.calls[0] as unknown[])[0]));
    expect(url.pathname).toBe('/v3_1/free');
    expect(url.searchParams.get('q')).toBe('3311 GR');
    expect(url.searchParams.get('fq')).toBe('type:(adres OR postcode OR weg)');
  });

  it('names an HTTP error, an unreadable answer and a place outside the Netherlands in Dutch', async () => {
    vi.stubGlobal('fetch', answer('kapot', 503));
    await expect(lookupAddress('https://pdok.test', 'x')).rejects.toThrow(/HTTP 503/);
    vi.stubGlobal('fetch', answer('geen json'));
    await expect(lookupAddress('https://pdok.test', 'x')).rejects.toThrow(LocatieserverError);
    vi.stubGlobal('fetch', answer({ response: { docs: [{ id: 'x', centroide_ll: 'POINT(2.35 48.86)' }] } }));
    await expect(lookupAddress('https://pdok.test', 'x')).rejects.toThrow(/geen plek in Nederland/);
    vi.stubGlobal(
      'fetch',
      answer({ response: { docs: [{ weergavenaam: 'Dordrecht', centroide_ll: 'POINT(4.67 51.8)' }] } }),
    );
    await expect(lookupAddress('https://pdok.test', 'x')).resolves.toEqual({
      label: 'Dordrecht',
      lon: 4.67,
      lat: 51.8,
    });
  });
});
