// Dutch number formatting and the size of a file that is refused.
import { describe, expect, it } from 'vitest';
import { CLASS_LABELS_5, formatNumber, megabytes, tooLarge } from '../../src/atlas/format';

describe('formatting', () => {
  it('writes numbers with a decimal comma and thousands points, to the decimals asked', () => {
    expect(formatNumber(1234.5, 1)).toBe('1.234,5');
    expect(formatNumber(1234.56, 0)).toBe('1.235');
    expect(formatNumber(0.1, 3)).toBe('0,100');
    expect(formatNumber(-7.25, 2)).toBe('-7,25');
  });

  it('says why a file is too large in megabytes, and nothing for a file that fits', () => {
    expect(megabytes(5.5 * 1024 * 1024)).toBe('5,5');
    expect(tooLarge(6 * 1024 * 1024, 5 * 1024 * 1024)).toBe('het bestand is 6 MB; het maximum is 5 MB');
    expect(tooLarge(1024, 5 * 1024 * 1024)).toBeNull();
  });

  it('names the five SCP classes from low to high', () => {
    expect(CLASS_LABELS_5).toEqual(['erg laag', 'laag', 'gemiddeld', 'hoog', 'erg hoog']);
  });
});
