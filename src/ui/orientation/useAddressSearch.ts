// Addresses, postcodes and streets from the PDOK Locatieserver for the search box: only when the
// user switched the online map on, debounced, and an older query's request is cancelled.
import { useEffect, useState } from 'react';
import { LocatieserverError, findAddresses, type AddressHit } from '../../atlas/locatieserver';
import { PDOK } from '../../map/pdok';

/** Wait after the last keystroke before asking PDOK. */
const DEBOUNCE_MS = 300;

export function useAddressSearch(query: string, online: boolean) {
  const [addresses, setAddresses] = useState<AddressHit[]>([]);
  const [addressError, setAddressError] = useState<string | null>(null);
  useEffect(() => {
    setAddressError(null);
    const q = query.trim();
    if (!online || q.length < 3) {
      setAddresses([]);
      return;
    }
    const controller = new AbortController();
    const timer = setTimeout(() => {
      findAddresses(PDOK.locatieserver, q, controller.signal)
        .then(setAddresses)
        .catch((e: unknown) => {
          if (e instanceof LocatieserverError) {
            setAddresses([]);
            setAddressError(e.message);
          }
        });
    }, DEBOUNCE_MS);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [query, online]);
  return { addresses, addressError, setAddressError };
}
