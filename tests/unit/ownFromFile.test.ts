// One column of a file as an own indicator, as the dialog's defaults and the command line make it.
import { describe, expect, it } from 'vitest';
import { OwnFileError, ownFromFile, type OwnFileRequest } from '../../src/atlas/ownFromFile';
import type { AreaReference } from '../../src/atlas/tableKeys';

const refs: AreaReference[] = [
  { level: 'gemeente', year: 2015, codes: ['GM0505', 'GM0003'], names: ['Dordrecht', 'Appingedam'] },
  { level: 'wijk', year: 2015, codes: ['WK050501', 'WK050502', 'WK050503'], names: ['Wijk 01', 'Wijk 02', 'Wijk 03'] },
];
const FILE = [
  '"Wijken";"Perioden";"Jeugdhulp (aantal)";"Jeugdhulp (%)"',
  '"NL01  ";"2022";"456.789";"9,8"',
  '"GM0505  ";"2022";"2.345";"11,0"',
  '"WK050501  ";"2022";"1.020";"12,5"',
  '"WK050502  ";"2022";"x";"x"',
  '"WK050503  ";"2022";"310";"8,4"',
].join('\n');
const request: OwnFileRequest = { file: 'jeugd.csv', column: 'jeugdhulp (aantal)', level: 'wijk', year: 2015 };

describe('ownFromFile', () => {
  it('reads a count with thousands points, its denominator and unit from the name, and the period', () => {
    const { own, def, report } = ownFromFile(FILE, request, refs, '2026-12-06T00:00:00Z');
    expect(own.values).toEqual([
      ['WK050501', 1020],
      ['WK050502', null],
      ['WK050503', 310],
    ]);
    expect(own).toMatchObject({ kind: 'count', denominator: 'inwoners_0_14', per: 100, period: '2022', year: 2015 });
    expect(def.unit).toBe('% van inwoners 0–14');
    expect(def.note).toContain('Cijfers 2022 op de wijkindeling van 2015; inwoners 0–14 2015.');
    expect(report.matched).toEqual(['WK050501', 'WK050502', 'WK050503']);
  });

  it('takes a figure as given with its unit, or a chosen kind and denominator', () => {
    const rate = ownFromFile(FILE, { ...request, column: 'Jeugdhulp (%)' }, refs, '2026-12-06T00:00:00Z');
    expect(rate.own).toMatchObject({ kind: 'rate', unit: '%', denominator: null });
    expect(rate.own.values[0]).toEqual(['WK050501', 12.5]);
    const chosen = ownFromFile(FILE, { ...request, denominator: 'inwoners' }, refs, '2026-12-06T00:00:00Z');
    expect(chosen.own).toMatchObject({ denominator: 'inwoners', per: 1000 });
  });

  it('names what is wrong, in Dutch', () => {
    const error = (r: Partial<typeof request>) => {
      try {
        ownFromFile(FILE, { ...request, ...r }, refs, '');
      } catch (e) {
        expect(e).toBeInstanceOf(OwnFileError);
        return (e as Error).message;
      }
      return '';
    };
    expect(error({ column: 'Wmo' })).toMatch(
      /Kolom "Wmo" staat niet in jeugd.csv\. De kolommen zijn: "Wijken", "Perioden"/,
    );
    expect(error({ column: 'Perioden' })).toMatch(/heeft geen getallen/);
    expect(error({ level: 'buurt' })).toMatch(/heeft geen buurtcodes: de gebieden zijn wijken/);
    expect(error({ year: 2022 })).toMatch(/Er is geen wijkindeling van 2022/);
  });
});
