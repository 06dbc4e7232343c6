// A link may name an indicator whose source the store reads after it starts: an own table (from
// this browser's storage) or a reference figure (from the facts file). Once both are read, the
// indicator is checked like any other: missing or not there for the level and year, it gives way
// to a default with a notice that says why.
import type { StoreApi } from 'zustand';
import { levelTitle } from '../atlas/geography';
import { isAvailable } from '../atlas/indicators';
import { indicatorFor } from '../atlas/indicatorChoice';
import { isOwnId, ownNameOf } from '../atlas/ownIndicators';
import { INDICATOR_DEFAULTS } from '../../data/catalogue/catalogue';
import { isCorrectableIn } from '../../data/catalogue/riskFactors';
import { selectCatalogue } from './catalogue';
import type { AtlasState } from './store';

export function settlePendingIndicator(api: Pick<StoreApi<AtlasState>, 'getState' | 'setState'>): void {
  const s = api.getState();
  if (!s.ownLoaded || !s.factsLoaded) return;
  const { indicator, level, year, mode } = s;
  const catalogue = selectCatalogue(s);
  const def = catalogue.find((d) => d.id === indicator);
  if (isOwnId(indicator) && !def) {
    s.addNotice(
      `Deze link toont de eigen tabel "${ownNameOf(indicator)}", maar die staat niet in deze browser: eigen cijfers gaan niet mee in een link. Importeer het bestand onder dezelfde naam (Eigen tabel importeren) om deze kaart te zien; nu wordt een standaardindicator getoond.`,
    );
  } else if (!def) {
    s.addNotice(`Link, indicator: Onbekende indicator "${indicator}" in de link; de standaardindicator wordt getoond.`);
  } else if (def.own && !isAvailable(def, level, year)) {
    s.addNotice(
      `De eigen tabel "${def.label}" is er niet voor ${levelTitle(level).toLowerCase()} ${year}; een standaardindicator wordt getoond.`,
    );
  }
  const next = indicatorFor(indicator, level, year, catalogue, INDICATOR_DEFAULTS);
  if (next !== indicator) api.setState({ indicator: next, factors: null });
  const shown = catalogue.find((d) => d.id === api.getState().indicator);
  if (mode === 'vergelijken' && !isCorrectableIn(shown, year)) api.setState({ mode: 'kaart' });
}
