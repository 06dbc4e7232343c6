// An own count of a law's users per wijk (Wmo-cliënten, jongeren met jeugdhulp) against the law's
// gemeente model: the atlas's Wmo or jeugdzorg figures of the gemeenten (2022) fitted on the factors
// the wijken also have in their year, and applied to each wijk's own factors (lawModel.ts). An
// extrapolation in scale and in time, labelled as such wherever it is shown.
import { BASE_CATALOGUE } from '../../data/catalogue/catalogue';
import { DEFAULT_FACTORS, LAW_MODEL_YEAR, LAW_OUTCOMES, riskFactor } from '../../data/catalogue/riskFactors';
import { tableAreas, type Areas } from '../atlas/areas';
import type { Choropleth } from '../atlas/choropleth';
import { assetName } from '../atlas/geography';
import type { IndicatorDef } from '../atlas/indicators';
import { fitLawModel, modelWithin, type Law } from '../atlas/lawModel';
import type { RiskModel } from '../atlas/riskCorrection';
import type { Within } from '../atlas/withinGemeente';
import { memo, selectChoropleth } from './selectors';
import type { AtlasState } from './store';

export { LAW_MODEL_YEAR };

export interface LawModel {
  model: RiskModel;
  /** The year of the wijken whose factors the model is applied to. */
  factorsYear: number;
  /** The model's factors the wijken do not have in their year: left out of this model. */
  leftOutFactors: IndicatorDef[];
  within: Within;
}

/** The law's model on the gemeenten with the factors of its default set that the wijken have. */
const fitted = memo((gemeenten: Areas, law: Law, year: number) => {
  const outcome = BASE_CATALOGUE.find((d) => d.id === LAW_OUTCOMES[law])!;
  return fitLawModel(gemeenten, outcome, DEFAULT_FACTORS[outcome.id] ?? [], riskFactor, year);
});

type Entry = { model: RiskModel; result: LawModel | null };
const byParent = new WeakMap<Choropleth, Map<string, Entry>>();

/** The own count on the map against its law's model, for the wijken (or buurten) of a parent. */
export function selectLawModel(s: AtlasState, parent: string): LawModel | null {
  const c = selectChoropleth(s);
  const law = c?.def.law as Law | undefined;
  if (!c || !c.def.own || !law || !Object.hasOwn(LAW_OUTCOMES, law) || c.areas.level === 'gemeente') return null;
  const table = s.tables[assetName('gemeente', LAW_MODEL_YEAR)];
  if (!table) return null;
  const fit = fitted(tableAreas(table), law, s.year);
  if (!fit) return null;
  let cached = byParent.get(c);
  if (!cached) byParent.set(c, (cached = new Map<string, Entry>()));
  let entry = cached.get(parent);
  if (!entry || entry.model !== fit.model) {
    const within = modelWithin(fit.model, c, parent);
    entry = { model: fit.model, result: within ? { ...fit, factorsYear: s.year, within } : null };
    cached.set(parent, entry);
  }
  return entry.result;
}
