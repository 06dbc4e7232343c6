// The store's slices working together: own columns are derived (not stored copies), a selection
// that does not exist is dropped with a notice, and a link's pending indicator is settled once
// its source is read.
import { describe, expect, it } from 'vitest';
import { selectAreas, selectChoropleth } from '../../src/state/selectors';
import { createAtlasStore } from '../../src/state/store';
import { selectTable } from '../../src/state/tables';
import { readFacts, readTable } from '../../src/cli/generated';
import type { OwnIndicator } from '../../src/atlas/ownIndicators';

const own: OwnIndicator = {
  name: 'Cliënten',
  level: 'gemeente',
  year: 2015,
  period: '2016',
  kind: 'count',
  denominator: 'inwoners',
  per: 1000,
  unit: '',
  higherMeansMoreNeed: true,
  decimals: 0,
  file: 'c.csv',
  importedAt: '2026-12-06T08:00:00.000Z',
  values: [['GM0505', 1200]],
  national: null,
};

describe('the store', () => {
  it('derives a table with the own columns, and drops them when the own table goes', () => {
    const store = createAtlasStore('');
    const table = readTable('gemeente', 2015);
    store.setState({ tables: { gemeente_2015: table }, own: [own], ownLoaded: true });
    const merged = selectTable(store.getState(), 'gemeente', 2015)!;
    expect(merged.columns['EIGEN:Cliënten'][table.codes.indexOf('GM0505')]).toBe(1200);
    expect(store.getState().tables.gemeente_2015).toBe(table);
    expect(selectTable(store.getState(), 'gemeente', 2015)).toBe(merged);
    store.setState({ own: [] });
    expect(selectTable(store.getState(), 'gemeente', 2015)!.columns['EIGEN:Cliënten']).toBeUndefined();
  });

  it('drops a selection that does not exist in the level shown, with a notice, once the areas are there', () => {
    const store = createAtlasStore('?selectie=GM9999');
    expect(store.getState().selection).toBe('GM9999');
    store.setState({ tables: { gemeente_2015: readTable('gemeente', 2015) } });
    expect(store.getState().selection).toBeNull();
    expect(
      store
        .getState()
        .notices.map((n) => n.text)
        .join(' '),
    ).toMatch(/Gebied GM9999 bestaat niet in gemeenten 2015/);
    store.getState().select('GM0505');
    expect(store.getState().selection).toBe('GM0505');
  });

  it('keeps a link to a reference figure until the facts are read, then shows it', () => {
    const store = createAtlasStore('?indicator=feit_jeugdhulp_pct');
    store.setState({ tables: { gemeente_2015: readTable('gemeente', 2015) } });
    expect(store.getState().indicator).toBe('feit_jeugdhulp_pct');
    expect(selectChoropleth(store.getState())).toBeNull();
    store.setState({ facts: readFacts(), factsLoaded: true, ownLoaded: true });
    const choropleth = selectChoropleth(store.getState())!;
    expect(choropleth.def.id).toBe('feit_jeugdhulp_pct');
    expect(selectAreas(store.getState())!.codes).toHaveLength(393);
  });
});
