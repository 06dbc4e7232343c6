// The sociale kaart core and the normalisation of the kit's POI layers.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { FeatureCollection, Point } from 'geojson';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { kitRoot } from '../../data/pipeline/kit';
import { normaliseLayer, postcode } from '../../data/pipeline/poi';
import { POI_LAYERS } from '../../data/catalogue/poiLayers';
import {
  CATEGORIES,
  countByCategory,
  distanceMetres,
  filterPoints,
  inArea,
  nearest,
  safeWebsite,
  unknownFilters,
  type Voorziening,
} from '../../src/atlas/socialeKaart';
import { readVoorzieningen } from '../../src/cli/generated';

const points = readVoorzieningen();

describe('website fields', () => {
  it('extracts http(s) URLs from BBCode and refuses everything else', () => {
    expect(safeWebsite('[url=http://www.asvo.nl]Website[/url]')).toBe('http://www.asvo.nl/');
    expect(safeWebsite('[url=https://school.nl/over?x=1]Website[/url]')).toBe('https://school.nl/over?x=1');
    expect(safeWebsite('[url=                ]Website[/url]')).toBe('');
    expect(safeWebsite('[url=javascript:alert(1)]Website[/url]')).toBe('');
    expect(safeWebsite('javascript:alert(1)')).toBe('');
    expect(safeWebsite('data:text/html,<script>alert(1)</script>')).toBe('');
    expect(safeWebsite('www.aalsmeer.nl')).toBe('http://www.aalsmeer.nl/');
    expect(safeWebsite('niet een adres')).toBe('');
    expect(safeWebsite(42)).toBe('');
  });
  it('normalises postcodes', () => {
    expect(postcode('1079LK')).toBe('1079 LK');
    expect(postcode('1061 AD ')).toBe('1061 AD');
  });
});

