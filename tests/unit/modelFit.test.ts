// The model's fit in words, by R².
import { describe, expect, it } from 'vitest';
import { fitText } from '../../src/atlas/modelFit';

describe('fit in words', () => {
  it('calls a fit weak below 0,25, moderate below 0,6, strong from there, with the percentage', () => {
    expect(fitText(0.08)).toMatchObject({ level: 'zwak' });
    expect(fitText(0.08).text).toContain('8%');
    expect(fitText(0.25).level).toBe('matig');
    expect(fitText(0.59).text).toContain('59%');
    expect(fitText(0.6).level).toBe('sterk');
    expect(fitText(0.81).text).toMatch(/81%/);
  });
});
