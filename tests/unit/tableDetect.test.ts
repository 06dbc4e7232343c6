// Which columns of an own table hold areas, periods, values and other dimensions (StatLine's long
// format), and its decimal sign.
import { readTable } from '../../src/cli/generated';
import { parseTable } from '../../src/atlas/tableParse';
import { detectColumns } from '../../src/atlas/tableDetect';
import { REFS } from '../support/importTable';
import { describe, expect, it } from 'vitest';
import { importWithDefaults } from '../support/importTable';

const gm2015 = readTable('gemeente', 2015);

describe('long format', () => {
  it('keeps the total of a dimension column and reports the other rows', () => {
    const kinds = [
      ['T001398', 'Totaal jeugdzorg'],
      ['A028716', 'Jeugdhulp zonder verblijf'],
      ['A028717', 'Jeugdhulp met verblijf'],
    ];
    const codes = gm2015.codes.slice(0, 20);
    const lines = ['"ID";"SoortJeugdzorg";"Perioden";"RegioS";"Jongeren_1"'];
    codes.forEach((c, i) =>
      kinds.forEach(([key], k) =>
        lines.push(`"${i * 3 + k}";"${key}";"2015JJ00";"${c.padEnd(8)}";"${(k === 0 ? 100 : 40 + k) + i}"`),
      ),
    );
    const { detection, report, parsed } = importWithDefaults(lines.join('\n'));
    expect(detection!.dimensions).toHaveLength(1);
    expect(parsed.table!.header[detection!.dimensions[0].column]).toBe('SoortJeugdzorg');
    expect(detection!.dimensions[0]).toMatchObject({ values: kinds.map(([k]) => k), preferred: 'T001398' });
    expect(report!.duplicates).toEqual([]);
    expect(report!.otherDimension).toEqual([{ column: 'SoortJeugdzorg', rows: 40 }]);
    codes.forEach((c, i) => expect(report!.columns[0].values.get(c)).toBe(100 + i));
    // A name column next to the codes does not tell rows of one area apart, so it is no dimension.
    const named = importWithDefaults(
      ['code;naam;aantal', ...codes.map((c, i) => `${c};${gm2015.names[i]};${i}`)].join('\n'),
    );
    expect(named.detection!.dimensions).toEqual([]);
  });
});

describe('detecting the columns', () => {
  it('finds a column of gemeente names, the period column, the values and the decimal comma', () => {
    const text =
      'Perioden;Gemeente;Cliënten (aantal);Per 1 000 inwoners\n2022JJ00;Dordrecht;1.020;8,5\n2022JJ00;Zwijndrecht;95;2,1\n';
    const { table } = parseTable(text);
    const { detection } = detectColumns(table!, REFS);
    expect(detection).toMatchObject({
      areaColumn: 1,
      areaKind: 'naam',
      level: 'gemeente',
      periodColumn: 0,
      valueColumns: [2, 3],
    });
    expect(detection!.periods).toEqual(['2022JJ00']);
    expect(detection!.decimal).toBe('komma');
    // Both gemeenten exist in either indeling; the one nearest the figures' period comes first.
    expect(detection!.years[0]).toBe(2023);
  });

  it('refuses a file without areas, and a chosen column without codes or names, naming the row', () => {
    const { table } = parseTable('a;b\nx;1\ny;2\n');
    expect(detectColumns(table!, REFS).error).toMatchObject({
      row: 1,
      message: expect.stringMatching(/geen kolom met gebiedscodes/),
    });
    const codes = parseTable('code;waarde\nGM0505;1\n').table!;
    expect(detectColumns(codes, REFS, 1).error).toMatchObject({ column: 'waarde' });
  });
});
