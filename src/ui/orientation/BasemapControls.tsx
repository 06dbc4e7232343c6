// "Achtergrondkaart": none (offline, the default) or PDOK's BRT-Achtergrondkaart, which also
// switches on address search; and how strongly the area colours cover what lies under them.
import { useId } from 'react';
import { useAtlas } from '../../state/useAtlas';
import { BASEMAPS, MIN_OPACITY, isBasemap, type Basemap } from '../../state/choices';

const LABELS: Record<Basemap, string> = {
  geen: 'Geen (offline)',
  grijs: 'PDOK grijs (online)',
  standaard: 'PDOK standaard (online)',
};

export function BasemapControls() {
  const id = useId();
  const basemap = useAtlas((s) => s.basemap);
  const opacity = useAtlas((s) => s.opacity);
  const showPoi = useAtlas((s) => s.showPoi);
  const { setBasemap, setOpacity } = useAtlas.getState();
  return (
    <fieldset className="basemap">
      <legend>Achtergrondkaart</legend>
      <label htmlFor={`${id}-map`} className="visually-hidden">
        Achtergrondkaart
      </label>
      <select
        id={`${id}-map`}
        value={basemap}
        onChange={(e) => isBasemap(e.target.value) && setBasemap(e.target.value)}
      >
        {BASEMAPS.map((b) => (
          <option key={b} value={b}>
            {LABELS[b]}
          </option>
        ))}
      </select>
      <p className="legend-note">
        {basemap === 'geen'
          ? 'De atlas haalt niets van buiten. Online: straten en water van de BRT-Achtergrondkaart (Kadaster, via PDOK) en zoeken op adres.'
          : 'Online: kaarttegels en adressen komen van PDOK (Kadaster). Wat u zoekt gaat naar PDOK; verder niets.'}
      </p>
      {basemap !== 'geen' || showPoi ? (
        <>
          <label htmlFor={`${id}-opacity`}>Dekking van de kleuren: {opacity}%</label>
          <input
            id={`${id}-opacity`}
            type="range"
            min={MIN_OPACITY}
            max={100}
            step={10}
            value={opacity}
            onChange={(e) => setOpacity(Number(e.target.value))}
          />
        </>
      ) : null}
    </fieldset>
  );
}
