// Links that try inherited object keys, and arbitrary query strings: the parser never throws,
// the state it returns is always one the atlas can draw, and a wrong value is named in a notice.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEFAULT_INDICATOR } from '../../data/catalogue/catalogue';
import { readCatalogue } from '../../src/cli/generated';
import { riskFactor } from '../../data/catalogue/riskFactors';
import { isValidClassification } from '../../src/atlas/classify';
import { LEVEL_YEARS, isLevel, levelOfCode } from '../../src/atlas/geography';
import { isAvailable } from '../../src/atlas/indicators';
import { isOwnId } from '../../src/atlas/ownIndicators';
import { PALETTES } from '../../src/atlas/palettes';
import { CATEGORIES } from '../../src/atlas/socialeKaart';
import { parseQuery } from '../../src/state/url';
import { MAX_PINS, type Choices } from '../../src/state/choices';

const CATALOGUE = readCatalogue();

const parse = (q: string) => parseQuery(q, CATALOGUE, DEFAULT_INDICATOR);

/** Every invariant the rest of the atlas relies on. */
function expectDrawable(c: Choices): void {
  expect(isLevel(c.level)).toBe(true);
  expect(LEVEL_YEARS[c.level]).toContain(c.year);
  const def = CATALOGUE.find((d) => d.id === c.indicator);
  if (def) expect(isAvailable(def, c.level, c.year)).toBe(true);
  else expect(isOwnId(c.indicator)).toBe(true);
  expect(isValidClassification(c.classification)).toBe(true);
  expect(Object.hasOwn(PALETTES, c.palette)).toBe(true);
  if (c.selection !== null) expect(levelOfCode(c.selection)).toBe(c.level);
  for (const f of c.factors ?? []) expect(riskFactor(f)).toBeDefined();
  expect(c.pins.length).toBeLessThanOrEqual(MAX_PINS);
  for (const p of c.pins) expect(levelOfCode(p)).not.toBeNull();
  for (const k of c.poiCategories) expect(Object.hasOwn(CATEGORIES, k)).toBe(true);
  if (c.view) expect(Number.isFinite(c.view.zoom)).toBe(true);
}

const PARAMS = [
  'niveau',
  'jaar',
  'indicator',
  'klassen',
  'palet',
  'selectie',
  'weergave',
  'factoren',
  'vergelijk',
  'voorzieningen',
  'dichtbij',
  'achtergrond',
  'dekking',
  'kaart',
];

describe('inherited object keys in a link', () => {
  for (const key of ['constructor', '__proto__', 'toString', 'hasOwnProperty']) {
    it.each(PARAMS)(`%s=${key} falls back with a notice naming the parameter`, (param) => {
      const { choices, notices } = parse(`?${param}=${key}`);
      expectDrawable(choices);
      expect(
        notices.some((n) => n.includes(`Link, ${param}:`)),
        notices.join(' | '),
      ).toBe(true);
    });
  }

  it('the comparison with an inherited factor name falls back to the default factors', () => {
    const { choices, notices } = parse('?weergave=vergelijken&factoren=constructor');
    expect(choices.factors).toBeNull();
    expect(notices.join(' ')).toMatch(/factoren/);
  });
});

describe('arbitrary query strings', () => {
  const value = fc.oneof(
    fc.string(),
    fc.constantFrom(
      'constructor',
      '__proto__',
      'toString',
      'valueOf',
      '',
      ',',
      'GM0505',
      'WK050507',
      'BU05050101',
      'AM23',
      'WMO04',
      '2015',
      '2022',
      '2023',
      'wmo_per_1000',
      'jeugdzorg_pct',
      'bijstand_1564',
      'vergelijken',
      'kwantiel-5',
      'handmatig-1_2',
      'eigen:x',
      'alle',
      'ggz,ziekenhuis',
      '4.6,51.8,11',
      'WWB_PCT,OAD',
    ),
  );
  const query = fc
    .array(fc.tuple(fc.constantFrom(...PARAMS, 'vzoek', 'wet', 'toegang', 'x'), value), { maxLength: 8 })
    .map((pairs) => `?${pairs.map(([k, v]) => `${k}=${encodeURIComponent(v)}`).join('&')}`);

  it('never throws and always gives a drawable state', () => {
    fc.assert(
      fc.property(fc.oneof(query, fc.string()), (q) => {
        const { choices } = parse(q);
        expectDrawable(choices);
      }),
      { numRuns: 1500 },
    );
  });
});
