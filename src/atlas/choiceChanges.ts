// What a change of level, year or view does to the other choices: the indicator stays where it
// exists, the place stays (a gemeente becomes the focus of its wijken, a wijk gives way to its
// gemeente), every change the user did not ask for is said in a notice (from what, to what), and
// what the user chose (level, indicator) comes back as soon as it exists again. Pure: the store
// applies the result.
import { LEVEL_YEARS, YEARS, levelTitle, type Level } from './geography';
import { isAvailable, type IndicatorDef } from './indicators';
import { indicatorFor, labelOf, type IndicatorDefaults } from './indicatorChoice';
import { selectionAtLevel } from './selection';

/** 'kaart': one choropleth; 'vergelijken': observed and risk-corrected side by side. */
export type Mode = 'kaart' | 'vergelijken';

/** The choices that change together. */
export interface ViewChoices {
  level: Level;
  year: number;
  indicator: string;
  mode: Mode;
  /** Risk factors of the model; null = the indicator's default set. */
  factors: string[] | null;
  selection: string | null;
  /** What the user last chose (level, indicator): a later change returns to it where it exists. */
  wanted?: Wanted;
}

export interface Wanted {
  level: Level;
  indicator: string;
}

export interface ChoiceRules {
  /** Every indicator there is now (built in and imported). */
  catalogue: IndicatorDef[];
  defaults: IndicatorDefaults;
  isCorrectableIn(this: void, def: IndicatorDef | undefined, year: number): boolean;
  /** What can be corrected, in one sentence. */
  correctableText: string;
}

export interface ChoiceChange {
  next: ViewChoices;
  notices: string[];
  /** The place was kept on another level: the map frames it again. */
  refocus: boolean;
}

const correctableIn = (rules: ChoiceRules, year: number) => (d: IndicatorDef) => rules.isCorrectableIn(d, year);

/** Factors chosen for one indicator do not carry over to another. */
const factorsFor = (c: ViewChoices, indicator: string) => (indicator === c.indicator ? c.factors : null);

/** The indicator after a change: the one the user chose where it exists, else the current one
 *  where it exists, else the year's default (indicatorFor). */
function indicatorAt(
  c: ViewChoices,
  level: Level,
  year: number,
  rules: ChoiceRules,
  test?: (d: IndicatorDef) => boolean,
): string {
  const wanted = c.wanted?.indicator;
  const def = wanted === undefined ? undefined : rules.catalogue.find((d) => d.id === wanted);
  if (def && isAvailable(def, level, year) && (!test || test(def))) return def.id;
  return indicatorFor(c.indicator, level, year, rules.catalogue, rules.defaults, test);
}

/** "„Wmo-cliënten" is er niet voor wijken 2015: „Bijstandsuitkeringen (WWB)" wordt getoond." */
function indicatorNotice(c: ViewChoices, indicator: string, level: Level, year: number, rules: ChoiceRules): string[] {
  if (indicator === c.indicator || indicator === c.wanted?.indicator) return [];
  return [
    `"${labelOf(rules.catalogue, c.indicator)}" is er niet voor ${levelTitle(level).toLowerCase()} ${year}: "${labelOf(rules.catalogue, indicator)}" wordt getoond.`,
  ];
}

export function changeLevel(c: ViewChoices, level: Level, rules: ChoiceRules): ChoiceChange {
  const year = LEVEL_YEARS[level].includes(c.year) ? c.year : LEVEL_YEARS[level][0];
  const indicator = indicatorAt(c, level, year, rules);
  const notices = [
    ...(year === c.year
      ? []
      : [`${levelTitle(level)} zijn er alleen voor ${LEVEL_YEARS[level].join(', ')}: jaar ${c.year} → ${year}.`]),
    ...indicatorNotice(c, indicator, level, year, rules),
  ];
  // The place stays: a gemeente becomes the focus of its wijken, a wijk selects its gemeente.
  const selection = c.selection ? selectionAtLevel(c.selection, level) : null;
  return {
    next: {
      ...c,
      level,
      year,
      indicator,
      selection,
      factors: factorsFor(c, indicator),
      wanted: { level, indicator: c.wanted?.indicator ?? c.indicator },
    },
    notices,
    refocus: selection !== null,
  };
}

