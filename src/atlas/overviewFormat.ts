// The overview's file (geo/mapOverview.ts writes it, the map reads it): a header in JSON and one
// area number per cell, row by row from the north-west corner, deflated as a whole. Area number
// i + 1 is the header's codes[i]; 0 is no area.

export interface OverviewHeader {
  /** Cells across and down. */
  width: number;
  height: number;
  /** The raster's corners in Web Mercator, 0–1 over the world: west, north, east, south. */
  bounds: [number, number, number, number];
  /** The areas' codes, in the order of their numbers. */
  codes: string[];
}

export interface Overview extends OverviewHeader {
  /** Area number per cell (width × height). */
  cells: Uint16Array;
}

/** The file's content before deflating: header length (4 bytes, little-endian), the header,
 *  padding to an even offset and the cells as 16-bit little-endian numbers. */
export function encodeOverview(overview: Overview): Uint8Array {
  const header = new TextEncoder().encode(
    JSON.stringify({ width: overview.width, height: overview.height, bounds: overview.bounds, codes: overview.codes }),
  );
  const offset = 4 + header.length + ((4 + header.length) % 2);
  const out = new Uint8Array(offset + overview.cells.length * 2);
  new DataView(out.buffer).setUint32(0, header.length, true);
  out.set(header, 4);
  const view = new DataView(out.buffer, offset);
  overview.cells.forEach((n, i) => view.setUint16(i * 2, n, true));
  return out;
}

/** Reads an inflated overview file; throws on a file that does not hold what its header says. */
export function decodeOverview(buffer: ArrayBuffer): Overview {
  const length = buffer.byteLength >= 4 ? new DataView(buffer).getUint32(0, true) : -1;
  if (length < 0 || 4 + length > buffer.byteLength) throw new Error('overzicht: kop ontbreekt');
  const header = JSON.parse(new TextDecoder().decode(new Uint8Array(buffer, 4, length))) as OverviewHeader;
  const offset = 4 + length + ((4 + length) % 2);
  const count = header.width * header.height;
  if (!Array.isArray(header.codes) || !(count > 0) || offset + count * 2 !== buffer.byteLength)
    throw new Error('overzicht: onvolledig');
  // A view, not a copy (the offset is even; every browser the atlas runs in is little-endian).
  return { ...header, cells: new Uint16Array(buffer, offset, count) };
}

/** Web Mercator x and y (0–1 over the world) of a longitude and latitude. */
export const mercatorX = (lon: number): number => (lon + 180) / 360;
export const mercatorY = (lat: number): number =>
  (1 - Math.log(Math.tan(Math.PI / 4 + (lat * Math.PI) / 360)) / Math.PI) / 2;

/** The area number at a Web Mercator point; 0 outside the raster or between areas. */
export function overviewCellAt(overview: Overview, x: number, y: number): number {
  const [west, north, east, south] = overview.bounds;
  const col = Math.floor(((x - west) / (east - west)) * overview.width);
  const row = Math.floor(((y - north) / (south - north)) * overview.height);
  if (col < 0 || row < 0 || col >= overview.width || row >= overview.height) return 0;
  return overview.cells[row * overview.width + col];
}
