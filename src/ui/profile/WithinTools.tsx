// The choices beside a gemeente's ranked wijken: what the wijken are held against (the gemeente's
// own rate, or the risk model's extrapolation), and whether the map shows classes or deviations.
import type { LawModel } from '../../state/lawModelSelectors';
import { useAtlas } from '../../state/useAtlas';

/** What the wijken are held against: their gemeente's own rate, or the risk model (an extrapolation). */
export type Basis = 'gemeente' | 'model';

export function BasisChoice({
  basis,
  onChange,
  parentName,
}: {
  basis: Basis | null;
  onChange: (basis: Basis) => void;
  parentName: string;
}) {
  return (
    <div className="ranked-tools" role="group" aria-label="Verwacht gebruik volgens">
      <span className="value-note">Verwacht volgens:</span>
      <button type="button" aria-pressed={basis === 'gemeente'} onClick={() => onChange('gemeente')}>
        gemiddelde van {parentName}
      </button>
      <button type="button" aria-pressed={basis === 'model'} onClick={() => onChange('model')}>
        risicomodel (extrapolatie)
      </button>
    </div>
  );
}

export function MapChoice() {
  const withinMap = useAtlas((s) => s.withinMap);
  const { setWithinMap } = useAtlas.getState();
  return (
    <div className="ranked-tools" role="group" aria-label="Kleuren op de kaart">
      <span className="value-note">Op de kaart:</span>
      <button type="button" aria-pressed={!withinMap} onClick={() => setWithinMap(false)}>
        klassen
      </button>
      <button type="button" aria-pressed={withinMap} onClick={() => setWithinMap(true)}>
        afwijking van het gemiddelde
      </button>
    </div>
  );
}

/** What the model basis is, said with its extrapolation: the built-in model, or an own count's law model. */
export function modelNote(law: LawModel | null, year: number): string {
  if (!law)
    return `Na risicocorrectie (het model van de gemeenten toegepast op de kenmerken van elke wijk: een extrapolatie, factoren ${year})`;
  const { model } = law;
  const without = law.leftOutFactors.length
    ? `; zonder ${law.leftOutFactors.map((f) => f.label).join(', ')}, dat de wijken van ${law.factorsYear} niet hebben`
    : '';
  return `Tegen het ${model.outcome.law ?? ''}-model van de gemeenten ${model.year} (${model.outcome.label.toLowerCase()}; factoren ${model.factors.map((f) => f.label).join(', ')}${without}), toegepast op de kenmerken van elke wijk in ${law.factorsYear}: een extrapolatie`;
}
