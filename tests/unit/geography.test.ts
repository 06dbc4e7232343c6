// Levels, years and CBS codes: the one place that knows which area layers exist.
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_YEAR,
  LEVELS,
  LEVEL_YEARS,
  YEARS,
  assetName,
  isLevel,
  isRegionSystem,
  levelOfCode,
  levelTitle,
  regionMembers,
  type Membership,
} from '../../src/atlas/geography';

describe('levels and codes', () => {
  it('knows the level of every CBS and region code, and nothing else', () => {
    expect(levelOfCode('GM0505')).toBe('gemeente');
    expect(levelOfCode('WK050507')).toBe('wijk');
    expect(levelOfCode('BU05050702')).toBe('buurt');
    expect(levelOfCode('AM23')).toBe('arbeidsmarktregio');
    expect(levelOfCode('JZ31')).toBe('jeugdregio');
    expect(levelOfCode('WMO04')).toBe('wmoregio');
    expect(levelOfCode('CR30')).toBe('corop');
    for (const wrong of ['GM505', 'gm0505', 'WK0505071', 'NL01', 'PV28', ''])
      expect(levelOfCode(wrong), wrong).toBeNull();
  });

  it('tells regions from areas and names levels for people', () => {
    expect(LEVELS.filter(isRegionSystem)).toEqual(['arbeidsmarktregio', 'jeugdregio', 'wmoregio', 'corop']);
    expect(levelTitle('wmoregio')).toBe("Wmo-regio's");
    expect(levelTitle('gemeente')).toBe('Gemeenten');
    expect(isLevel('buurt')).toBe(true);
    expect(isLevel('provincie')).toBe(false);
  });

  it('lists every year once, in order, and opens on the one year every level has', () => {
    expect(YEARS).toEqual([...new Set(Object.values(LEVEL_YEARS).flat())].sort((a, b) => a - b));
    for (const level of LEVELS) expect(LEVEL_YEARS[level], level).toContain(DEFAULT_YEAR);
    expect(assetName('wijk', 2015)).toBe('wijk_2015');
  });
});

describe('region members', () => {
  it('groups the gemeenten of each region in the order of the region codes', () => {
    const membership = {
      year: 2015,
      source: 't',
      gemeenten: ['GM0001', 'GM0002', 'GM0003'],
      systems: {
        corop: { codes: ['CR01', 'CR02'], names: ['A', 'B'], regionOf: ['CR02', 'CR01', 'CR02'] },
      },
    } as unknown as Membership;
    expect(regionMembers(membership, 'corop')).toEqual([['GM0002'], ['GM0001', 'GM0003']]);
  });
});
