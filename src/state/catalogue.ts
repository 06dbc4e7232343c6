// Every indicator the user can choose: the built-in catalogue (with the reference figures once
// their file is read) and the tables the user imported. One array per pair of inputs, so every
// cache keyed on the catalogue stays valid.
import { BASE_CATALOGUE, INDICATOR_DEFAULTS, builtInCatalogue } from '../../data/catalogue/catalogue';
import { isFactId, type Facts } from '../../data/catalogue/facts';
import { CORRECTABLE_TEXT, isCorrectableIn } from '../../data/catalogue/riskFactors';
import type { ChoiceRules } from '../atlas/choiceChanges';
import type { IndicatorDef } from '../atlas/indicators';
import { isOwnId, ownDef, type OwnIndicator } from '../atlas/ownIndicators';

const NO_OWN: OwnIndicator[] = [];
const lists = new WeakMap<IndicatorDef[], WeakMap<OwnIndicator[], IndicatorDef[]>>();

/** The built-in indicators followed by the imported ones. */
export function catalogueOf(facts: Facts | null, own: OwnIndicator[] = NO_OWN): IndicatorDef[] {
  const builtIn = builtInCatalogue(facts);
  if (own.length === 0) return builtIn;
  let byOwn = lists.get(builtIn);
  if (!byOwn) lists.set(builtIn, (byOwn = new WeakMap()));
  let list = byOwn.get(own);
  if (!list) byOwn.set(own, (list = [...builtIn, ...own.map(ownDef)]));
  return list;
}

export interface CatalogueState {
  facts: Facts | null;
  /** True once the facts file was read, or could not be. */
  factsLoaded: boolean;
  own: OwnIndicator[];
  /** False until the stored own indicators were read (a shared link may name one). */
  ownLoaded: boolean;
  indicator: string;
}

export const selectCatalogue = (s: Pick<CatalogueState, 'facts' | 'own'>): IndicatorDef[] =>
  catalogueOf(s.facts, s.own);

/** A link names an indicator whose source is still being read: an own table or a reference figure. */
export function isPendingIndicator(s: CatalogueState): boolean {
  return (isOwnId(s.indicator) && !s.ownLoaded) || (isFactId(s.indicator) && !s.factsLoaded);
}

/** The rules of changing level, year and view over the current catalogue. */
export function choiceRulesOf(s: Pick<CatalogueState, 'facts' | 'own'>): ChoiceRules {
  return {
    catalogue: selectCatalogue(s),
    defaults: INDICATOR_DEFAULTS,
    isCorrectableIn,
    correctableText: CORRECTABLE_TEXT,
  };
}

export { BASE_CATALOGUE };
