import { describe, expect, it } from 'vitest';
import { buildSearchIndex, normalizeName, searchAreas, type SearchEntry } from '../../src/atlas/search';

const e = (code: string, naam: string, level: SearchEntry['level']): SearchEntry => ({ code, naam, level, context: '', bbox: [0, 0, 1, 1] });
const index = buildSearchIndex([
  e('BU05050700', 'Dordrecht-Centrum', 'buurt'), e('WK050507', 'Wijk 07 Wielwijk', 'wijk'),
  e('GM0505', 'Dordrecht', 'gemeente'), e('GM1900', 'Súdwest-Fryslân', 'gemeente'), e('GM0363', "'s-Gravenhage", 'gemeente'),
]);

describe('search', () => {
  it('ignores accents and case', () => {
    expect(normalizeName('Súdwest-Fryslân')).toBe('sudwest-fryslan');
    expect(searchAreas(index, 'SUDWEST')[0].code).toBe('GM1900');
  });
  it('puts an exact gemeente before longer names', () => {
    expect(searchAreas(index, 'dordrecht').map((r) => r.code)).toEqual(['GM0505', 'BU05050700']);
  });
  it('finds words inside a name and codes', () => {
    expect(searchAreas(index, 'wielwijk')[0].code).toBe('WK050507');
    expect(searchAreas(index, 'gm0363')[0].code).toBe('GM0363');
    expect(searchAreas(index, 'gravenhage')[0].code).toBe('GM0363');
  });
  it('returns nothing for an empty query', () => {
    expect(searchAreas(index, '   ')).toEqual([]);
  });
});
