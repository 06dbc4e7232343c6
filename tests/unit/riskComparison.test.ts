// The risk model's steps as the browser and the CLI take them: what cannot be corrected and which
// factors cannot be used are said, a model that fits gives the comparison.
import { describe, expect, it } from 'vitest';
import { DEFAULT_FACTORS, MODEL_RULES } from '../../data/catalogue/riskFactors';
import { fitAndCompare, modelProblem } from '../../src/atlas/riskComparison';
import { findIndicator, readAreas } from '../../src/cli/generated';

const gemeenten = readAreas('gemeente', 2015);
const bijstand = findIndicator('bijstand_1564')!;

describe('the model steps', () => {
  it('say why a model cannot be made: an outcome without correction, no factors, a factor that counts the users', () => {
    expect(modelProblem(findIndicator('inwoners')!, 2015, ['OAD'], MODEL_RULES)).toBe(MODEL_RULES.correctableText);
    expect(modelProblem(bijstand, 2015, [], MODEL_RULES)).toBe('Kies ten minste één risicofactor.');
    expect(modelProblem(bijstand, 2015, ['WWB_PCT', 'weg'], MODEL_RULES)).toMatch(
      /^Deze factoren kunnen niet: .*uitkomst.*; onbekende risicofactor "weg"\.$/,
    );
    expect(modelProblem(bijstand, 2015, DEFAULT_FACTORS.bijstand_1564, MODEL_RULES)).toBeNull();
  });

  it('fit on the gemeenten and compare the areas asked for', () => {
    const state = fitAndCompare(
      gemeenten,
      readAreas('corop', 2015),
      bijstand,
      DEFAULT_FACTORS.bijstand_1564,
      MODEL_RULES,
    );
    expect(state.error).toBeNull();
    expect(state.comparison!.rows).toHaveLength(40);
    expect(state.comparison!.model.n).toBeGreaterThan(380);
  });

  it('turn a model that cannot be estimated into a message, not an exception', () => {
    // One factor twice: two equal columns cannot both be estimated.
    const state = fitAndCompare(gemeenten, gemeenten, bijstand, ['OAD', 'OAD'], MODEL_RULES);
    expect(state.comparison).toBeNull();
    expect(state.error).toMatch(/lineair|niet te schatten/);
  });
});
