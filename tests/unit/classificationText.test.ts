// A classification as a short text, in a link and on the command line.
import { describe, expect, it } from 'vitest';
import { DEFAULT_CLASSIFICATION, formatClassification, parseClassification } from '../../src/atlas/classificationText';

describe('classification text', () => {
  it('round-trips every method', () => {
    for (const c of [
      DEFAULT_CLASSIFICATION,
      { method: 'gelijk' as const, count: 4 },
      { method: 'natuurlijk' as const, count: 7 },
      { method: 'handmatig' as const, count: 4, breaks: [10, 20.5, 30] },
    ]) {
      expect(parseClassification(formatClassification(c))).toEqual(c);
    }
    expect(formatClassification({ method: 'handmatig', count: 3, breaks: [-1, 2.5] })).toBe('handmatig--1_2.5');
  });

  it('refuses what is not a valid classification', () => {
    for (const text of [
      'kwantiel-2',
      'kwantiel-8',
      'kwantiel-55',
      'onbekend-5',
      'handmatig-3_2',
      'handmatig-a_b',
      'kwantiel',
      '',
    ])
      expect(parseClassification(text), text).toBeNull();
  });
});
