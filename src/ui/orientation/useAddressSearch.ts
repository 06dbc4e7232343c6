// Addresses, postcodes and streets from the PDOK Locatieserver for the search box: only when the
// user switched the online map on and typed after that, debounced, and an older query's request is cancelled. Results
// stay until a newer query's arrive; an error is said only for the query it belongs to.
import { useEffect, useState } from 'react';
import { LocatieserverError, findAddresses, type AddressHit } from '../../atlas/locatieserver';
import { PDOK } from '../../map/pdok';

/** Wait after the last keystroke before asking PDOK. */
const DEBOUNCE_MS = 300;

interface Answer {
  query: string;
  hits: AddressHit[];
  error: string | null;
}

const NONE: AddressHit[] = [];

export function useAddressSearch(
  query: string,
  online: boolean,
): { addresses: AddressHit[]; addressError: string | null } {
  const [answer, setAnswer] = useState<Answer>({ query: '', hits: NONE, error: null });
  const q = query.trim();
  // Only text typed while online goes to PDOK: what stood in the box when the online map was
  // switched on is not sent until the user changes it.
  const [switched, setSwitched] = useState({ online, query: q });
  if (switched.online !== online) setSwitched({ online, query: q });
  const typed = online && (switched.online !== online ? false : q !== switched.query);
  const active = typed && q.length >= 3;
  useEffect(() => {
    if (!active) return;
    const controller = new AbortController();
    const timer = setTimeout(() => {
      findAddresses(PDOK.locatieserver, q, controller.signal)
        .then((hits) => setAnswer({ query: q, hits, error: null }))
        .catch((e: unknown) => {
          if (e instanceof LocatieserverError) setAnswer({ query: q, hits: NONE, error: e.message });
        });
    }, DEBOUNCE_MS);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [q, active]);
  return {
    addresses: active ? answer.hits : NONE,
    addressError: active && answer.query === q ? answer.error : null,
  };
}
