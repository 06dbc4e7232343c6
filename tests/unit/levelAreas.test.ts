// The areas of any level: a table's rows, or regions summed from the gemeenten of the kit.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { findIndicator } from '../../src/cli/generated';
import { kitRoot } from '../../data/pipeline/kit';
import { regionSet } from '../../src/atlas/aggregate';
import { REGION_SYSTEMS, type Membership } from '../../src/atlas/geography';
import type { AreaTable } from '../../src/atlas/indicators';
import { levelAreas } from '../../src/atlas/levelAreas';
import { readAreas, readMembership, readTable } from '../../src/cli/generated';

const def = (id: string) => findIndicator(id)!;
const kit = (path: string) => readFileSync(resolve(kitRoot(), path), 'utf8');

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

describe('one object per table', () => {
  const table: AreaTable = {
    level: 'gemeente',
    year: 2015,
    source: 't',
    codes: ['GM0001', 'GM0002'],
    names: ['A', 'B'],
    parents: {},
    columns: { AANT_INW: [100, 300] },
  };
  const membership = {
    year: 2015,
    source: 'm',
    gemeenten: ['GM0001', 'GM0002'],
    systems: Object.fromEntries(
      REGION_SYSTEMS.map((s) => [s, { codes: ['X1'], names: ['Samen'], regionOf: ['X1', 'X1'] }]),
    ),
  } as unknown as Membership;
  const sources = { table: () => table, membership: () => membership };

  it('gives the map, profile and comparison the same areas, so values are computed once', () => {
    expect(levelAreas('gemeente', 2015, sources)).toBe(levelAreas('gemeente', 2015, sources));
    expect(levelAreas('corop', 2015, sources)).toBe(levelAreas('corop', 2015, sources));
    const regions = levelAreas('corop', 2015, sources)!;
    expect(regions.members).toEqual([['GM0001', 'GM0002']]);
    expect(regions.values(def('inwoners'))[0].value).toBe(400);
  });

  it('has no areas until the table and, for regions, the membership are there', () => {
    expect(levelAreas('wijk', 2015, { table: () => undefined, membership: () => membership })).toBeUndefined();
    expect(levelAreas('corop', 2015, { table: () => table, membership: () => undefined })).toBeUndefined();
  });
});
