// A confirmed column of an own table becomes an indicator like the built-in ones: a column of its
// level's table that sums to regions, with what it counts, per whom, from which file.
import { describe, expect, it } from 'vitest';
import { importWithDefaults } from '../support/importTable';
import { readMembership, readTable } from '../../src/cli/generated';
import { regionAreas, regionSet } from '../../src/atlas/aggregate';
import {
  isOwnIndicator,
  ownDef,
  ownFromColumn,
  type OwnIndicator,
  withOwnColumns,
} from '../../src/atlas/ownIndicators';

const gm2015 = readTable('gemeente', 2015);

describe('regions of an own count', () => {
  it('sum members; a region with a member outside the file has no data, one with a secret member is secret', () => {
    const dordrecht = gm2015.codes.indexOf('GM0505');
    const text = [
      'gemeente;clienten',
      ...gm2015.codes
        .map((c, i) => (c === 'GM0590' ? `${c};.` : i === dordrecht ? '' : `${c};${i + 1}`))
        .filter(Boolean),
    ].join('\n');
    const { report } = importWithDefaults(text);
    const own = ownFromColumn(
      report!,
      {
        column: 1,
        name: 'Cliënten',
        kind: 'count',
        denominator: 'inwoners',
        per: 1000,
        unit: '',
        higherMeansMoreNeed: null,
      },
      'c.csv',
      null,
      '2026-11-26',
    );
    const table = withOwnColumns(gm2015, [own]);
    const membership = readMembership(2015);
    const regions = regionAreas(regionSet(membership, 'corop', table), table);
    const values = regions.values(ownDef(own));
    const regionOf = (code: string) => regions.members!.findIndex((m) => m.includes(code));
    // Dordrecht (not in the file) and Papendrecht (secret) share Zuidoost-Zuid-Holland.
    expect(regionOf('GM0505')).toBe(regionOf('GM0590'));
    const zuidoost = regionOf('GM0505');
    expect(values[zuidoost]).toMatchObject({
      status: 'secret',
      note: `onvolledig: 2 van ${regions.members![zuidoost].length} gemeenten zonder gegevens of geheim (1 geheim)`,
    });
    const amsterdam = regionOf('GM0363');
    const members = regions.members![amsterdam].map((c) => gm2015.codes.indexOf(c));
    const users = members.reduce((n, r) => n + r + 1, 0);
    const inw = members.reduce((n, r) => n + gm2015.columns.AANT_INW[r]!, 0);
    expect(values[amsterdam].value).toBeCloseTo((users / inw) * 1000, 9);
    const partial = ownFromColumn(
      importWithDefaults('gemeente;clienten\nGM0505;10\n').report!,
      { column: 1, name: 'Eén', kind: 'count', denominator: null, per: 1, unit: '', higherMeansMoreNeed: null },
      'c.csv',
      null,
      '2026-11-26',
    );
    const partialTable = withOwnColumns(gm2015, [partial]);
    const partialValues = regionAreas(regionSet(membership, 'corop', partialTable), partialTable).values(
      ownDef(partial),
    );
    expect(partialValues[amsterdam]).toMatchObject({ status: 'nodata' });
    expect(partialValues[amsterdam].note).toMatch(/zonder gegevens$/);
  });
});

describe('stored own tables', () => {
  const stored = {
    name: 'Wmo-cliënten',
    level: 'wijk',
    year: 2015,
    period: '2022',
    kind: 'count',
    denominator: 'inwoners_15plus',
    per: 1000,
    unit: '',
    higherMeansMoreNeed: true,
    decimals: 0,
    file: 'wmo.csv',
    importedAt: '2026-12-06T08:00:00.000Z',
    values: [
      ['WK050507', 120],
      ['WK050501', null],
    ],
    national: null,
  };

  it('are checked when read: a record of another shape is not trusted', () => {
    expect(isOwnIndicator(stored)).toBe(true);
    for (const bad of [
      null,
      { ...stored, name: ' ' },
      { ...stored, level: 'provincie' },
      { ...stored, kind: 'iets' },
      { ...stored, values: [['WK050507', 'veel']] },
      { ...stored, year: '2015' },
    ])
      expect(isOwnIndicator(bad), JSON.stringify(bad)).toBe(false);
  });

  it('become an indicator per 1.000 of the chosen population, labelled with the period and file', () => {
    const def = ownDef(stored as OwnIndicator);
    expect(def).toMatchObject({
      id: 'eigen:Wmo-cliënten',
      kind: 'rate',
      per: 1000,
      unit: 'per 1.000 inwoners 15+',
      levels: ['wijk'],
      period: '2022',
    });
    expect(def.source).toMatch(/Eigen tabel "wmo\.csv"/);
    expect(def.note).toMatch(/wijkindeling van 2015/);
    expect(def.coverage).toEqual(['WK050507', 'WK050501']);
    expect(ownDef(stored as OwnIndicator)).toBe(def);
  });
});
