// A service list's import off the page's thread: the file decoded, parsed (CSV or GeoJSON) and
// each point checked against the land of the gemeenten in a Web Worker (listImportWorker.ts), so
// a 20 MB list does not freeze the map. Where no worker can start (or in a test's stand-in file),
// the same function runs on the page.
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import type { ImportResult } from '../atlas/poiImport';

export interface ListRequest {
  /** The bytes of the file. */
  bytes: ArrayBuffer;
  fileName: string;
  name: string;
  id: string;
  /** The gemeenten whose land the points must lie on (or near); null: a coarse box. */
  land: Feature<Polygon | MultiPolygon>[] | null;
}

export type ListReply = { result: ImportResult } | { error: string };

/** Reads the list (loading the importers, CSV parser and proj4, on first use). */
export async function readList(request: ListRequest): Promise<ImportResult> {
  const [{ decodeBytes }, { importCsv }, { importGeoJson }, { nearAreas, pickIndexOf }] = await Promise.all([
    import('../atlas/decode'),
    import('../atlas/poiImport'),
    import('../atlas/poiGeoJson'),
    import('../atlas/pick'),
  ]);
  const text = decodeBytes(new Uint8Array(request.bytes));
  const onLand = request.land ? nearAreas(pickIndexOf(request.land)) : undefined;
  return /\.(geo)?json$/i.test(request.fileName)
    ? importGeoJson(text, request.name, request.id, onLand)
    : importCsv(text, request.name, request.id, onLand);
}

/** The list read in a worker (its bytes handed over, not copied); on the page when none can start. */
export function readListOffThread(request: ListRequest): Promise<ImportResult> {
  let worker: Worker;
  try {
    worker = new Worker(new URL('./listImportWorker.ts', import.meta.url), { type: 'module' });
  } catch {
    return readList(request);
  }
  return new Promise<ImportResult>((resolve, reject) => {
    worker.onmessage = (event: MessageEvent<ListReply>) => {
      worker.terminate();
      if ('error' in event.data) reject(new Error(event.data.error));
      else resolve(event.data.result);
    };
    worker.onerror = (event) => {
      event.preventDefault();
      worker.terminate();
      reject(new Error(event.message || 'de leesfunctie stopte onverwacht'));
    };
    worker.postMessage(request, [request.bytes]);
  });
}
