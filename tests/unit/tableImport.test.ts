// The table importer on files shaped like CBS StatLine exports and spreadsheet CSVs, joined to the
// real gemeente, wijk and buurt codes of the generated tables.
import { describe, expect, it } from 'vitest';
import { readMembership, readTable } from '../../src/cli/generated';
import { regionAreas, regionSet } from '../../src/atlas/aggregate';
import { decodeBytes } from '../../src/atlas/decode';
import { joinTable, type JoinOptions } from '../../src/atlas/tableJoin';
import { detectColumns } from '../../src/atlas/tableDetect';
import { normaliseName, periodLabel, type AreaReference } from '../../src/atlas/tableKeys';
import { parseTable, type ParsedTable } from '../../src/atlas/tableParse';
import { parseCell } from '../../src/atlas/numberCells';
import {
  choiceProblems,
  ownDef,
  ownFromColumn,
  withOwnColumns,
  type ColumnChoice,
} from '../../src/atlas/ownIndicators';
import { tableAreas } from '../../src/atlas/areas';
import { indicatorValues } from '../../src/atlas/indicators';

const ref = (level: 'gemeente' | 'wijk' | 'buurt', year: number): AreaReference => {
  const t = readTable(level, year);
  return { level, year, codes: t.codes, names: t.names };
};
export const REFS: AreaReference[] = [ref('gemeente', 2015), ref('gemeente', 2023)];
const gm2015 = readTable('gemeente', 2015);

/** Parses, detects and joins with the detected options (the dialog's defaults). */
export function importWithDefaults(text: string, refs = REFS, overrides: Partial<JoinOptions> = {}) {
  const parsed = parseTable(text);
  if (parsed.error) return { parsed, error: parsed.error };
  const detected = detectColumns(parsed.table, refs);
  if (detected.error) return { parsed, error: detected.error };
  const d = detected.detection;
  const options: JoinOptions = {
    areaColumn: d.areaColumn,
    areaKind: d.areaKind,
    level: d.level,
    year: d.years[0] ?? 2015,
    periodColumn: d.periodColumn,
    period: d.periods.at(-1) ?? null,
    valueColumns: d.valueColumns,
    decimal: d.decimal,
    filters: d.dimensions.map((dim) => ({ column: dim.column, value: dim.preferred })),
    ...overrides,
  };
  return { parsed, detection: d, report: joinTable(parsed.table, options, refs), options };
}

/** A StatLine "CSV met puntkomma" export: ID, Perioden, RegioS padded to 8, quoted, "." for secret. */
function statline(rows: [string, string][], period = '2015JJ00', measure = 'JongerenMetJeugdhulp_1'): string {
  const lines = [`"ID";"Perioden";"RegioS";"${measure}"`];
  rows.forEach(([code, value], i) => lines.push(`"${i}";"${period}";"${code.padEnd(8)}";"${value.padStart(8)}"`));
  return lines.join('\r\n');
}

