// A team's own list: RD conversion, per-row reports, CSV and GeoJSON.
import { describe, expect, it } from 'vitest';
import { importCsv, importGeoJson, parseNumber, pointsCsv } from '../../src/atlas/poiImport';
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

describe('CSV import', () => {
  const csv = [
    'naam;categorie;straat;huisnummer;postcode;plaats;x;y;lat;lon',
    'Wijkteam Wielwijk;wijkteam;Dubbeldamseweg;1;3317 AB;Dordrecht;104500;424800;;',
    'Buurthuis;ontmoeting;Straat;2;;Dordrecht;;;51,7912;4,6517',
    ';wijkteam;;;;;;;51.8;4.6',
    'Kapot;wijkteam;;;;;abc;424800;;',
    'Ver weg;cjg;;;;;;;40.1;4.6',
    'Zonder plek;cjg;;;;;;;;',
  ].join('\r\n');
  const result = importCsv(`\uFEFF${csv}`, 'test', 'eigen-1');

  it('keeps the good rows (RD and lat/lon with a decimal comma)', () => {
    expect(result.points.map((p) => p.naam)).toEqual(['Wijkteam Wielwijk', 'Buurthuis']);
    expect(result.points[0].teamCategorie).toBe('wijkteam');
    expect(result.points[0].categorie).toBe('eigen');
    expect(result.points[0].lat).toBeCloseTo(rdToWgs84(104500, 424800)[1], 6);
    expect(result.points[1]).toMatchObject({ lat: 51.7912, lon: 4.6517 });
  });

  it('names the row and the column of every rejected row', () => {
    const byRow = Object.fromEntries(result.errors.map((e) => [e.row, `${e.column}: ${e.message}`]));
    expect(byRow[4]).toMatch(/^naam: ontbreekt/);
    expect(byRow[5]).toMatch(/^x: "abc" is geen getal/);
    expect(byRow[6]).toMatch(/^lat: .*ligt niet in Nederland/);
    expect(byRow[7]).toMatch(/^lat: geen coördinaten/);
    expect(result.errors.every((e) => e.row > 0 && e.column.length > 0)).toBe(true);
  });

  it('refuses a file without a name column, saying what it found', () => {
    const r = importCsv('titel,plaats\nx,y\n', 'test', 'e');
    expect(r.points).toEqual([]);
    expect(r.errors[0]).toMatchObject({ row: 1, column: 'naam' });
    expect(r.errors[0].message).toMatch(/titel, plaats/);
  });

  it('parses Dutch and English decimals', () => {
    expect(parseNumber('52,15')).toBe(52.15);
    expect(parseNumber('52.15')).toBe(52.15);
    expect(parseNumber('1.234,5')).toBeNaN();
  });

  it('exports what it imported', () => {
    const lines = pointsCsv(result.points).trim().split(/\r?\n/);
    expect(lines[0]).toBe('naam,categorie,organisatie,straat,huisnummer,postcode,plaats,telefoon,website,lat,lon,bron');
    expect(lines[1]).toMatch(/^Wijkteam Wielwijk,wijkteam,/);
  });
});

describe('GeoJSON import', () => {
  it('reads points and reports a feature that is not a point', () => {
    const text = JSON.stringify({
      type: 'FeatureCollection',
      features: [
        { type: 'Feature', geometry: { type: 'Point', coordinates: [4.65, 51.79] }, properties: { Naam: 'Inloop', Categorie: 'ontmoeting', Website: 'javascript:alert(1)' } },
        { type: 'Feature', geometry: { type: 'LineString', coordinates: [[4.6, 51.7], [4.7, 51.8]] }, properties: { naam: 'Lijn', categorie: 'x' } },
      ],
    });
    const r = importGeoJson(text, 'g', 'e');
    expect(r.points).toHaveLength(1);
    expect(r.points[0]).toMatchObject({ naam: 'Inloop', website: '', lon: 4.65, lat: 51.79 });
    expect(r.errors).toEqual([{ row: 2, column: 'geometry', message: 'geen punt (Point)' }]);
    expect(importGeoJson('{kapot', 'g', 'e').errors[0].message).toMatch(/geen geldige JSON/);
  });
});
