// PDOK Locatieserver v3.1: "free" for addresses, postcodes and streets matching what was typed,
// "lookup" for the position of the one chosen. Answers are checked before use; a failure is
// reported in Dutch and never breaks the offline search.
export interface AddressHit {
  id: string;
  label: string;
  /** adres, postcode or weg (street). */
  type: string;
}

export interface AddressPlace {
  label: string;
  lon: number;
  lat: number;
}

export class LocatieserverError extends Error {}

const TYPES = '(adres OR postcode OR weg)';

export const ADDRESS_KIND: Record<string, string> = { adres: 'adres', postcode: 'postcode', weg: 'straat' };

async function getJson(url: string, signal?: AbortSignal): Promise<unknown> {
  let response: Response;
  try {
    response = await fetch(url, { signal, credentials: 'omit', referrerPolicy: 'no-referrer' });
  } catch (error) {
    if ((error as Error).name === 'AbortError') throw error;
    throw new LocatieserverError('De adreszoeker van PDOK is niet bereikbaar (geen verbinding).');
  }
  if (!response.ok) throw new LocatieserverError(`De adreszoeker van PDOK gaf een fout (HTTP ${response.status}).`);
  try {
    return await response.json();
  } catch {
    throw new LocatieserverError('De adreszoeker van PDOK gaf een onleesbaar antwoord.');
  }
}

function docsOf(body: unknown): Record<string, unknown>[] {
  const docs = (body as { response?: { docs?: unknown } } | null)?.response?.docs;
  if (!Array.isArray(docs)) throw new LocatieserverError('De adreszoeker van PDOK gaf een onverwacht antwoord.');
  return docs.filter((d): d is Record<string, unknown> => typeof d === 'object' && d !== null);
}

export async function findAddresses(base: string, query: string, signal: AbortSignal, rows = 6): Promise<AddressHit[]> {
  const url = `${base}/free?q=${encodeURIComponent(query)}&fq=${encodeURIComponent(`type:${TYPES}`)}&fl=id,weergavenaam,type&rows=${rows}`;
  return docsOf(await getJson(url, signal))
    .filter((d) => typeof d.id === 'string' && typeof d.weergavenaam === 'string')
    .map((d) => ({
      id: d.id as string,
      label: d.weergavenaam as string,
      type: typeof d.type === 'string' ? d.type : 'adres',
    }));
}

/** "POINT(4.65 51.79)" → [4.65, 51.79]; null when it is no point in the Netherlands. */
export function parsePoint(wkt: unknown): [number, number] | null {
  const m =
    typeof wkt === 'string' ? /^POINT\s*\(\s*(-?\d+(?:\.\d+)?)\s+(-?\d+(?:\.\d+)?)\s*\)$/i.exec(wkt.trim()) : null;
  if (!m) return null;
  const [lon, lat] = [Number(m[1]), Number(m[2])];
  return lon > 3 && lon < 7.5 && lat > 50.5 && lat < 53.8 ? [lon, lat] : null;
}

export async function lookupAddress(base: string, id: string, signal?: AbortSignal): Promise<AddressPlace> {
  const url = `${base}/lookup?id=${encodeURIComponent(id)}&fl=id,weergavenaam,centroide_ll`;
  const doc = docsOf(await getJson(url, signal))[0];
  const point = parsePoint(doc?.centroide_ll);
  if (!doc || !point) throw new LocatieserverError('PDOK gaf voor dit adres geen plek in Nederland.');
  return { label: typeof doc.weergavenaam === 'string' ? doc.weergavenaam : id, lon: point[0], lat: point[1] };
}