describe('StatLine export', () => {
  const values = gm2015.codes.map((code, i): [string, string] => [
    code,
    i % 50 === 7 ? '.' : String(Math.round((gm2015.columns.AANT_INW[i] ?? 0) / 40)),
  ]);
  const text = statline([['NL01', '425000'], ...values, ['PV28', '3000']]);

  it('finds the code, period and value column, joins every gemeente and keeps secret cells apart', () => {
    const r = importWithDefaults(text);
    expect(r.detection).toMatchObject({
      areaKind: 'code',
      level: 'gemeente',
      periods: ['2015JJ00'],
      years: [2015, 2023],
    });
    expect(r.parsed.table!.header[r.detection!.areaColumn]).toBe('RegioS');
    expect(r.detection!.valueColumns.map((j) => r.parsed.table!.header[j])).toEqual(['JongerenMetJeugdhulp_1']);
    const report = r.report!;
    expect(report.matched).toHaveLength(gm2015.codes.length);
    expect(report.aggregates.map((a) => a.value)).toEqual(['NL01', 'PV28']);
    const col = report.columns[0];
    expect(col.national).toBe(425000);
    expect(col.secret).toBe(values.filter(([, v]) => v === '.').length);
    for (const [code, v] of values) expect(col.values.get(code)).toBe(v === '.' ? null : Number(v));
    expect(report.problems).toEqual([]);
  });

  it('becomes a rate per 1.000 inwoners that the map reads like a built-in indicator', () => {
    const { report } = importWithDefaults(text);
    const choice: ColumnChoice = {
      column: report!.columns[0].column,
      name: 'Jeugdhulp 2015',
      kind: 'count',
      denominator: 'inwoners',
      per: 1000,
      unit: '',
      higherMeansMoreNeed: true,
    };
    expect(choiceProblems([choice], report!)).toEqual([]);
    const own = ownFromColumn(report!, choice, 'jeugdhulp.csv', '2015', '2026-11-26T10:00:00Z');
    const table = withOwnColumns(gm2015, [own]);
    const def = ownDef(own);
    expect(def.levels).toContain('arbeidsmarktregio');
    expect(def.defaultFactors?.length).toBeGreaterThan(0);
    const mapped = indicatorValues(table, def);
    gm2015.codes.forEach((_, i) => {
      const [, raw] = values[i];
      if (raw === '.') expect(mapped[i].status).toBe('secret');
      else expect(mapped[i].value).toBeCloseTo((Number(raw) / gm2015.columns.AANT_INW[i]!) * 1000, 9);
    });
    // The source table is not changed; removing the import removes the column again.
    expect(Object.keys(gm2015.columns).some((c) => c.startsWith('EIGEN:'))).toBe(false);
    expect(withOwnColumns(table, []).columns[`EIGEN:${own.name}`]).toBeUndefined();
    expect(tableAreas(table).values(def)).toBe(tableAreas(table).values(def));
  });

  it('keeps one period of several and reports the others', () => {
    const two = `${statline(values.slice(0, 10), '2014JJ00')}\n${statline(values.slice(0, 10), '2015JJ00').split('\n').slice(1).join('\n')}`;
    const r = importWithDefaults(two);
    expect(r.detection!.periods).toEqual(['2014JJ00', '2015JJ00']);
    expect(r.report!.otherPeriod).toBe(10);
    expect(r.report!.matched).toHaveLength(10);
    expect(r.report!.duplicates).toEqual([]);
    expect(periodLabel('2015JJ00')).toBe('2015');
    expect(periodLabel('2016HJ01')).toBe('2016 eerste halfjaar');
  });
});

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

describe('numbers', () => {
  it('reads Dutch and English grouping and CBS marks', () => {
    expect(parseCell('1.234,5', 'komma')).toMatchObject({ kind: 'number', value: 1234.5, decimals: 1 });
    expect(parseCell('1,234.5', 'punt')).toMatchObject({ kind: 'number', value: 1234.5, decimals: 1 });
    expect(parseCell('1.234,5', 'punt')).toMatchObject({ kind: 'invalid' });
    expect(parseCell('   .', 'punt')).toEqual({ kind: 'secret' });
    expect(parseCell('-', 'komma')).toMatchObject({ kind: 'nihil', value: 0 });
    expect(parseCell('1e400', 'punt')).toMatchObject({ kind: 'invalid' });
    expect(parseCell('12 345', 'komma')).toMatchObject({ kind: 'number', value: 12345 });
  });

  it('detects the decimal sign of a file', () => {
    const nl = importWithDefaults('gemeente;waarde\nGM0505;1.234,5\nGM0590;12,25\n');
    expect(nl.detection!.decimal).toBe('komma');
    expect([...nl.report!.columns[0].values.values()]).toEqual([1234.5, 12.25]);
    const en = importWithDefaults('gemeente,waarde\nGM0505,"1,234.5"\nGM0590,12.25\n');
    expect(en.detection!.decimal).toBe('punt');
    expect([...en.report!.columns[0].values.values()]).toEqual([1234.5, 12.25]);
  });
});

export type { ParsedTable };

describe('a StatLine file saved as UTF-16', () => {
  it('is read like the UTF-8 one', () => {
    const text =
      '"Perioden";"RegioS";"Cliënten_1"\r\n"2015JJ00";"GM0505  ";"  1234"\r\n"2015JJ00";"GM0642  ";"   567"\r\n';
    for (const bytes of [
      Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]),
      Buffer.from(text, 'utf16le'),
    ]) {
      const parsed = parseTable(decodeBytes(new Uint8Array(bytes)));
      expect(parsed.table?.header).toEqual(['Perioden', 'RegioS', 'Cliënten_1']);
      expect(parsed.table?.rows.map((r) => r.cells[1].trim())).toEqual(['GM0505', 'GM0642']);
    }
  });
});
