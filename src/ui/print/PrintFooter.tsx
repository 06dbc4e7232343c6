// The last line of every printout: when it was printed and the link that opens the same view.
import { usePrinting } from './usePrinting';

export function PrintFooter() {
  if (!usePrinting()) return null;
  return (
    <p className="print-only print-footer">
      Wijkatlas, afgedrukt op {new Date().toLocaleDateString('nl-NL')}. Dezelfde kaart openen:{' '}
      <span className="print-link">{window.location.href}</span>. Bron: CBS, Kadaster/PDOK (CC BY 4.0).
    </p>
  );
}
