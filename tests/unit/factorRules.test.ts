// The risk model's factors: no counts or classes, and never the outcome itself or a factor that
// counts the same users.
import { findIndicator } from '../../src/cli/generated';
import { describe, expect, it } from 'vitest';
import { factorOptions, factorProblem } from '../../data/catalogue/riskFactors';

const def = (id: string) => findIndicator(id)!;

describe('the factor guard', () => {
  it('offers no absolute counts and no class, by Dutch label', () => {
    for (const year of [2015, 2022]) {
      const ids = factorOptions(def(year === 2015 ? 'bijstand_1564' : 'wmo_per_1000'), year).map((o) => o.factor.id);
      for (const count of [
        'AANT_INW',
        'AANTAL_HH',
        'AUTO_TOT',
        'OPP_LAND',
        'OPP_TOT',
        'WWB_UITTOT',
        'STED',
        'personenautos',
        'bedrijfsvestigingen',
      ])
        expect(ids, `${year} ${count}`).not.toContain(count);
      for (const o of factorOptions(def('bijstand_1564'), year)) expect(o.factor.label).not.toMatch(/^[A-Z_0-9]+$/);
    }
  });

  it('excludes the outcome itself and factors that count the same users, with a reason', () => {
    const bijstand = factorOptions(def('bijstand_1564'), 2015);
    expect(bijstand.find((o) => o.factor.id === 'WWB_PCT')?.excluded).toMatch(/uitkomst zelf/);
    expect(bijstand.find((o) => o.factor.id === 'WW_PCT')?.excluded).toBeUndefined();
    const composite = factorOptions(def('uitkeringen_gewogen'), 2015);
    for (const id of ['WWB_PCT', 'WW_PCT', 'AO_PCT'])
      expect(composite.find((o) => o.factor.id === id)?.excluded, id).toMatch(/dezelfde gebruikers/);
    expect(factorOptions(def('wmo_per_1000'), 2022).find((o) => o.factor.id === 'wmo_per_1000')?.excluded).toMatch(
      /uitkomst zelf/,
    );
    expect(factorOptions(def('jeugdzorg_pct'), 2022).find((o) => o.factor.id === 'pct_jeugdzorg')?.excluded).toMatch(
      /uitkomst zelf/,
    );
    expect(
      factorOptions(def('jeugdzorg_pct'), 2022).find((o) => o.factor.id === 'wmo_per_1000')?.excluded,
    ).toBeUndefined();
    expect(factorProblem('WWB_PCT', def('bijstand_1564'), 2015)).toMatch(/uitkomst zelf/);
    expect(factorProblem('P_N_W_AL', def('wmo_per_1000'), 2022)).toMatch(/niet voor 2022/);
    expect(factorProblem('constructor', def('wmo_per_1000'), 2022)).toMatch(/onbekend/);
  });
});