describe('normalising the kit layers', () => {
  it.each(POI_LAYERS.map((l) => [l.file, l] as const))(
    '%s: every point kept, named, with a safe website',
    (file, layer) => {
      const raw = JSON.parse(readFileSync(resolve(kitRoot(), file), 'utf8')) as FeatureCollection<Point>;
      const mine = points.filter((p) => p.categorie === layer.categorie);
      expect(mine).toHaveLength(raw.features.length);
      for (const p of mine) {
        expect(p.naam.trim().length, p.id).toBeGreaterThan(0);
        expect(p.website === '' || /^https?:\/\//.test(p.website), p.website).toBe(true);
        expect(p.bron.length).toBeGreaterThan(0);
      }
    },
  );

  it('care layers say they are organisations at their registered address', () => {
    for (const p of points.filter((q) => ['ggz', 'ghz', 'vvt'].includes(q.categorie)))
      expect(p.kanttekening).toMatch(/geregistreerde adres/);
  });

  it('keeps a name with <script> as text, drops a javascript: URL, and skips a point without a name', () => {
    const fixture: FeatureCollection<Point, Record<string, unknown>> = {
      type: 'FeatureCollection',
      features: [
        {
          type: 'Feature',
          geometry: { type: 'Point', coordinates: [4.65, 51.79] },
          properties: {
            'VESTIGINGSNAAM ': '<script>alert(1)</script> School',
            INTERNETADRES: '[url=javascript:alert(1)]Website[/url]',
            POSTCODE: '3317AM',
          },
        },
        {
          type: 'Feature',
          geometry: { type: 'Point', coordinates: [4.65, 51.79] },
          properties: { 'VESTIGINGSNAAM ': '  ' },
        },
      ],
    };
    const { points: out, issues } = normaliseLayer(
      POI_LAYERS.find((l) => l.categorie === 'basisschool')!,
      fixture,
      { buurt: [], wijk: [], gemeente: [] },
    );
    expect(out).toHaveLength(1);
    expect(out[0].naam).toBe('<script>alert(1)</script> School');
    expect(out[0].website).toBe('');
    expect(out[0].postcode).toBe('3317 AM');
    expect(issues[0].message).toMatch(/punt 2 heeft geen naam/);
  });
});

describe('areas and distances', () => {
  it('puts a known school in its wijk: De Albatros (Douwe Aukesstraat, Dordrecht) in Wielwijk', () => {
    const wielwijk = inArea(points, 'WK050507');
    const albatros = wielwijk.find((p) => p.naam === 'De Albatros' && p.plaats === 'Dordrecht');
    expect(albatros).toMatchObject({ gm: 'GM0505', wk: 'WK050507', straat: 'Douwe Aukesstraat' });
    expect(wielwijk.every((p) => p.wk === 'WK050507')).toBe(true);
    // The kit's own DUO gemeentenummer agrees for schools (505 = Dordrecht).
    const raw = JSON.parse(
      readFileSync(resolve(kitRoot(), 'poi/scholenonderwijs_bo.geojson'), 'utf8'),
    ) as FeatureCollection<Point, Record<string, unknown>>;
    expect(
      raw.features.some(
        (f) => f.properties['VESTIGINGSNAAM '] === 'De Albatros' && Number(f.properties.GEMEENTENUMMER) === 505,
      ),
    ).toBe(true);
  });

  it('orders the nearest points by straight-line distance', () => {
    const spot: [number, number] = [4.6682, 51.8045];
    const near = nearest(points, spot[0], spot[1], 10);
    expect(near).toHaveLength(10);
    for (let i = 1; i < near.length; i++) expect(near[i].metres).toBeGreaterThanOrEqual(near[i - 1].metres);
    const brute = Math.min(...points.map((p) => distanceMetres(spot[0], spot[1], p.lon, p.lat)));
    expect(near[0].metres).toBeCloseTo(brute, 9);
    // One degree of latitude is about 111 km.
    expect(distanceMetres(5, 52, 5, 53)).toBeGreaterThan(111_000);
    expect(distanceMetres(5, 52, 5, 53)).toBeLessThan(111_400);
  });

  it('filters by category and searches name, street, postcode and place', () => {
    expect(filterPoints(points, { categories: ['ziekenhuis'] }).every((p) => p.categorie === 'ziekenhuis')).toBe(true);
    expect(filterPoints(points, { text: '3317am' }).some((p) => p.naam === 'De Albatros')).toBe(true);
    expect(filterPoints(points, { text: 'douwe aukes' }).every((p) => /douwe aukes/i.test(p.straat))).toBe(true);
  });

  it('counts the points per category in the order of the categories, leaving out empty ones', () => {
    const counts = countByCategory(points);
    const order = Object.keys(CATEGORIES);
    expect(counts.map((c) => order.indexOf(c.categorie))).toEqual(
      [...counts.map((c) => order.indexOf(c.categorie))].sort((a, b) => a - b),
    );
    for (const c of counts) {
      expect(c.count).toBe(points.filter((p) => p.categorie === c.categorie).length);
      expect(c.label).toBe(CATEGORIES[c.categorie]);
    }
    expect(counts.reduce((s, c) => s + c.count, 0)).toBe(points.length);
    expect(counts.every((c) => c.count > 0)).toBe(true);
  });
});

describe('npm run atlas -- voorzieningen', () => {
  it('lists the points of a wijk as CSV, and only those', () => {
    const run = spawnSync('npm', ['run', 'atlas', '--', 'voorzieningen', '--gebied', 'WK050507', '--format', 'csv'], {
      encoding: 'utf8',
    });
    expect(run.status).toBe(0);
    const rows = Papa.parse<Record<string, string>>(run.stdout, { header: true, skipEmptyLines: true });
    expect(rows.meta.fields).toEqual([
      'id',
      'naam',
      'categorie',
      'straat',
      'huisnummer',
      'postcode',
      'plaats',
      'lon',
      'lat',
    ]);
    expect(rows.data.map((r) => r.id).sort()).toEqual(
      inArea(points, 'WK050507')
        .map((p) => p.id)
        .sort(),
    );
    expect(rows.data.some((r) => r.naam === 'De Albatros')).toBe(true);
  });

  it('takes a region code and a category filter, and names a wrong code on stderr', () => {
    const run = spawnSync(
      'npm',
      ['run', 'atlas', '--', 'voorzieningen', '--gebied', 'AM23', '--categorie', 'ziekenhuis'],
      { encoding: 'utf8' },
    );
    const rows = Papa.parse<Record<string, string>>(run.stdout, { header: true, skipEmptyLines: true }).data;
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.every((r) => r.categorie === 'ziekenhuis')).toBe(true);
    const bad = spawnSync('npm', ['run', 'atlas', '--', 'voorzieningen', '--gebied', 'WK999999'], { encoding: 'utf8' });
    expect(bad.status).not.toBe(0);
    expect(bad.stdout).toBe('');
    expect(bad.stderr).toMatch(/WK999999/);
  });
});

describe('filters from a link', () => {
  const point = (wet: string, toegang: string) => ({ wet, toegang }) as Voorziening;
  it('names a law or access value that no point has, so it can be dropped instead of hiding everything', () => {
    const points = [point('Wmo 2015', 'vrij toegankelijk'), point('Jeugdwet', 'via verwijzing')];
    expect(unknownFilters(points, { wet: 'Jeugdwet', toegang: '' })).toEqual([]);
    expect(unknownFilters(points, { wet: 'Onderwijs', toegang: 'xyz' })).toEqual(['wet', 'toegang']);
    expect(unknownFilters(points, { wet: '', toegang: 'via verwijzing' })).toEqual([]);
  });
});
