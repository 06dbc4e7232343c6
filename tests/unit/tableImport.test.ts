// The table importer on files shaped like CBS StatLine exports and spreadsheet CSVs, joined to the
// real gemeente, wijk and buurt codes of the generated tables.
import { describe, expect, it } from 'vitest';
import { importWithDefaults, statline } from '../support/importTable';
import { readTable } from '../../src/cli/generated';
import { periodLabel } from '../../src/atlas/tableKeys';
import { type ParsedTable } from '../../src/atlas/tableParse';
import {
  choiceProblems,
  ownDef,
  ownFromColumn,
  withOwnColumns,
  type ColumnChoice,
} from '../../src/atlas/ownIndicators';
import { tableAreas } from '../../src/atlas/areas';
import { indicatorValues } from '../../src/atlas/indicators';

const gm2015 = readTable('gemeente', 2015);

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

export type { ParsedTable };
