// A team's own list: RD conversion, per-row reports, CSV and GeoJSON.
import { describe, expect, it } from 'vitest';
import { importCsv, parseNumber } from '../../src/atlas/poiImport';
import { importGeoJson } from '../../src/atlas/poiGeoJson';
import { pointsCsv } from '../../src/atlas/pointsCsv';
import { rdToWgs84 } from '../../src/atlas/rd';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { feature } from 'topojson-client';
import type { FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { buildPickIndex, nearAreas } from '../../src/atlas/pick';
import { decodeBytes } from '../../src/atlas/decode';
import { GENERATED } from '../../src/cli/generated';

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

  it('reads a list as Dutch Excel saves it: semicolons, decimal commas, Windows-1252, Breedtegraad/Lengtegraad', () => {
    const rows = [
      'Naam;Categorie;Adres;Postcode;Plaats;Telefoon;Breedtegraad;Lengtegraad',
      'Wijkteam Wielwijk;Wijkteam;Dubbeldamseweg 1;3317 AB;Dordrecht;078 123 45 67;51,8035;4,6771',
      'Café De Ontmoeting;Ontmoeting;Bleijenhoek 9;3311 AR;Dordrecht;;51,8140;4,6640',
      'Jeugdhulp Crabbehof;Jeugdhulp;Aert de Gelderstraat 2;3317 HA;Dordrecht;;51,7912;4,6517',
      'Schuldhulp Sterrenburg;Schuldhulp;Sterrenburg 5;3318 AA;Dordrecht;;51,7830;4,7000',
      'Buurthuis Staart;Ontmoeting;Staart 3;3314 AA;Dordrecht;;51,8100;4,6900',
    ].join('\r\n');
    // Windows-1252: "é" is the single byte 0xE9.
    const bytes = Uint8Array.from([...rows].map((ch) => (ch === 'é' ? 0xe9 : ch.charCodeAt(0))));
    const r = importCsv(decodeBytes(bytes), 'team', 'e');
    expect(r.errors).toEqual([]);
    expect(r.points).toHaveLength(5);
    expect(r.points[1]).toMatchObject({
      naam: 'Café De Ontmoeting',
      lat: 51.814,
      lon: 4.664,
      teamCategorie: 'Ontmoeting',
    });
    expect(r.points[0]).toMatchObject({ straat: 'Dubbeldamseweg 1', telefoon: '078 123 45 67' });
    expect(r.read).toMatch(/puntkomma/);
    expect(r.read).toMatch(/lat ← "Breedtegraad"/);
  });

  it('reads RD columns with thousands points and a decimal comma (X/Y, RD-X/RD-Y)', () => {
    const text = [
      'Naam;Categorie;RD-X;RD-Y',
      'Wijkteam;Wijkteam;104.500;424.800',
      'Buurthuis;Buurthuis;104500,5;424800,0',
    ].join('\n');
    const r = importCsv(text, 'team', 'e');
    expect(r.errors).toEqual([]);
    expect(r.points[0].lat).toBeCloseTo(rdToWgs84(104500, 424800)[1], 6);
    expect(r.points[1].lon).toBeCloseTo(rdToWgs84(104500.5, 424800)[0], 6);
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

describe('imports that must not crash or accept too much', () => {
  const topo = JSON.parse(readFileSync(resolve(GENERATED, 'gemeente_2015.topo.json'), 'utf8')) as Topology;
  const gemeenten = (
    feature(topo, topo.objects.gemeente as GeometryCollection) as FeatureCollection<Polygon | MultiPolygon>
  ).features;
  const onLand = nearAreas(buildPickIndex(gemeenten));
  const geojson = (features: unknown[]) => JSON.stringify({ type: 'FeatureCollection', features });
  const point = (
    lon: number,
    lat: number,
    props: Record<string, unknown> = { naam: 'Punt', categorie: 'wijkteam' },
  ) => ({ type: 'Feature', properties: props, geometry: { type: 'Point', coordinates: [lon, lat] } });

  it('a null feature, a line and nested properties are rows with a message, not a crash', () => {
    const result = importGeoJson(
      geojson([
        null,
        5,
        {
          type: 'Feature',
          properties: { naam: 'Lijn', categorie: 'x' },
          geometry: {
            type: 'LineString',
            coordinates: [
              [5, 52],
              [5.1, 52],
            ],
          },
        },
        point(4.67, 51.8, { naam: { nl: 'genest' }, categorie: 'wijkteam' }),
        point(4.67, 51.8),
      ]),
      'lijst',
      'e',
      onLand,
    );
    expect(result.points).toHaveLength(1);
    expect(result.errors.map((e) => [e.row, e.column])).toEqual([
      [1, ''],
      [2, ''],
      [3, 'geometry'],
      [4, 'naam'],
    ]);
    expect(result.errors[2].message).toMatch(/LineString, geen punt/);
    expect(result.errors[3].message).toMatch(/object of lijst/);
    expect(result.points[0].naam).toBe('Punt');
  });

  it('RD points inside the RD box but outside the Netherlands are refused; Dordrecht is kept', () => {
    const csv = [
      'naam,categorie,x,y',
      'Duitsland,a,275000,450000',
      'België,a,95000,335000',
      'Noordzee,a,40000,520000',
      'Dordrecht,a,104500,424800',
    ].join('\n');
    const result = importCsv(csv, 'lijst', 'e', onLand);
    expect(result.points.map((p) => p.naam)).toEqual(['Dordrecht']);
    expect(result.errors.map((e) => e.row)).toEqual([2, 3, 4]);
    for (const e of result.errors) expect(e.message).toMatch(/buiten Nederland/);
  });

  it('lat/lon in the box around the Netherlands but abroad is refused (Aachen, Antwerpen)', () => {
    const csv = [
      'naam,categorie,lat,lon',
      'Aachen,a,50.7753,6.0839',
      'Antwerpen,a,51.2194,4.4025',
      'Wielwijk,a,51.7989,4.6446',
    ].join('\n');
    const result = importCsv(csv, 'lijst', 'e', onLand);
    expect(result.points.map((p) => p.naam)).toEqual(['Wielwijk']);
    expect(result.errors.map((e) => e.row)).toEqual([2, 3]);
  });

  it('a website that is no http(s) address is left out and reported, the row is kept', () => {
    const result = importCsv(
      ['naam,categorie,lat,lon,website', 'Team,a,51.7989,4.6446,javascript:alert(1)'].join('\n'),
      'lijst',
      'e',
      onLand,
    );
    expect(result.points).toHaveLength(1);
    expect(result.points[0].website).toBe('');
    expect(result.errors).toEqual([expect.objectContaining({ row: 2, column: 'website', kept: true })]);
  });

  it('reads UTF-16 with and without a byte order mark', () => {
    const text = 'naam;categorie;lat;lon\r\nBuurthuis Ã©Ã©n;ontmoeting;51,7989;4,6446\r\n'.replace('Ã©Ã©n', 'één');
    const le = Buffer.from(text, 'utf16le');
    const be = Buffer.from(le).swap16();
    for (const bytes of [
      Buffer.concat([Buffer.from([0xff, 0xfe]), le]),
      le,
      Buffer.concat([Buffer.from([0xfe, 0xff]), be]),
      be,
    ]) {
      const decoded = decodeBytes(new Uint8Array(bytes));
      expect(decoded).toBe(text);
      expect(importCsv(decoded, 'lijst', 'e', onLand).points[0].naam).toBe('Buurthuis één');
    }
    // Plain UTF-8 and Windows-1252 still read as before.
    expect(decodeBytes(new Uint8Array(Buffer.from('naam\néén', 'utf8')))).toBe('naam\néén');
    expect(decodeBytes(new Uint8Array([0x63, 0x61, 0x66, 0xe9]))).toBe('café');
  });
});
