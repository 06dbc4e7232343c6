// Where an area's name goes: inside its largest part, also for a crescent.
import { booleanPointInPolygon, polygon } from '@turf/turf';
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import { describe, expect, it } from 'vitest';
import { labelPoint, shortName } from '../../src/atlas/labels';

describe('labels', () => {
  it('drops the CBS number from a wijk name only', () => {
    expect(shortName('Wijk 07 Wielwijk')).toBe('Wielwijk');
    expect(shortName('Dordrecht')).toBe('Dordrecht');
    expect(shortName('Wijk 7 Wielwijk')).toBe('Wijk 7 Wielwijk');
  });

  it('puts the name in the largest part of a multipolygon', () => {
    const small = [
      [
        [0, 0],
        [0.1, 0],
        [0.1, 0.1],
        [0, 0.1],
        [0, 0],
      ],
    ];
    const large = [
      [
        [1, 1],
        [2, 1],
        [2, 2],
        [1, 2],
        [1, 1],
      ],
    ];
    const f: Feature<MultiPolygon> = {
      type: 'Feature',
      properties: {},
      geometry: { type: 'MultiPolygon', coordinates: [small, large] },
    };
    const [x, y] = labelPoint(f);
    expect(x).toBeCloseTo(1.5, 6);
    expect(y).toBeCloseTo(1.5, 6);
  });

  it('keeps the name inside a crescent whose centre lies outside it', () => {
    const ring = [
      [0, 0],
      [4, 0],
      [4, 4],
      [0, 4],
      [0, 3],
      [3, 3],
      [3, 1],
      [0, 1],
      [0, 0],
    ];
    const f: Feature<Polygon> = { type: 'Feature', properties: {}, geometry: { type: 'Polygon', coordinates: [ring] } };
    expect(booleanPointInPolygon(labelPoint(f), polygon([ring]))).toBe(true);
  });
});
