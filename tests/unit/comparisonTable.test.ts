// The comparison as records for CSV and JSON: the numbers the screen shows, rounded alike.
import { describe, expect, it } from 'vitest';
import { DEFAULT_FACTORS, riskFactor } from '../../data/catalogue/riskFactors';
import { compare } from '../../src/atlas/comparison';
import { COMPARISON_COLUMNS, comparisonCsv, comparisonRecords, modelJson } from '../../src/atlas/comparisonTable';
import { fitRiskModel } from '../../src/atlas/riskCorrection';
import { findIndicator, readAreas } from '../../src/cli/generated';

describe('comparison records', () => {
  const gemeenten = readAreas('gemeente', 2015);
  const outcome = findIndicator('bijstand_1564')!;
  const model = fitRiskModel(
    gemeenten,
    outcome,
    DEFAULT_FACTORS.bijstand_1564.map((id) => riskFactor(id)!),
  );
  const c = compare(model, gemeenten, readAreas('corop', 2015));
  const records = comparisonRecords(c);

  it('round to the outcome decimals, the ratio to three, and number classes from 1', () => {
    records.forEach((r, i) => {
      const row = c.rows[i];
      expect(r.waargenomen).toBe(Math.round(row.observed! * 10) / 10);
      expect(r.verhouding).toBe(Math.round(row.funnel!.ratio * 1000) / 1000);
      expect(r.klasse_waargenomen).toBe(row.classObserved + 1);
      expect(r.afwijking).toBe(row.funnel!.deviation);
      expect(r.volledig).toBe('ja');
    });
  });

  it('print as CSV with one line per region under the header', () => {
    const lines = comparisonCsv(c).trim().split('\n');
    expect(lines[0]).toBe(COMPARISON_COLUMNS.join(','));
    expect(lines).toHaveLength(41);
  });

  it('describe the model: factors, coefficients, fit in words', () => {
    const json = modelJson(c);
    expect(json.factoren.map((f) => f.id)).toEqual(DEFAULT_FACTORS.bijstand_1564);
    expect(json.coefficienten).toHaveLength(DEFAULT_FACTORS.bijstand_1564.length + 1);
    expect(json.n).toBe(model.n);
    expect(json.verklaring.length).toBeGreaterThan(20);
  });
});
