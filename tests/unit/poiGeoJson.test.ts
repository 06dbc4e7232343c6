// A team's own list as GeoJSON: points read, anything else a row with a message.
import { describe, expect, it } from 'vitest';
import { importGeoJson } from '../../src/atlas/poiGeoJson';

describe('GeoJSON import', () => {
  it('reads points and reports a feature that is not a point', () => {
    const text = JSON.stringify({
      type: 'FeatureCollection',
      features: [
        {
          type: 'Feature',
          geometry: { type: 'Point', coordinates: [4.65, 51.79] },
          properties: { Naam: 'Inloop', Categorie: 'ontmoeting', Website: 'javascript:alert(1)' },
        },
        {
          type: 'Feature',
          geometry: {
            type: 'LineString',
            coordinates: [
              [4.6, 51.7],
              [4.7, 51.8],
            ],
          },
          properties: { naam: 'Lijn', categorie: 'x' },
        },
      ],
    });
    const r = importGeoJson(text, 'g', 'e');
    expect(r.points).toHaveLength(1);
    expect(r.points[0]).toMatchObject({ naam: 'Inloop', website: '', lon: 4.65, lat: 51.79 });
    expect(r.errors).toEqual([
      { row: 1, column: 'website', message: expect.stringMatching(/geen http\(s\)-adres/), kept: true },
      { row: 2, column: 'geometry', message: 'is een LineString, geen punt (Point)' },
    ]);
    expect(importGeoJson('{kapot', 'g', 'e').errors[0].message).toMatch(/geen geldige JSON/);
  });
});
