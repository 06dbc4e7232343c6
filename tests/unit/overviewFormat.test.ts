// The overview's file format: header, padding and 16-bit cells, read back as written.
import { describe, expect, it } from 'vitest';
import {
  decodeOverview,
  encodeOverview,
  mercatorX,
  mercatorY,
  overviewCellAt,
  type Overview,
} from '../../src/atlas/overviewFormat';

const overview: Overview = {
  width: 3,
  height: 2,
  bounds: [0.5, 0.3, 0.53, 0.32],
  codes: ['GM0001', 'GM0002'],
  cells: new Uint16Array([0, 1, 1, 2, 2, 0]),
};

const copy = (bytes: Uint8Array): ArrayBuffer => bytes.slice().buffer;

describe('overview format', () => {
  it('reads back what it wrote, at an even offset for the cells', () => {
    const back = decodeOverview(copy(encodeOverview(overview)));
    expect(back).toMatchObject({ width: 3, height: 2, bounds: overview.bounds, codes: overview.codes });
    expect([...back.cells]).toEqual([...overview.cells]);
    expect(back.cells.byteOffset % 2).toBe(0);
  });

  it('refuses a file cut short or without its header', () => {
    const bytes = encodeOverview(overview);
    expect(() => decodeOverview(copy(bytes.subarray(0, bytes.length - 2)))).toThrow(/onvolledig/);
    expect(() => decodeOverview(new ArrayBuffer(2))).toThrow(/kop/);
  });

  it('finds the area number of a point, and 0 outside the raster', () => {
    expect(overviewCellAt(overview, 0.515, 0.305)).toBe(1);
    expect(overviewCellAt(overview, 0.505, 0.315)).toBe(2);
    expect(overviewCellAt(overview, 0.6, 0.31)).toBe(0);
    expect(mercatorX(0)).toBe(0.5);
    expect(mercatorY(0)).toBeCloseTo(0.5, 12);
    expect(mercatorY(52)).toBeLessThan(0.5);
  });
});
