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

/** Bytes as megabytes for people: "20", "5,3". */
export const megabytes = (bytes: number) => (bytes / 1024 / 1024).toLocaleString('nl-NL', { maximumFractionDigits: 1 });

/** Why a file is refused before it is read, or null when it is small enough. */
export function tooLarge(bytes: number, max: number): string | null {
  return bytes > max ? `het bestand is ${megabytes(bytes)} MB; het maximum is ${megabytes(max)} MB` : null;
}

export const CLASS_LABELS_5 = ['erg laag', 'laag', 'gemiddeld', 'hoog', 'erg hoog'];
