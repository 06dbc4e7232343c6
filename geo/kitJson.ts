// A kit file parsed as JSON; when it is malformed, the build stops with the file's name, what is
// wrong and where (line and column), never with the file's content (a kit file can be megabytes;
// V8's own message quotes the text). jsonc-parser finds the position of the first error.
import { parse as parseTolerant, type ParseError } from 'jsonc-parser';

export class KitFormatError extends Error {}

/** jsonc-parser's ParseErrorCode values in Dutch. */
const WHAT: Record<number, string> = {
  1: 'ongeldig teken',
  2: 'ongeldig getal',
  3: 'naam van een eigenschap verwacht',
  4: 'waarde verwacht',
  5: 'dubbele punt verwacht',
  6: 'komma verwacht',
  7: 'accolade sluiten verwacht',
  8: 'blokhaak sluiten verwacht',
  9: 'einde van het bestand verwacht',
  10: 'commentaar is niet toegestaan',
  11: 'commentaar niet gesloten',
  12: 'tekst niet gesloten',
  13: 'getal niet afgesloten',
  14: 'ongeldig unicode-teken',
  15: 'ongeldige escape',
  16: 'ongeldig teken in tekst',
};

/** Line and column (1-based) of an offset in text. */
export function lineColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let start = 0;
  for (let i = 0; i < offset && i < text.length; i++)
    if (text.charCodeAt(i) === 10) {
      line++;
      start = i + 1;
    }
  return { line, column: offset - start + 1 };
}

export function parseKitJson<T>(text: string, file: string): T {
  try {
    return JSON.parse(text) as T;
  } catch {
    const errors: ParseError[] = [];
    parseTolerant(text, errors, { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false });
    const first = errors[0];
    if (!first) throw new KitFormatError(`${file}: geen geldige JSON.`);
    const { line, column } = lineColumn(text, first.offset);
    throw new KitFormatError(
      `${file}: geen geldige JSON, regel ${line}, kolom ${column}: ${WHAT[first.error] ?? 'onverwacht teken'}. Herstel of vervang het bestand in de bronkit.`,
    );
  }
}

/** A kit GeoJSON file that must be a FeatureCollection; a KitFormatError names the file otherwise. */
export function parseKitFeatureCollection<T extends { features: unknown[] }>(text: string, file: string): T {
  const fc = parseKitJson<T | null>(text, file);
  if (!fc || !Array.isArray(fc.features))
    throw new KitFormatError(`${file}: geen GeoJSON FeatureCollection (de lijst "features" ontbreekt).`);
  return fc;
}
