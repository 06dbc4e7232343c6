// What a gemeente's wijken are held against in the ranked list, on the map and in the funnel: the
// gemeente's own rate, or a risk model (the built-in model of the indicator, or for an own count of
// Wmo or Jeugdwet users the law's gemeente model), both extrapolations said as such.
import { useEffect, useMemo, useState } from 'react';
import type { Deviation } from '../../atlas/funnel';
import type { Within } from '../../atlas/withinGemeente';
import { LAW_MODEL_YEAR, selectLawModel, type LawModel } from '../../state/lawModelSelectors';
import { selectDeviations } from '../../state/profileSelectors';
import { selectChoropleth } from '../../state/selectors';
import { useAtlas } from '../../state/useAtlas';
import { selectWithin } from '../../state/withinSelectors';
import type { Basis } from './WithinTools';

export interface DeviationBasis {
  /** The wijken against the gemeente's own rate. */
  within: Within | null;
  /** The own count against its law's model, when it has one. */
  lawModel: LawModel | null;
  /** Whether a model basis can be offered beside the gemeente's rate. */
  modelled: boolean;
  basis: Basis | null;
  setBasis: (basis: Basis) => void;
  deviations: Map<string, Deviation> | null;
}

const deviationsOf = (w: Within) =>
  new Map(w.rows.flatMap((r) => (r.deviation ? [[r.code, r.deviation] as const] : [])));

export function useDeviationBasis(code: string): DeviationBasis {
  const within = useAtlas((s) => selectWithin(s, code));
  const builtIn = useAtlas((s) => (s.level === 'wijk' ? selectDeviations(s, 'wijk') : null));
  const lawModel = useAtlas((s) => selectLawModel(s, code));
  // The law's model is fitted on the gemeenten of its year: loaded when an own count names a law.
  const wantsLawModel = useAtlas((s) => Boolean(selectChoropleth(s)?.def.own && selectChoropleth(s)?.def.law));
  const { ensureLayer } = useAtlas.getState();
  useEffect(() => {
    if (wantsLawModel) void ensureLayer('gemeente', LAW_MODEL_YEAR);
  }, [wantsLawModel, ensureLayer]);
  const modelDeviations = useMemo(
    () => builtIn ?? (lawModel ? deviationsOf(lawModel.within) : null),
    [builtIn, lawModel],
  );
  const [chosen, setBasis] = useState<Basis>('gemeente');
  const basis: Basis | null =
    within && (chosen === 'gemeente' || !modelDeviations) ? 'gemeente' : modelDeviations ? 'model' : null;
  const deviations = useMemo(
    () => (basis === 'gemeente' && within ? deviationsOf(within) : basis === 'model' ? modelDeviations : null),
    [basis, within, modelDeviations],
  );
  return { within, lawModel, modelled: modelDeviations !== null, basis, setBasis, deviations };
}
