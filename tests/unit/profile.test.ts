// Profiles against the tables, ranks, similarity on a hand-checkable case, and the facts import.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { readCatalogue, findIndicator } from '../../src/cli/generated';
import { addFactColumns, factsFromCsv } from '../../data/pipeline/facts';
import { factIndicators } from '../../data/catalogue/facts';
import { kitRoot } from '../../data/pipeline/kit';
import { indicatorAt, isAvailable, type AreaTable, type IndicatorDef } from '../../src/atlas/indicators';
import type { Level } from '../../src/atlas/geography';
import { buildProfile, rankAmong, type ProfileContext } from '../../src/atlas/profile';
import { readAreas, readMembership, readTable } from '../../src/cli/generated';

const CATALOGUE = readCatalogue();

const context: ProfileContext = {
  membership: readMembership(2015),
  areas: (() => {
    const cache = new Map<Level, ReturnType<typeof readAreas>>();
    return (level: Level) => {
      if (!cache.has(level)) cache.set(level, readAreas(level, 2015));
      return cache.get(level);
    };
  })(),
};
const defsAt = (level: Level) => CATALOGUE.filter((d) => isAvailable(d, level, 2015));

describe('profile values equal the tables', () => {
  it.each([
    ['gemeente', 'GM0505'],
    ['wijk', 'WK050507'],
    ['buurt', 'BU05050701'],
  ] as const)('%s %s', (level, code) => {
    const table = readTable(level, 2015);
    const row = table.codes.indexOf(code);
    const profile = buildProfile(level, code, defsAt(level), context)!;
    expect(profile).toHaveLength(defsAt(level).length);
    for (const r of profile) expect(r.value, r.def.id).toEqual(indicatorAt(table, r.def, row));
    // Parents, nearest first, up to Nederland.
    const levels = profile.find((r) => r.def.id === 'inwoners')!.parents.map((p) => p.level);
    const expected = { gemeente: [], wijk: ['gemeente'], buurt: ['wijk', 'gemeente'] }[level];
    expect(levels).toEqual([...expected, 'arbeidsmarktregio', 'jeugdregio', 'wmoregio', 'corop', 'nederland']);
  });

  it('Dordrecht sits in Drechtsteden and Nederland is the sum of all gemeenten', () => {
    const inwoners = buildProfile('gemeente', 'GM0505', defsAt('gemeente'), context)!.find(
      (r) => r.def.id === 'inwoners',
    )!;
    expect(inwoners.parents.find((p) => p.level === 'arbeidsmarktregio')).toMatchObject({
      code: 'AM23',
      naam: 'Drechtsteden',
    });
    expect(inwoners.parents.find((p) => p.level === 'nederland')!.value.value).toBe(16_900_726);
  });

  it('ranks Wielwijk among the wijken of Dordrecht, highest first', () => {
    const wijken = readTable('wijk', 2015);
    const def = findIndicator('bijstand_1564')!;
    const row = buildProfile('wijk', 'WK050507', [def], context)![0];
    const dordrecht = wijken.codes
      .flatMap((_, i) => (wijken.parents.gm?.[i] === 'GM0505' ? [indicatorAt(wijken, def, i).value] : []))
      .filter((v): v is number => v !== null);
    const own = indicatorAt(wijken, def, wijken.codes.indexOf('WK050507')).value!;
    expect(row.rank).toEqual({
      position: dordrecht.filter((v) => v > own).length + 1,
      of: dordrecht.length,
      tied: dordrecht.filter((v) => v === own).length,
      among: 'wijken in Dordrecht',
    });
    expect(row.siblings).toHaveLength(dordrecht.length);
  });

  it('gives a class (stedelijkheid) no rank, but how many share it', () => {
    const def = findIndicator('stedelijkheid')!;
    const row = buildProfile('gemeente', 'GM0505', [def], context)![0];
    const sted = readTable('gemeente', 2015).columns.STED;
    const own = sted[readTable('gemeente', 2015).codes.indexOf('GM0505')];
    expect(row.rank).toBeNull();
    expect(row.sameClass).toEqual({
      count: sted.filter((v) => v === own).length,
      of: sted.filter((v) => v !== null).length,
      among: 'gemeenten in Nederland',
    });
    expect(buildProfile('gemeente', 'GM0505', [findIndicator('inwoners')!], context)![0].sameClass).toBeNull();
  });

  it('equal values share a rank', () => {
    const v = (value: number) => ({ value, status: 'ok' as const, numerator: value, denominator: 1 });
    const values = [v(5), v(9), v(9), v(1)];
    expect(rankAmong(values, [0, 1, 2, 3], 2)).toEqual({ position: 1, of: 4, tied: 2 });
    expect(rankAmong(values, [0, 1, 2, 3], 0)).toEqual({ position: 3, of: 4, tied: 1 });
    expect(rankAmong(values, [0, 1, 2, 3], 3)).toEqual({ position: 4, of: 4, tied: 1 });
  });

  it('says a shared rank as shared, a source in a few words, and a value without its unit', async () => {
    const { numberText, rankWords, shortSource } = await import('../../src/ui/format');
    expect(rankWords({ position: 1, of: 13, tied: 4 })).toBe('gedeeld 1e van 13');
    expect(rankWords({ position: 3, of: 13, tied: 1 })).toBe('3e van 13');
    expect(shortSource(findIndicator('voorzieningen_basisschool')!)).toBe('DUO, adressen van scholen 2016');
    expect(shortSource(findIndicator('bijstand_1564')!)).toMatch(/^CBS, Kerncijfers wijken en buurten 2015$/);
    const pct = CATALOGUE.find((d) => d.unit === '%')!;
    const text = numberText({ value: 18, status: 'ok', numerator: 18, denominator: 100 }, pct);
    expect(text).not.toMatch(/%/);
    expect(text).toBe(
      (18).toLocaleString('nl-NL', { minimumFractionDigits: pct.decimals, maximumFractionDigits: pct.decimals }),
    );
  });
});

