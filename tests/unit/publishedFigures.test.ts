// Every figure equals its source: for each indicator that names the column CBS (or the document)
// published for gemeenten, the atlas's gemeente value in every year equals the kit's own value to
// the decimals shown. Driven by the catalogue: a new entry with `published` is checked without a
// new test. The kit's files are read here directly, not through the pipeline.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { COLUMNS_2022 } from '../../data/catalogue/columns2022';
import { COLUMNS_2023 } from '../../data/catalogue/columns2023';
import { FACT_PREFIX } from '../../data/catalogue/facts';
import { KIT_FILES, kitRoot } from '../../data/pipeline/kit';
import { roundTo } from '../../src/atlas/choropleth';
import { LEVEL_YEARS } from '../../src/atlas/geography';
import type { IndicatorDef } from '../../src/atlas/indicators';
import { readAreas, readCatalogue } from '../../src/cli/generated';

const kit = (file: string) => readFileSync(resolve(kitRoot(), file), 'utf8');
const csv = (file: string) =>
  Papa.parse<Record<string, string>>(kit(file), { header: true, skipEmptyLines: true }).data;
const reverse = (mapping: Record<string, string>) => new Map(Object.entries(mapping).map(([k, v]) => [v, k]));
const numberOrNull = (raw: unknown): number | null => {
  const value = typeof raw === 'number' ? raw : typeof raw === 'string' && raw.trim() !== '' ? Number(raw) : Number.NaN;
  return Number.isFinite(value) && value !== -99999999 ? value : null;
};

/** The kit's published value per gemeente code, for a table column of a year. */
function published(column: string, year: number): Map<string, number | null> {
  if (column.startsWith(FACT_PREFIX)) {
    const rows = csv(KIT_FILES.factsDrechtsteden2016).filter((r) => r.indicator === column.slice(FACT_PREFIX.length));
    return new Map(
      rows.filter((r) => r.code !== 'NL01').map((r) => [r.code, r.waarde === '.' ? null : Number(r.waarde)]),
    );
  }
  if (year === 2015) return new Map(csv(KIT_FILES.kwbGemeente2015).map((r) => [r.GM_CODE, numberOrNull(r[column])]));
  if (year === 2022) {
    const name = reverse(COLUMNS_2022).get(column) ?? column;
    return new Map(csv(KIT_FILES.kwbGemeente2022).map((r) => [r.gwb_code, numberOrNull(r[name])]));
  }
  const name = reverse(COLUMNS_2023).get(column) ?? column;
  const fc = JSON.parse(kit(KIT_FILES.gemeente2023)) as { features: { properties: Record<string, unknown> }[] };
  return new Map(
    fc.features
      .filter((f) => f.properties.gemeentecode !== 'GM0998')
      .map((f) => [String(f.properties.gemeentecode), numberOrNull(f.properties[name])]),
  );
}

const cases = readCatalogue()
  .filter((d): d is IndicatorDef & { published: string } => d.published !== undefined && d.levels.includes('gemeente'))
  .flatMap((d) => d.years.filter((y) => LEVEL_YEARS.gemeente.includes(y)).map((year) => [d.id, year, d] as const));

describe('every published gemeente figure equals the kit', () => {
  it('covers the indicators that name a published column', () => {
    expect(cases.length).toBeGreaterThan(30);
    expect(cases.map(([id]) => id)).toContain('arbeidsparticipatie');
  });

  it.each(cases)('%s %i', (_, year, def) => {
    const areas = readAreas('gemeente', year);
    const values = areas.values(def);
    const kitValues = published(def.published, year);
    let compared = 0;
    areas.codes.forEach((code, i) => {
      if (!kitValues.has(code)) return;
      const expected = kitValues.get(code)!;
      const v = values[i];
      if (expected === null) {
        expect(v.status, `${code} heeft geen cijfer in de kit`).not.toBe('ok');
        return;
      }
      expect(v.status, code).toBe('ok');
      expect(roundTo(v.value!, def.decimals), `${code} ${areas.names[i]}`).toBe(roundTo(expected, def.decimals));
      compared++;
    });
    expect(compared).toBeGreaterThan(0);
  });
});
