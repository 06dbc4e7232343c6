// Whether the page is being printed: the browser's print dialog (beforeprint/afterprint) or print
// media (a PDF made by the browser). Print-only figures that cost work on screen render only then;
// the dialog's event renders them synchronously, so the preview already holds them.
import { useEffect, useState } from 'react';
import { flushSync } from 'react-dom';

export function usePrinting(): boolean {
  const [printing, setPrinting] = useState(() => matchMedia('print').matches);
  useEffect(() => {
    const query = matchMedia('print');
    const start = () => flushSync(() => setPrinting(true));
    const end = () => setPrinting(query.matches);
    const change = () => (query.matches ? start() : end());
    window.addEventListener('beforeprint', start);
    window.addEventListener('afterprint', end);
    query.addEventListener('change', change);
    return () => {
      window.removeEventListener('beforeprint', start);
      window.removeEventListener('afterprint', end);
      query.removeEventListener('change', change);
    };
  }, []);
  return printing;
}
