// Region systems: membership, dissolved shapes against the official polygons, and sums.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { findIndicator } from '../../src/cli/generated';
import { kitRoot } from '../../data/pipeline/kit';
import { aggregateValues, regionSet } from '../../src/atlas/aggregate';
import { REGION_SYSTEMS, type Membership, type RegionSystem } from '../../src/atlas/geography';
import { indicatorValues, type AreaTable } from '../../src/atlas/indicators';
import { readAreas, readMembership, readTable } from '../../src/cli/generated';
import { expectDissolvedNearOfficial } from '../support/officialRegions';

const def = (id: string) => findIndicator(id)!;
const kit = (path: string) => readFileSync(resolve(kitRoot(), path), 'utf8');

describe('aggregation on a hand-made case', () => {
  const gemeenten: AreaTable = {
    level: 'gemeente',
    year: 2015,
    source: 'test',
    codes: ['GM0001', 'GM0002', 'GM0003', 'GM0004'],
    names: ['A', 'B', 'C', 'D'],
    parents: {},
    columns: {
      AANT_INW: [1000, 3000, 500, 500],
      P_15_24_JR: [10, 20, 10, 10],
      P_25_44_JR: [30, 30, 30, 30],
      P_45_64_JR: [20, 20, 20, 20],
      WWB_UITTOT: [30, 60, null, 10],
    },
  };
  const membership: Membership = {
    year: 2015,
    source: 'test',
    gemeenten: ['GM0001', 'GM0002', 'GM0003', 'GM0004'],
    systems: {
      arbeidsmarktregio: {
        codes: ['AM01', 'AM02'],
        names: ['Noord', 'Zuid'],
        regionOf: ['AM01', 'AM01', 'AM02', 'AM02'],
      },
      jeugdregio: { codes: ['JZ01'], names: ['Alles'], regionOf: ['JZ01', 'JZ01', 'JZ01', 'JZ01'] },
      wmoregio: { codes: ['WMO01'], names: ['Alles'], regionOf: ['WMO01', 'WMO01', 'WMO01', 'WMO01'] },
      corop: { codes: ['CR01'], names: ['Alles'], regionOf: ['CR01', 'CR01', 'CR01', 'CR01'] },
    },
  };
  const set = regionSet(membership, 'arbeidsmarktregio', gemeenten);
  const values = aggregateValues(def('bijstand_1564'), indicatorValues(gemeenten, def('bijstand_1564')), set);

  it('sums numerators and denominators and recomputes the rate', () => {
    // AM01: users 30 + 60 = 90; population 15–64: 1000 × 0.6 + 3000 × 0.7 = 2700.
    expect(values[0].numerator).toBe(90);
    expect(values[0].denominator).toBeCloseTo(2700, 9);
    expect(values[0].value).toBeCloseTo((90 / 2700) * 1000, 9);
    // Not the mean of the member rates (50 and 28.6).
    expect(values[0].value).not.toBeCloseTo((50 + 60 / 2.1) / 2, 1);
  });

  it('suppresses a region with a secret member and says why, instead of summing the rest', () => {
    expect(values[1]).toMatchObject({ value: null, status: 'secret', numerator: null });
    expect(values[1].note).toMatch(/1 van 2 gemeenten/);
  });
});

describe('the kit regions', () => {
  const membership = readMembership(2015);
  const gemeenten = readTable('gemeente', 2015);

  it.each([
    ['arbeidsmarktregio', 35],
    ['jeugdregio', 42],
    ['wmoregio', 43],
    ['corop', 40],
  ] as const)('%s has %i regions covering every gemeente once', (system, count) => {
    const set = regionSet(membership, system, gemeenten);
    expect(set.codes).toHaveLength(count);
    const all = set.members.flat();
    expect(all).toHaveLength(393);
    expect(new Set(all).size).toBe(393);
    expect(set.members.every((m) => m.length > 0)).toBe(true);
  });

  it('regions add up to the national population of the gemeente file', () => {
    for (const system of REGION_SYSTEMS) {
      const values = readAreas(system, 2015).values(def('inwoners'));
      expect(
        values.reduce((n, v) => n + (v.value ?? 0), 0),
        system,
      ).toBe(16_900_726);
    }
  });

  it('Drechtsteden (AM23) matches a sum computed from the raw kit file', () => {
    const raw = Papa.parse<Record<string, string>>(kit('indicators/kwb_2015_gemeente.csv'), {
      header: true,
      skipEmptyLines: true,
    }).data;
    const members = ['GM0505', 'GM0642', 'GM0590', 'GM0610', 'GM0531', 'GM0482'];
    let users = 0;
    let population = 0;
    for (const r of raw.filter((row) => members.includes(row.GM_CODE))) {
      users += Number(r.WWB_UITTOT);
      population += (Number(r.AANT_INW) * (Number(r.P_15_24_JR) + Number(r.P_25_44_JR) + Number(r.P_45_64_JR))) / 100;
    }
    const areas = readAreas('arbeidsmarktregio', 2015);
    const row = areas.codes.indexOf('AM23');
    expect(areas.members![row].sort()).toEqual([...members].sort());
    expect(areas.values(def('bijstand_1564'))[row].value).toBeCloseTo((users / population) * 1000, 9);
  });
});

describe('dissolved regions against the official polygons', () => {
  const files: Record<RegionSystem, string> = {
    arbeidsmarktregio: 'boundaries/regions_2015/arbeidsmarktregio_2015.topojson',
    jeugdregio: 'boundaries/regions_2015/jeugdregio_2015.topojson',
    corop: 'boundaries/regions_2015/coropgebied_2015.topojson',
    wmoregio: 'boundaries/regions_2015/wmoregio_2015.geojson',
  };

  /**
   * The kit's own check (its README, "Union of member gemeenten vs the region polygon") finds
   * WMO22 at 1.052: the Wmo polygons date from 2013 and are coarser than the gemeente file.
   */
  it.each(REGION_SYSTEMS)('every dissolved %s lies within five percent of its official area', (system) => {
    expectDissolvedNearOfficial(2015, system, files[system], (code) => [0.95, code === 'WMO22' ? 1.06 : 1.05]);
  });
});
