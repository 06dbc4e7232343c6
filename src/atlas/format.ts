// Dutch number formatting (decimal comma, dot for thousands) for every number people read.
const formatters = new Map<number, Intl.NumberFormat>();

export function formatNumber(value: number, decimals: number): string {
  let f = formatters.get(decimals);
  if (!f) {
    f = new Intl.NumberFormat('nl-NL', { minimumFractionDigits: decimals, maximumFractionDigits: decimals });
    formatters.set(decimals, f);
  }
  return f.format(value);
}

export const CLASS_LABELS_5 = ['erg laag', 'laag', 'gemiddeld', 'hoog', 'erg hoog'];
