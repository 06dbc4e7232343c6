// papaparse's parse errors in Dutch, for the pipeline and the importers.
import type { ParseError } from 'papaparse';

const DUTCH: Record<string, string> = {
  MissingQuotes: 'aanhalingstekens sluiten niet',
  InvalidQuotes: 'aanhalingsteken op een onverwachte plek',
  UndetectableDelimiter: 'scheidingsteken niet te herkennen',
  TooFewFields: 'te weinig velden in deze regel',
  TooManyFields: 'te veel velden in deze regel',
};

/** A parse error as a short Dutch phrase (papaparse's own text only for codes it adds later). */
export function csvErrorText(e: Pick<ParseError, 'code' | 'message'>): string {
  return Object.hasOwn(DUTCH, e.code) ? DUTCH[e.code] : `onleesbare regel (${e.message})`;
}
