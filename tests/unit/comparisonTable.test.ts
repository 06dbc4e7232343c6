// The comparison as records for CSV and JSON: the numbers the screen shows, rounded alike.
import { describe, expect, it } from 'vitest';
import { DEFAULT_FACTORS, riskFactor } from '../../data/catalogue/riskFactors';
import { compare } from '../../src/atlas/comparison';
import { comparisonColumns, comparisonCsv, comparisonRecords, modelJson } from '../../src/atlas/comparisonTable';
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

  it('print as CSV with one line per region under the header, each rate with the outcome decimals', () => {
    const lines = comparisonCsv(c).trim().split('\n');
    const header = lines[0].split(',');
    expect(header).toEqual(comparisonColumns(c).map((k) => k.name));
    expect(lines).toHaveLength(41);
    for (const line of lines.slice(1)) {
      const cells = line.split(',');
      for (const name of ['waargenomen', 'verwacht', 'gecorrigeerd'])
        expect(cells[header.indexOf(name)], name).toMatch(/^-?\d+\.\d$/);
      expect(cells[header.indexOf('verhouding')]).toMatch(/^\d+\.\d{3}$/);
    }
  });

  it('carry the counts behind each rate: users over population is the observed rate, expected users the expected rate', () => {
    const per = outcome.per;
    records.forEach((r) => {
      expect(r.gebruikers).not.toBeNull();
      expect((r.gebruikers! / r.populatie!) * per).toBeCloseTo(r.waargenomen!, 0);
      expect(Math.abs((r.gebruikers! / r.populatie!) * per - r.waargenomen!)).toBeLessThanOrEqual(0.051);
      expect(Math.abs((r.verwachte_gebruikers! / r.populatie!) * per - r.verwacht!)).toBeLessThanOrEqual(0.051);
      expect(Math.abs(r.gebruikers! / r.verwachte_gebruikers! - r.verhouding!)).toBeLessThanOrEqual(0.001);
    });
  });

  it('describe the model: factors, coefficients, fit in words', () => {
    const json = modelJson(c);
    expect(json.factoren.map((f) => f.id)).toEqual(DEFAULT_FACTORS.bijstand_1564);
    expect(json.coefficienten).toHaveLength(DEFAULT_FACTORS.bijstand_1564.length + 1);
    expect(json.n).toBe(model.n);
    expect(json.verklaring.length).toBeGreaterThan(20);
  });
});
