// The areas of a table: one object per table, and each indicator's values computed once.
import { describe, expect, it, vi } from 'vitest';
import { cachedValues, tableAreas } from '../../src/atlas/areas';
import type { AreaTable, AreaValue, IndicatorDef } from '../../src/atlas/indicators';

const table: AreaTable = {
  level: 'wijk',
  year: 2015,
  source: 'kit',
  codes: ['WK000101', 'WK000102'],
  names: ['Noord', 'Zuid'],
  parents: { gm: ['GM0001', 'GM0001'] },
  columns: { AANT_INW: [100, null] },
};
const inwoners = {
  id: 'inwoners',
  kind: 'count',
  numerator: { column: 'AANT_INW' },
  per: 1,
} as IndicatorDef;

describe('table areas', () => {
  it('are one object per table with the codes, names and gemeente of each row', () => {
    const areas = tableAreas(table);
    expect(tableAreas(table)).toBe(areas);
    expect(areas).toMatchObject({ level: 'wijk', year: 2015, codes: table.codes, names: table.names });
    expect(areas.gemeenteOf).toEqual(['GM0001', 'GM0001']);
    expect(areas.values(inwoners).map((v) => v.status)).toEqual(['ok', 'secret']);
  });

  it('compute an indicator once, whoever asks', () => {
    const compute = vi.fn((): AreaValue[] => []);
    const values = cachedValues(compute);
    expect(values(inwoners)).toBe(values(inwoners));
    expect(compute).toHaveBeenCalledTimes(1);
  });
});
