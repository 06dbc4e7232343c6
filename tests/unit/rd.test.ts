// RD New (EPSG:28992) to WGS84 and back, at Amersfoort and round trips.
import { describe, expect, it } from 'vitest';
import { rdToWgs84, wgs84ToRd } from '../../src/atlas/rd';

describe('RD New (EPSG:28992) → WGS84', () => {
  it('puts Amersfoort 155000, 463000 at 52.15517 N, 5.38721 E', () => {
    const [lon, lat] = rdToWgs84(155000, 463000);
    expect(lat).toBeCloseTo(52.15517, 5);
    expect(Math.abs(lon - 5.38721)).toBeLessThan(1e-5);
  });
  it('round-trips within a millimetre', () => {
    const [x, y] = wgs84ToRd(...rdToWgs84(104_500, 424_800));
    expect(x).toBeCloseTo(104_500, 3);
    expect(y).toBeCloseTo(424_800, 3);
  });
});
