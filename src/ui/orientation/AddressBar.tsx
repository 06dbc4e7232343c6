// The address chosen in the search, on the map: its name, "Dichtbij vanaf dit adres" and close.
import { useAtlas } from '../../state/useAtlas';
import { NearResults } from '../socialeKaart/NearList';

export function AddressBar() {
  const address = useAtlas((s) => s.address);
  const { setNearFrom, showAddress } = useAtlas.getState();
  if (!address) return null;
  return (
    <section className="address-bar" aria-label="Gevonden adres">
      <span>
        <span aria-hidden="true">●</span> {address.label}
      </span>
      <button type="button" onClick={() => setNearFrom([address.lon, address.lat], 'adres')}>
        Dichtbij vanaf dit adres
      </button>
      <button type="button" className="close" onClick={() => showAddress(null)} aria-label="Adres van de kaart halen">
        ×
      </button>
      <NearResults origin="adres" />
    </section>
  );
}
