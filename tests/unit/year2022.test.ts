// Year 2022: the Jeugdwet and Wmo figures of every gemeente, regions with members without a
// figure, the models and their factor guard, the funnel of observed / expected, the dissolved
// regions against the official polygons, and switching years in the store.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { findIndicator } from '../../src/cli/generated';
import { kitRoot } from '../../data/pipeline/kit';
import { DEFAULT_FACTORS, riskFactor } from '../../data/catalogue/riskFactors';
import { aggregateValues, regionSet } from '../../src/atlas/aggregate';
import { compare } from '../../src/atlas/comparison';
import { comparisonRecords } from '../../src/atlas/comparisonTable';
import { REGION_SYSTEMS, type Membership, type RegionSystem } from '../../src/atlas/geography';
import { indicatorValues, type AreaTable } from '../../src/atlas/indicators';
import { nationalValue } from '../../src/atlas/profile';
import { fitRiskModel } from '../../src/atlas/riskCorrection';
import { readAreas } from '../../src/cli/generated';
import { expectDissolvedNearOfficial } from '../support/officialRegions';
import { createAtlasStore } from '../../src/state/store';
import { wlsByHand } from '../support/gauss';

const def = (id: string) => findIndicator(id)!;
const kit = (path: string) => readFileSync(resolve(kitRoot(), path), 'utf8');
const raw2022 = () =>
  Papa.parse<Record<string, string>>(kit('indicators/kwb_2022_gemeente.csv'), { header: true, skipEmptyLines: true })
    .data;

describe('the 2022 figures', () => {
  const gemeenten = readAreas('gemeente', 2022);

  it('has 345 gemeenten with 17,590,672 inhabitants and Dordrecht as the kit says', () => {
    expect(gemeenten.codes).toHaveLength(345);
    expect(gemeenten.values(def('inwoners')).reduce((n, v) => n + (v.value ?? 0), 0)).toBe(17_590_672);
    const row = gemeenten.codes.indexOf('GM0505');
    expect(gemeenten.values(def('jeugdzorg_pct'))[row].value).toBeCloseTo(12.7, 9);
    expect(gemeenten.values(def('wmo_per_1000'))[row].value).toBeCloseTo(86, 9);
  });

  it('Wmo: 324 gemeenten with a figure, the other 21 "geen gegevens" (never geheim), and Nederland over the 324', () => {
    const values = gemeenten.values(def('wmo_per_1000'));
    expect(values.filter((v) => v.status === 'ok')).toHaveLength(324);
    const missing = values.filter((v) => v.status !== 'ok');
    expect(missing).toHaveLength(21);
    expect(missing.every((v) => v.status === 'nodata' && /geen cijfer/.test(v.note ?? ''))).toBe(true);
    // Independent: Σ rate × inwoners / Σ inwoners over the rows of the kit file with a figure (kit README: 70.67).
    let clients = 0;
    let inwoners = 0;
    for (const r of raw2022())
      if (r.wmo_per_1000 !== '') {
        clients += (Number(r.wmo_per_1000) * Number(r.aantal_inwoners)) / 1000;
        inwoners += Number(r.aantal_inwoners);
      }
    const nl = nationalValue(def('wmo_per_1000'), gemeenten);
    expect(nl.value).toBeCloseTo((clients / inwoners) * 1000, 9);
    expect(nl.value).toBeCloseTo(70.67, 2);
    expect(nl.incomplete).toEqual({ missing: 21, of: 345 });
  });

  it('jeugdzorg: the denominator is the estimate inwoners × (% 0–14 + 0,8 × % 15–24) / 100', () => {
    const r = raw2022().find((row) => row.gwb_code === 'GM0505')!;
    const estimate = (Number(r.aantal_inwoners) * (Number(r['0_15']) + 0.8 * Number(r['15_25']))) / 100;
    const v = gemeenten.values(def('jeugdzorg_pct'))[gemeenten.codes.indexOf('GM0505')];
    expect(v.denominator).toBeCloseTo(estimate, 9);
    expect(v.numerator).toBeCloseTo((estimate * 12.7) / 100, 9);
    expect(def('jeugdzorg_pct').note).toMatch(/geschat/);
  });
});

