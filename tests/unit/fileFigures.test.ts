// An own wijk file's gemeente and Nederland rows as reference lines, in the indicator's unit.
import { describe, expect, it } from 'vitest';
import type { Areas } from '../../src/atlas/areas';
import { fileReference } from '../../src/atlas/fileFigures';
import { indicatorValues, type AreaTable } from '../../src/atlas/indicators';
import { ownFromFile, type OwnFileRequest } from '../../src/atlas/ownFromFile';
import type { AreaReference } from '../../src/atlas/tableKeys';

const refs: AreaReference[] = [
  { level: 'gemeente', year: 2015, codes: ['GM0505', 'GM0003'], names: ['Dordrecht', 'Appingedam'] },
  { level: 'wijk', year: 2015, codes: ['WK050501', 'WK050502', 'WK050503'], names: ['Wijk 01', 'Wijk 02', 'Wijk 03'] },
];
const FILE = [
  'Codering;Jeugdhulp (aantal);Jeugdhulp (%)',
  'NL01;456.789;9,8',
  'GM0505;2.345;11,0',
  'GM0003;x;x',
  'WK050501;1.020;12,5',
  'WK050502;310;8,4',
  'WK050503;120;5,0',
].join('\n');
// Two gemeenten: 100.000 and 10.000 inhabitants, 20 % and 15 % of them 0–14.
const table: AreaTable = {
  level: 'gemeente',
  year: 2015,
  source: 'test',
  codes: ['GM0505', 'GM0003'],
  names: ['Dordrecht', 'Appingedam'],
  parents: {},
  columns: { AANT_INW: [100000, 10000], P_00_14_JR: [20, 15] },
};
const gemeenten: Areas = { ...table, values: (def) => indicatorValues(table, def) };
const request: OwnFileRequest = { file: 'jeugd.csv', column: 'Jeugdhulp (aantal)', level: 'wijk', year: 2015 };

describe('fileReference', () => {
  it("divides the file's gemeente and Nederland counts by their young inhabitants (per 100)", () => {
    const { def, report } = ownFromFile(FILE, request, refs, '');
    expect([...report.columns[0].parents]).toEqual([
      ['GM0505', 2345],
      ['GM0003', null],
    ]);
    // 2.345 / (100.000 × 20 %) × 100 = 11,725.
    expect(fileReference(def, 'GM0505', gemeenten)?.value).toBeCloseTo(11.725, 10);
    // Nederland: 456.789 over the young of every gemeente, 20.000 + 1.500.
    expect(fileReference(def, 'NL01', gemeenten)?.value).toBeCloseTo((456789 / 21500) * 100, 10);
    expect(fileReference(def, 'GM0003', gemeenten)?.status).toBe('secret');
    expect(fileReference(def, 'GM0344', gemeenten)).toBeUndefined();
  });

  it('keeps a figure as given as the file gives it', () => {
    const { def } = ownFromFile(FILE, { ...request, column: 'Jeugdhulp (%)' }, refs, '');
    expect(fileReference(def, 'GM0505', gemeenten)?.value).toBe(11);
    expect(fileReference(def, 'NL01', gemeenten)?.value).toBe(9.8);
  });
});
