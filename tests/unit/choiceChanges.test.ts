// What a change of level, year or view does to the other choices, as the core says it.
import { describe, expect, it } from 'vitest';
import {
  canChooseIndicator,
  changeLevel,
  changeMode,
  changeYear,
  firstCorrectableYear,
  type ChoiceRules,
  type ViewChoices,
} from '../../src/atlas/choiceChanges';
import { INDICATOR_DEFAULTS } from '../../data/catalogue/catalogue';
import { CORRECTABLE_TEXT, isCorrectableIn } from '../../data/catalogue/riskFactors';
import { readCatalogue } from '../../src/cli/generated';

const rules: ChoiceRules = {
  catalogue: readCatalogue(),
  defaults: INDICATOR_DEFAULTS,
  isCorrectableIn,
  correctableText: CORRECTABLE_TEXT,
};
const at = (c: Partial<ViewChoices>): ViewChoices => ({
  level: 'gemeente',
  year: 2015,
  indicator: 'bijstand_1564',
  mode: 'kaart',
  factors: null,
  selection: null,
  ...c,
});

describe('changing level', () => {
  it('keeps the place: a gemeente becomes the focus of its wijken, a wijk gives way to its gemeente', () => {
    const down = changeLevel(at({ selection: 'GM0505' }), 'wijk', rules);
    expect(down.next).toMatchObject({ level: 'wijk', selection: 'GM0505', indicator: 'bijstand_1564' });
    expect(down.refocus).toBe(true);
    expect(changeLevel(at({ level: 'wijk', selection: 'WK050507' }), 'gemeente', rules).next.selection).toBe('GM0505');
    expect(changeLevel(at({ selection: 'GM0505' }), 'corop', rules)).toMatchObject({
      refocus: false,
      next: { selection: null },
    });
  });
  it('goes to a year the level has, and says exactly what changed: year and indicator', () => {
    const change = changeLevel(at({ year: 2022, indicator: 'wmo_per_1000' }), 'wijk', rules);
    expect(change.next).toMatchObject({ level: 'wijk', year: 2015, indicator: 'bijstand_1564' });
    const text = change.notices.join(' ');
    expect(text).toMatch(/Wijken zijn er alleen voor 2015: jaar 2022 → 2015/);
    expect(text).toMatch(
      /"Wmo-cliënten met een maatwerkvoorziening" is er niet voor wijken 2015: "Bijstandsuitkeringen \(WWB\)" wordt getoond/,
    );
  });
  it('returns to the level and indicator the user chose once they exist again', () => {
    // 2015 wijk bijstand → 2022 (gemeenten, jeugdzorg) → 2023 (inwoners) → 2015: wijk and bijstand again.
    let c = at({ level: 'wijk', indicator: 'bijstand_1564' });
    for (const year of [2022, 2023, 2015]) {
      const change = changeYear(c, year, rules)!;
      c = change.next;
      if (year === 2015) expect(change.notices).toEqual([]);
    }
    expect(c).toMatchObject({ level: 'wijk', year: 2015, indicator: 'bijstand_1564' });
    // The level chosen last is what comes back.
    const chosen = changeLevel(changeYear(at({ level: 'wijk' }), 2022, rules)!.next, 'wmoregio', rules).next;
    expect(changeYear(chosen, 2015, rules)!.next.level).toBe('wmoregio');
  });
});

describe('changing year', () => {
  it('does nothing for the same or an unknown year', () => {
    expect(changeYear(at({}), 2015, rules)).toBeNull();
    expect(changeYear(at({}), 2016, rules)).toBeNull();
  });
  it('names every change it makes: level, indicator, and a comparison without anything to correct', () => {
    const change = changeYear(at({ level: 'jeugdregio', mode: 'vergelijken' }), 2023, rules)!;
    expect(change.next).toMatchObject({ level: 'gemeente', year: 2023, mode: 'kaart' });
    expect(change.notices.join(' ')).toMatch(/Jeugdregio's zijn er niet voor 2023: de kaart toont gemeenten/);
    expect(change.notices.join(' ')).toMatch(/geen gebruikscijfer om te corrigeren/);
    expect(change.notices.join(' ')).toMatch(/"Bijstandsuitkeringen \(WWB\)" is er niet voor gemeenten 2023/);
  });
  it('keeps factors only with the indicator they were chosen for', () => {
    const change = changeYear(at({ factors: ['OAD'] }), 2022, rules)!;
    expect(change.next).toMatchObject({ indicator: 'jeugdzorg_pct', factors: null });
    expect(changeYear(at({ indicator: 'inwoners', factors: ['OAD'] }), 2022, rules)!.next.factors).toEqual(['OAD']);
  });
});

describe('changing view', () => {
  it('opens the comparison on something correctable, in a year that has it', () => {
    expect(firstCorrectableYear(rules)).toBe(2015);
    const change = changeMode(at({ year: 2023, indicator: 'inwoners' }), 'vergelijken', rules);
    expect(change.next).toMatchObject({ mode: 'vergelijken', year: 2015, indicator: 'bijstand_1564' });
    expect(change.notices[0]).toContain(CORRECTABLE_TEXT);
    expect(changeMode(at({ mode: 'vergelijken' }), 'kaart', rules)).toEqual({
      next: at({}),
      notices: [],
      refocus: false,
    });
  });
  it('offers only correctable indicators while comparing', () => {
    expect(canChooseIndicator(at({}), 'inwoners', rules)).toBe(true);
    expect(canChooseIndicator(at({ mode: 'vergelijken' }), 'inwoners', rules)).toBe(false);
    expect(canChooseIndicator(at({ mode: 'vergelijken' }), 'ww_1564', rules)).toBe(true);
    expect(canChooseIndicator(at({}), 'wmo_per_1000', rules)).toBe(false);
  });
});