describe('regions with a member without a figure', () => {
  const table: AreaTable = {
    level: 'gemeente',
    year: 2022,
    source: 'test',
    codes: ['GM0001', 'GM0002', 'GM0003', 'GM0004'],
    names: ['A', 'B', 'C', 'D'],
    parents: {},
    columns: { AANT_INW: [1000, 3000, 2000, 500], wmo_per_1000: [80, 60, null, 100] },
  };
  const membership: Membership = {
    year: 2022,
    source: 'test',
    gemeenten: table.codes,
    systems: {
      wmoregio: { codes: ['WMO01', 'WMO02'], names: ['Noord', 'Zuid'], regionOf: ['WMO01', 'WMO01', 'WMO02', 'WMO02'] },
      arbeidsmarktregio: { codes: ['AM01'], names: ['Alles'], regionOf: ['AM01', 'AM01', 'AM01', 'AM01'] },
      jeugdregio: { codes: ['JZ01'], names: ['Alles'], regionOf: ['JZ01', 'JZ01', 'JZ01', 'JZ01'] },
      corop: { codes: ['CR01'], names: ['Alles'], regionOf: ['CR01', 'CR01', 'CR01', 'CR01'] },
    },
  };
  const wmo = def('wmo_per_1000');
  const values = aggregateValues(wmo, indicatorValues(table, wmo), regionSet(membership, 'wmoregio', table));

  it('a complete region is users over inhabitants', () => {
    // 80 + 180 clients over 4,000 inhabitants.
    expect(values[0].value).toBeCloseTo((260 / 4000) * 1000, 9);
    expect(values[0].incomplete).toBeUndefined();
  });

  it('a region with a member without a figure gets the value of the members that have one, marked onvolledig', () => {
    // Only D: 50 clients over 500 inhabitants; C (2,000 inhabitants) is out of both sums.
    expect(values[1].status).toBe('ok');
    expect(values[1].value).toBeCloseTo(100, 9);
    expect(values[1].denominator).toBe(500);
    expect(values[1].incomplete).toEqual({ missing: 1, of: 2 });
    expect(values[1].note).toBe('onvolledig: 1 van 2 gemeenten zonder cijfer');
  });

  it('the kit: every Wmo-regio with a gemeente without a figure is onvolledig and has a value', () => {
    const areas = readAreas('wmoregio', 2022);
    const gm = readAreas('gemeente', 2022);
    const noFigure = new Set(gm.codes.filter((_, i) => gm.values(wmo)[i].status !== 'ok'));
    const v = areas.values(wmo);
    areas.members!.forEach((members, i) => {
      const missing = members.filter((m) => noFigure.has(m)).length;
      expect(v[i].status, areas.codes[i]).toBe('ok');
      if (missing > 0) expect(v[i].incomplete, areas.codes[i]).toEqual({ missing, of: members.length });
      else expect(v[i].incomplete, areas.codes[i]).toBeUndefined();
    });
    expect(noFigure.size).toBe(21);
  });
});

describe('the 2022 models', () => {
  const gemeenten = readAreas('gemeente', 2022);

  it.each([
    ['wmo_per_1000', ['65plus', 'pct_eenpersoonshhd', 'pct_hh_laag_inkomen', 'omgevingsadressendichtheid']],
    [
      'jeugdzorg_pct',
      ['arbeidsparticipatie', 'pct_rond_sociaal_min', 'pct_eenpersoonshhd', 'omgevingsadressendichtheid'],
    ],
  ] as const)(
    "%s: the default factors are the issue's, and β matches the normal equations built from the raw kit file",
    (id, kitNames) => {
      expect(DEFAULT_FACTORS[id].map((f) => riskFactor(f)!.id)).toEqual(kitNames.map((k) => riskFactor(k)!.id));
      const model = fitRiskModel(
        gemeenten,
        def(id),
        DEFAULT_FACTORS[id].map((f) => riskFactor(f)!),
      );
      // Independent: rows, weights and y straight from the CSV.
      const x: number[][] = [];
      const y: number[] = [];
      const w: number[] = [];
      for (const r of raw2022()) {
        const inw = Number(r.aantal_inwoners);
        if (id === 'wmo_per_1000') {
          if (r.wmo_per_1000 === '') continue;
          y.push(Number(r.wmo_per_1000));
          w.push(inw);
        } else {
          y.push(Number(r.pct_jeugdzorg));
          w.push((inw * (Number(r['0_15']) + 0.8 * Number(r['15_25']))) / 100);
        }
        x.push([1, ...kitNames.map((k) => Number(r[k]))]);
      }
      expect(model.n).toBe(y.length);
      const beta = wlsByHand(x, y, w);
      model.coefficients.forEach((c, j) => expect(c.estimate, c.name).toBeCloseTo(beta[j], 6));
      if (id === 'wmo_per_1000') expect(model.leftOut).toHaveLength(21);
      else expect(model.r2).toBeLessThan(0.1);
    },
  );

  it('corrected = observed − expected + national rate; regions from sums of users and expected users of the members with a figure', () => {
    const wmo = def('wmo_per_1000');
    const model = fitRiskModel(
      gemeenten,
      wmo,
      DEFAULT_FACTORS.wmo_per_1000.map((f) => riskFactor(f)!),
    );
    const regions = readAreas('wmoregio', 2022);
    const c = compare(model, gemeenten, regions);
    const g = compare(model, gemeenten, gemeenten);
    const row = regions.codes.indexOf('WMO03');
    let users = 0;
    let expectedUsers = 0;
    let population = 0;
    for (const code of regions.members![row]) {
      const r = g.rows[gemeenten.codes.indexOf(code)];
      if (r.observed === null) continue;
      const v = gemeenten.values(wmo)[gemeenten.codes.indexOf(code)];
      users += v.numerator!;
      population += v.denominator!;
      expectedUsers += (r.expected! * v.denominator!) / 1000;
    }
    const rr = c.rows[row];
    expect(rr.incomplete).not.toBeNull();
    expect(rr.corrected).toBeCloseTo(((users - expectedUsers) / population) * 1000 + model.nationalRate, 9);
    expect(rr.funnel!.ratio).toBeCloseTo(users / expectedUsers, 9);
    expect(comparisonRecords(c)[row].volledig).toBe('nee');
  });
});

