// The map's camera as text in a link: read strictly, written with fixed decimals.
import { describe, expect, it } from 'vitest';
import { formatView, parseView } from '../../src/atlas/mapView';

describe('map view', () => {
  it('reads longitude, latitude and zoom, and writes them back', () => {
    const view = parseView('4.6700,51.7950,10.00');
    expect(view).toEqual({ longitude: 4.67, latitude: 51.795, zoom: 10 });
    expect(formatView(view!)).toBe('4.6700,51.7950,10.00');
  });

  it('refuses a view far outside the Netherlands or not made of three numbers', () => {
    for (const text of ['0,52,7', '5,40,7', '5,52,2', '5,52,20', '5,52', '5;52;7', 'x,52,7', '5,52,7,1'])
      expect(parseView(text), text).toBeNull();
  });
});
