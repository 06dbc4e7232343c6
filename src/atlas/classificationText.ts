// A classification as a short text ("kwantiel-5", "handmatig-10_20_30"): in a link and on the
// command line. Anything that is not a valid classification reads as null.
import { CLASS_METHODS, isValidClassification, type ClassMethod, type Classification } from './classify';

/** Quintiles: the SCP's classes and what the map opens with. */
export const DEFAULT_CLASSIFICATION: Classification = { method: 'kwantiel', count: 5 };

export function formatClassification(c: Classification): string {
  if (c.method === 'handmatig') return `handmatig-${(c.breaks ?? []).join('_')}`;
  return `${c.method}-${c.count}`;
}

export function parseClassification(text: string): Classification | null {
  const match = /^([a-z]+)-(.+)$/.exec(text);
  if (!match || !CLASS_METHODS.includes(match[1] as ClassMethod)) return null;
  const method = match[1] as ClassMethod;
  let c: Classification;
  if (method === 'handmatig') {
    const breaks = match[2].split('_').map((b) => (/^-?\d+(\.\d+)?$/.test(b) ? Number(b) : Number.NaN));
    c = { method, count: breaks.length + 1, breaks };
  } else {
    if (!/^\d$/.test(match[2])) return null;
    c = { method, count: Number(match[2]) };
  }
  return isValidClassification(c) ? c : null;
}
