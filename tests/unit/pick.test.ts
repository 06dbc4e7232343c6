// Which area lies under a point, and whether a point lies on (or near) land.
import type { Feature, Polygon } from 'geojson';
import { describe, expect, it } from 'vitest';
import { LAND_MARGIN, buildPickIndex, featureExtent, nearAreas, pickAt, pickIndexOf } from '../../src/atlas/pick';

const square = (x0: number, y0: number, size: number): Feature<Polygon> => ({
  type: 'Feature',
  properties: {},
  geometry: {
    type: 'Polygon',
    coordinates: [
      [
        [x0, y0],
        [x0 + size, y0],
        [x0 + size, y0 + size],
        [x0, y0 + size],
        [x0, y0],
      ],
    ],
  },
});

describe('picking', () => {
  const features = [square(4, 51, 1), square(4.5, 51.5, 1), square(6, 52, 0.5)];
  const index = buildPickIndex(features);

  it('finds the area under a point; where two overlap, the first one', () => {
    expect(pickAt(index, 4.2, 51.2)).toBe(0);
    expect(pickAt(index, 4.7, 51.7)).toBe(0);
    expect(pickAt(index, 5.2, 52.2)).toBe(1);
    expect(pickAt(index, 6.2, 52.2)).toBe(2);
    expect(pickAt(index, 3, 50)).toBe(-1);
    expect(pickAt(buildPickIndex([]), 4, 51)).toBe(-1);
  });

  it('builds an index once per list of features', () => {
    expect(pickIndexOf(features)).toBe(pickIndexOf(features));
    expect(featureExtent(features[2])).toEqual([6, 52, 6.5, 52.5]);
  });

  it('counts a point within the land margin as on land, and one further out as not', () => {
    const onLand = nearAreas(index);
    expect(onLand(6.25, 52.25)).toBe(true);
    expect(onLand(6.25, 52.5 + LAND_MARGIN / 2)).toBe(true);
    expect(onLand(6.25, 52.5 + LAND_MARGIN * 2)).toBe(false);
  });
});
