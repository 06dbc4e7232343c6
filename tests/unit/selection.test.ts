// The selected place across levels: a gemeente as the focus of its wijken, a wijk of its buurten,
// and codes that nest by their digits.
import { describe, expect, it } from 'vitest';

describe('a place that stays across levels', async () => {
  const { isParentCode, liesIn, selectionAtLevel } = await import('../../src/atlas/selection');
  it('goes up to the gemeente or wijk and down as a parent', () => {
    expect(selectionAtLevel('WK050507', 'gemeente')).toBe('GM0505');
    expect(selectionAtLevel('BU05050702', 'wijk')).toBe('WK050507');
    expect(selectionAtLevel('BU05050702', 'gemeente')).toBe('GM0505');
    expect(selectionAtLevel('GM0505', 'wijk')).toBe('GM0505');
    expect(selectionAtLevel('WK050507', 'buurt')).toBe('WK050507');
    expect(selectionAtLevel('GM0505', 'arbeidsmarktregio')).toBeNull();
    expect(selectionAtLevel('AM23', 'gemeente')).toBeNull();
  });
  it('knows parents and members by their code digits', () => {
    expect(isParentCode('GM0505', 'wijk')).toBe(true);
    expect(isParentCode('WK050507', 'buurt')).toBe(true);
    expect(isParentCode('WK050507', 'gemeente')).toBe(false);
    expect(isParentCode('GM0505', 'gemeente')).toBe(false);
    expect(liesIn('WK050507', 'GM0505')).toBe(true);
    expect(liesIn('WK050607', 'GM0505')).toBe(false);
    expect(liesIn('BU05050702', 'WK050507')).toBe(true);
    expect(liesIn('BU05050802', 'WK050507')).toBe(false);
  });
});
