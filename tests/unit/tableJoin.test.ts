// An own table joined to the areas of one level and year, and the report of what did not join.
import { REFS, importWithDefaults, ref } from '../support/importTable';
import { detectColumns } from '../../src/atlas/tableDetect';
import { joinOptionsFor } from '../../src/atlas/tableJoin';
import { parseTable } from '../../src/atlas/tableParse';
import { describe, expect, it } from 'vitest';
import { readTable } from '../../src/cli/generated';
import { normaliseName } from '../../src/atlas/tableKeys';

describe('join report', () => {
  it('lists unmatched, duplicate and other-indeling codes with their rows', () => {
    const text = [
      'gemeente;aantal',
      'GM0505;120', // Dordrecht
      'GM0505;121', // duplicate
      'GM0398;5', // Heerhugowaard: 2015 only
      'GM1980;7', // Dijk en Waard: 2023 only
      'GM9999;3', // no such gemeente
      'WK050501;4', // a wijk in a gemeente file
      'GM0590;abc', // not a number
      'GM0610;x', // secret
    ].join('\n');
    const { report, detection } = importWithDefaults(text);
    expect(detection!.years[0]).toBe(2015);
    expect(report!.matched).toEqual(['GM0505', 'GM0398', 'GM0590', 'GM0610']);
    expect(report!.duplicates).toEqual([{ row: 3, code: 'GM0505', firstRow: 2 }]);
    expect(report!.otherIndeling).toEqual([{ row: 5, code: 'GM1980', years: [2023] }]);
    expect(report!.unmatched).toEqual([{ row: 6, value: 'GM9999' }]);
    expect(report!.otherLevel).toEqual([{ row: 7, code: 'WK050501' }]);
    expect(report!.problems).toEqual([{ row: 8, column: 'aantal', message: '"abc" is geen getal' }]);
    expect(report!.columns[0].secret).toBe(1);
  });

  it('matches gemeente names without case, accents or StatLine suffixes, and lists the rest', () => {
    const text =
      "Regio's,Cliënten\nS-GRAVENHAGE,10\nSudwest-Fryslan,20\nBergen (NH),30\nDordrecht (gemeente),40\nAtlantis,50\nNederland,1000\nDen Bosch,60\n";
    const { report, detection } = importWithDefaults(text);
    expect(detection).toMatchObject({ areaKind: 'naam', level: 'gemeente' });
    expect(report!.matched).toEqual(['GM0518', 'GM1900', 'GM0373', 'GM0505', 'GM0796']);
    expect(report!.unmatched).toEqual([{ row: 6, value: 'Atlantis' }]);
    expect(report!.columns[0].national).toBe(1000);
    expect(normaliseName("'s-Gravenhage")).toBe(normaliseName('S-GRAVENHAGE'));
  });

  it('joins wijk and buurt codes at their own level', () => {
    const wijken = readTable('wijk', 2015);
    const refs = [...REFS, ref('wijk', 2015)];
    const text = ['code;meldingen', ...wijken.codes.slice(0, 30).map((c, i) => `${c};${i}`)].join('\n');
    const { report } = importWithDefaults(text, refs);
    expect(report!.level).toBe('wijk');
    expect(report!.matched).toEqual(wijken.codes.slice(0, 30));
  });

  it('refuses a file without an area column, naming the header row', () => {
    const r = importWithDefaults('naam;waarde\nfoo;1\nbar;2\n');
    expect(r.error).toMatchObject({ row: 1, column: 'alle kolommen' });
    expect(r.error!.message).toMatch(/gebiedscodes/);
  });
});

describe('the join options of a detected table', () => {
  const { detection } = detectColumns(
    parseTable('Perioden;RegioS;Soort;Aantal\n2021JJ00;GM0505;T001;5\n2022JJ00;GM0505;T001;7\n2022JJ00;GM0505;A045;2\n')
      .table!,
    REFS,
  );

  it('take the latest period, the best indeling and the total of every other dimension', () => {
    expect(joinOptionsFor(detection!)).toMatchObject({
      period: '2022JJ00',
      year: detection!.years[0],
      filters: [{ column: 2, value: 'T001' }],
    });
  });

  it("keep the user's choices that exist, and ignore those that do not", () => {
    const chosen = joinOptionsFor(detection!, {
      period: '2021JJ00',
      year: 2015,
      decimal: 'komma',
      kept: { 2: 'A045' },
    });
    expect(chosen).toMatchObject({
      period: '2021JJ00',
      year: 2015,
      decimal: 'komma',
      filters: [{ column: 2, value: 'A045' }],
    });
    const wrong = joinOptionsFor(detection!, { period: '1999JJ00', year: 2016, kept: { 2: 'Z999' } });
    expect(wrong).toMatchObject({
      period: '2022JJ00',
      year: detection!.years[0],
      filters: [{ column: 2, value: 'T001' }],
    });
  });
});
