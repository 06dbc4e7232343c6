// One indicator classified: the map's colours, the legend's counts and the headless table.
import { describe, expect, it } from 'vitest';
import { tableAreas } from '../../src/atlas/areas';
import { buildChoropleth, classText, roundTo, rowsToCsv, tableRows } from '../../src/atlas/choropleth';
import type { AreaTable, IndicatorDef } from '../../src/atlas/indicators';

const table: AreaTable = {
  level: 'gemeente',
  year: 2015,
  source: 't',
  codes: ['GM0001', 'GM0002', 'GM0003', 'GM0004'],
  names: ['A', 'B, de', 'C', 'D'],
  parents: {},
  columns: { N: [1, 2, 2, null], D: [3, 4, 4, 5] },
};
const rate: IndicatorDef = {
  id: 'r',
  label: 'R',
  unit: '%',
  kind: 'rate',
  numerator: { column: 'N' },
  denominator: { column: 'D' },
  per: 100,
  decimals: 1,
  years: [2015],
  levels: ['gemeente'],
  higherMeansMoreNeed: true,
  source: 't',
};

describe('choropleth', () => {
  const c = buildChoropleth(tableAreas(table), rate, { method: 'kwantiel', count: 3 });

  it('keeps equal values in one class and leaves a secret value out of every class', () => {
    expect([...c.result.classOf]).toEqual([0, 1, 1, -1]);
    expect(c.result.missing).toEqual({ secret: 1, nodata: 0 });
    expect(c.rowOf.get('GM0003')).toBe(2);
  });

  it('prints values rounded as on screen, classes from 1, and an empty cell for the secret one', () => {
    expect(tableRows(c).map((r) => [r.waarde, r.klasse, r.status])).toEqual([
      [33.3, 1, 'ok'],
      [50, 2, 'ok'],
      [50, 2, 'ok'],
      [null, null, 'secret'],
    ]);
    expect(rowsToCsv(tableRows(c)).split('\n')).toEqual([
      'code,naam,waarde,klasse',
      'GM0001,A,33.3,1',
      'GM0002,"B, de",50,2',
      'GM0003,C,50,2',
      'GM0004,D,,',
      '',
    ]);
    expect(roundTo(2.345, 2)).toBe(2.35);
  });
});

describe('a class indicator', () => {
  it('is shown in its own classes with their words, whatever classification was chosen', () => {
    const sted: IndicatorDef = {
      ...rate,
      id: 'sted',
      kind: 'ordinal',
      denominator: undefined,
      numerator: { column: 'S' },
      categories: ['zeer sterk', 'sterk', 'matig', 'weinig', 'niet'],
      decimals: 0,
    };
    const t: AreaTable = { ...table, columns: { S: [1, 1, 5, 3] } };
    const c = buildChoropleth(tableAreas(t), sted, { method: 'kwantiel', count: 3 });
    expect(c.result.classes).toHaveLength(5);
    expect([...c.result.classOf]).toEqual([0, 0, 4, 2]);
    expect(c.result.classes.map((k) => k.count)).toEqual([2, 0, 1, 0, 1]);
    expect(classText(c, 0, 'x')).toBe('1 — zeer sterk');
    const quantity = buildChoropleth(tableAreas(table), rate, { method: 'kwantiel', count: 3 });
    expect(classText(quantity, 0, '33,3')).toBe('33,3');
  });
});