describe('Drechtsteden reference figures', () => {
  const csv = readFileSync(resolve(kitRoot(), 'facts/drechtsteden_2016.csv'), 'utf8');

  it('keeps decimals, turns "." into geheim and leaves other gemeenten without data', () => {
    const table = readTable('gemeente', 2015);
    const facts = findIndicator('feit_jeugdhulp_pct')!;
    const reclassering = findIndicator('feit_jeugdreclassering_pct')!;
    const at = (def: IndicatorDef, code: string) => indicatorAt(table, def, table.codes.indexOf(code));
    const raw = Papa.parse<Record<string, string>>(csv, { header: true }).data;
    const dordrechtRaw = raw.find((r) => r.code === 'GM0505' && r.indicator === 'jeugdhulp_pct')!.waarde;
    expect(at(facts, 'GM0505')).toMatchObject({ value: Number(dordrechtRaw), status: 'ok' });
    expect(at(reclassering, 'GM0482')).toMatchObject({ value: null, status: 'secret' });
    expect(at(facts, 'GM0003')).toMatchObject({ value: null, status: 'nodata' });
    expect(facts.nationalValue).toBe(
      Number(raw.find((r) => r.code === 'NL01' && r.indicator === 'jeugdhulp_pct')!.waarde),
    );
    expect(facts.period).toBe('2016-H1');
    expect(facts.note).toMatch(/Alblasserdam/);
  });

  it('rejects a value that is no number and an unknown indicator, naming the row and column', () => {
    const broken = csv
      .replace(/^(GM0505,Dordrecht,jeugdhulp_pct,[^,]*,[^,]*,)9\.7/m, '$1negen')
      .replace('jeugdbescherming_pct', 'onbekend_pct');
    const { issues } = factsFromCsv(broken, 'facts/drechtsteden_2016.csv');
    expect(issues.map((i) => i.message).join('\n')).toMatch(/kolom waarde: "negen"/);
    expect(issues.map((i) => i.message).join('\n')).toMatch(/onbekende indicator "onbekend_pct"/);
  });

  it('adds one column per indicator and names an unknown gemeente', () => {
    const { facts } = factsFromCsv(csv.replace(/^GM0642,/m, 'GM9999,'), 'f.csv');
    const table: AreaTable = {
      level: 'gemeente',
      year: 2015,
      source: 't',
      codes: ['GM0505'],
      names: ['Dordrecht'],
      parents: {},
      columns: {},
    };
    const issues = addFactColumns(table, facts, 'f.csv');
    expect(issues.some((i) => i.code === 'GM9999')).toBe(true);
    expect(Object.keys(table.columns)).toHaveLength(factIndicators(facts).length);
  });
});
