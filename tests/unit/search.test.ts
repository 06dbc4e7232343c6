import { describe, expect, it } from 'vitest';
import { NAME_ALIASES } from '../../data/catalogue/nameAliases';
import { buildSearchIndex, normalizeName, searchAreas, type SearchEntry } from '../../src/atlas/search';

const e = (code: string, naam: string, level: SearchEntry['level']): SearchEntry => ({
  code,
  naam,
  level,
  context: '',
  bbox: [0, 0, 1, 1],
});
const index = buildSearchIndex([
  e('BU05050700', 'Dordrecht-Centrum', 'buurt'),
  e('WK050507', 'Wijk 07 Wielwijk', 'wijk'),
  e('GM0505', 'Dordrecht', 'gemeente'),
  e('GM1900', 'Súdwest-Fryslân', 'gemeente'),
  e('GM0363', "'s-Gravenhage", 'gemeente'),
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

describe('forgiving search (real search asset of 2015)', async () => {
  const { readFileSync } = await import('node:fs');
  const { entriesFromRows, kindText } = await import('../../src/atlas/search');
  const rows = JSON.parse(readFileSync(new URL('../../public/generated/search_2015.json', import.meta.url), 'utf8'));
  const real = buildSearchIndex(entriesFromRows(rows), NAME_ALIASES);
  const first = (q: string) => searchAreas(real, q)[0];

  it('knows everyday names of gemeenten', () => {
    expect(first('Den Haag').naam).toBe("'s-Gravenhage");
    expect(first('den bosch').naam).toBe("'s-Hertogenbosch");
  });
  it('forgives one typo and "y" for "ij"', () => {
    expect(first('dordrect').code).toBe('GM0505');
    expect(first('wielwyk').code).toBe('WK050507');
    expect(first('Sudwest Fryslan').naam).toBe('Súdwest-Fryslân');
  });
  it('finds a name followed by its gemeente', () => {
    const found = searchAreas(real, 'Wielwijk Dordrecht');
    expect(found[0].code).toBe('WK050507');
    expect(found.every((e) => e.context.includes('Dordrecht') || e.naam.includes('Dordrecht'))).toBe(true);
  });
  it('says the kind of a result once', () => {
    const regions = searchAreas(real, 'Drechtsteden').filter(
      (e) => e.level !== 'gemeente' && !e.code.startsWith('WK') && !e.code.startsWith('BU'),
    );
    expect(regions.map(kindText).sort()).toEqual(['Wmo-regio', 'arbeidsmarktregio']);
    expect(kindText(first('wielwijk'))).toBe('wijk, Dordrecht');
  });
  it('does not match everything once typos are allowed', () => {
    expect(searchAreas(real, 'qqqq')).toEqual([]);
    expect(searchAreas(real, 'xyzzyx')).toEqual([]);
  });
});

describe('withinOneEdit', async () => {
  const { withinOneEdit } = await import('../../src/atlas/search');
  it('allows one insertion, deletion, substitution or swap, not two', () => {
    for (const [a, b] of [
      ['dordrecht', 'dordrect'],
      ['dordrecht', 'dordrechts'],
      ['dordrecht', 'dordracht'],
      ['dordrecht', 'dodrrecht'],
    ])
      expect(withinOneEdit(a, b)).toBe(true);
    for (const [a, b] of [
      ['dordrecht', 'dordrc'],
      ['dordrecht', 'dardracht'],
      ['abc', 'cba'],
    ])
      expect(withinOneEdit(a, b)).toBe(false);
  });
});