/** Null when the year does not exist or is the current one. */
export function changeYear(c: ViewChoices, year: number, rules: ChoiceRules): ChoiceChange | null {
  if (!YEARS.includes(year) || year === c.year) return null;
  const notices: string[] = [];
  // The level the user chose comes back where the year has it.
  const wantedLevel = c.wanted?.level ?? c.level;
  const level: Level = LEVEL_YEARS[wantedLevel].includes(year)
    ? wantedLevel
    : LEVEL_YEARS[c.level].includes(year)
      ? c.level
      : 'gemeente';
  if (level !== c.level && level !== wantedLevel)
    notices.push(
      `${levelTitle(c.level)} zijn er niet voor ${year}: de kaart toont ${levelTitle(level).toLowerCase()}.`,
    );
  let mode = c.mode;
  if (
    mode === 'vergelijken' &&
    !rules.catalogue.some((d) => isAvailable(d, level, year) && correctableIn(rules, year)(d))
  ) {
    mode = 'kaart';
    notices.push(`Voor ${year} is er geen gebruikscijfer om te corrigeren; de gewone kaart wordt getoond.`);
  }
  const test = mode === 'vergelijken' ? correctableIn(rules, year) : undefined;
  const indicator = indicatorAt(c, level, year, rules, test);
  notices.push(...indicatorNotice(c, indicator, level, year, rules));
  // The selection stays when its code exists in the new year (checked once the year is loaded);
  // a wijk or buurt gives way to its gemeente (the code holds the gemeente number).
  let selection = level === c.level ? c.selection : null;
  if (c.selection && level !== c.level && (c.level === 'wijk' || c.level === 'buurt')) {
    selection = selectionAtLevel(c.selection, 'gemeente');
  }
  const wanted = c.wanted ?? { level: c.level, indicator: c.indicator };
  const next = { ...c, year, level, indicator, mode, factors: factorsFor(c, indicator), selection, wanted };
  return { next, notices, refocus: false };
}

/** The first year with something to correct: where the comparison goes from a year without. */
export function firstCorrectableYear(rules: ChoiceRules): number | undefined {
  return YEARS.find((y) => rules.catalogue.some(correctableIn(rules, y)));
}

export function changeMode(c: ViewChoices, mode: Mode, rules: ChoiceRules): ChoiceChange {
  if (mode !== 'vergelijken') return { next: { ...c, mode }, notices: [], refocus: false };
  // The year stays when it has something to correct; else the first year that has.
  const year = rules.catalogue.some(correctableIn(rules, c.year)) ? c.year : (firstCorrectableYear(rules) ?? c.year);
  const level = LEVEL_YEARS[c.level].includes(year) ? c.level : 'gemeente';
  const indicator = indicatorFor(c.indicator, level, year, rules.catalogue, rules.defaults, correctableIn(rules, year));
  const notices =
    indicator === c.indicator
      ? []
      : [`${rules.correctableText} "${labelOf(rules.catalogue, indicator)}" ${year} wordt getoond.`];
  return { next: { ...c, mode, indicator, year, level, factors: factorsFor(c, indicator) }, notices, refocus: false };
}

/** Whether the indicator can be chosen now: it exists there, and can be corrected when comparing. */
export function canChooseIndicator(c: ViewChoices, id: string, rules: ChoiceRules): boolean {
  const def = rules.catalogue.find((d) => d.id === id);
  return (
    def !== undefined &&
    isAvailable(def, c.level, c.year) &&
    (c.mode !== 'vergelijken' || rules.isCorrectableIn(def, c.year))
  );
}