describe('dissolved 2022 regions against the official polygons', () => {
  const files: Record<RegionSystem, string> = {
    arbeidsmarktregio: 'boundaries/regions_2022/arbeidsmarktregio_2022.topojson',
    jeugdregio: 'boundaries/regions_2022/jeugdregio_2022.topojson',
    corop: 'boundaries/regions_2022/coropgebied_2022.topojson',
    // No 2022 Wmo file exists: the kit applies the 2015 division to the gemeenten of 2022.
    wmoregio: 'boundaries/regions_2015/wmoregio_2015.geojson',
  };
  /**
   * The Wmo mergers (kit README): gemeenten formed after 2015 from parts of two 2015 Wmo-regio's
   * (Vijfheerenlanden, Haarlemmermeer, Weesp, Oisterwijk) move area between these regions; the
   * kit's own union check gives WMO17 0,812, WMO40 0,845, WMO12 1,120 and WMO02 1,124.
   */
  const WMO_MERGERS: Record<string, [number, number]> = {
    WMO17: [0.78, 0.85],
    WMO40: [0.81, 0.88],
    WMO12: [1.08, 1.16],
    WMO02: [1.08, 1.16],
  };

  it.each(REGION_SYSTEMS)(
    'every dissolved %s of 2022 lies within five percent of its official area (Wmo mergers apart)',
    (system) => {
      expectDissolvedNearOfficial(2022, system, files[system], (code) =>
        Object.hasOwn(WMO_MERGERS, code) ? WMO_MERGERS[code] : [0.95, 1.05],
      );
    },
  );
});

describe('switching years', () => {
  it('keeps level, selection and indicator where they exist and says so where they do not', () => {
    const store = createAtlasStore('?niveau=gemeente&jaar=2015&indicator=pct_65plus&selectie=GM0505');
    store.getState().setYear(2022);
    expect(store.getState()).toMatchObject({
      level: 'gemeente',
      year: 2022,
      indicator: 'pct_65plus',
      selection: 'GM0505',
    });
    expect(store.getState().notices).toEqual([]);

    store.getState().setIndicator('wmo_per_1000');
    store.getState().setYear(2015);
    expect(store.getState()).toMatchObject({ year: 2015, indicator: 'bijstand_1564', selection: 'GM0505' });
    expect(
      store
        .getState()
        .notices.map((n) => n.text)
        .join(' '),
    ).toMatch(
      /"Wmo-cliënten met een maatwerkvoorziening" is er niet voor gemeenten 2015: "Bijstandsuitkeringen \(WWB\)" wordt getoond/,
    );

    const wijk = createAtlasStore('?niveau=wijk&jaar=2015&indicator=pct_65plus&selectie=WK050507');
    wijk.getState().setYear(2022);
    expect(wijk.getState()).toMatchObject({
      level: 'gemeente',
      year: 2022,
      indicator: 'pct_65plus',
      selection: 'GM0505',
    });
    expect(
      wijk
        .getState()
        .notices.map((n) => n.text)
        .join(' '),
    ).toMatch(/Wijken zijn er niet voor 2022/);

    const region = createAtlasStore('?niveau=jeugdregio&jaar=2015&indicator=bijstand_1564&weergave=vergelijken');
    region.getState().setYear(2022);
    expect(region.getState()).toMatchObject({
      level: 'jeugdregio',
      year: 2022,
      indicator: 'jeugdzorg_pct',
      mode: 'vergelijken',
    });
    region.getState().setYear(2023);
    expect(region.getState()).toMatchObject({ level: 'gemeente', year: 2023, mode: 'kaart' });
    expect(
      region
        .getState()
        .notices.map((n) => n.text)
        .join(' '),
    ).toMatch(/geen gebruikscijfer om te corrigeren/);
    // The notices of a change replace those of the change before: none stays stale.
    region.getState().setYear(2015);
    expect(region.getState()).toMatchObject({ level: 'jeugdregio', year: 2015 });
    expect(region.getState().notices.filter((n) => n.subject === 'keuze')).toEqual([]);
  });

  it('a link to the 2022 comparison opens it', () => {
    const store = createAtlasStore('?niveau=wmoregio&jaar=2022&indicator=wmo_per_1000&weergave=vergelijken');
    expect(store.getState()).toMatchObject({
      level: 'wmoregio',
      year: 2022,
      indicator: 'wmo_per_1000',
      mode: 'vergelijken',
    });
    expect(store.getState().notices).toEqual([]);
  });
});

it('every 2022 region system sums to the national population', () => {
  for (const system of REGION_SYSTEMS) {
    const areas = readAreas(system, 2022);
    expect(
      areas.values(def('inwoners')).reduce((n, v) => n + (v.value ?? 0), 0),
      system,
    ).toBe(17_590_672);
    expect(new Set(areas.members!.flat()).size).toBe(345);
  }
});
