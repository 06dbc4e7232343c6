// The table of what the screen shows, as two files to save: the CSV and its toelichting.
import { levelTitle, assetName } from '../atlas/geography';
import { choroplethExport, comparisonExport, exportFileName, type CsvDialect } from '../atlas/tableExport';
import { selectChoropleth, selectDef } from '../state/selectors';
import type { AtlasState } from '../state/store';

export interface SavedFile {
  blob: Blob;
  name: string;
}

/** Gemeente names of the map's year, for the gemeente columns of a wijk or buurt table. */
export function gemeenteNames(s: AtlasState): Map<string, string> {
  const table = s.tables[assetName('gemeente', s.year)];
  return new Map(table ? table.codes.map((c, i) => [c, table.names[i]]) : []);
}

/** A table and its toelichting as files named alike (…_toelichting.txt beside ….csv). */
export function filesOf(
  exported: { csv: string; notes: string },
  parts: string[],
): { csv: SavedFile; notes: SavedFile } {
  return {
    csv: { blob: new Blob([exported.csv], { type: 'text/csv;charset=utf-8' }), name: exportFileName(parts, 'csv') },
    notes: {
      blob: new Blob([exported.notes], { type: 'text/plain;charset=utf-8' }),
      name: exportFileName([...parts, 'toelichting'], 'txt'),
    },
  };
}

export async function tableFiles(s: AtlasState, dialect: CsvDialect): Promise<{ csv: SavedFile; notes: SavedFile }> {
  const def = selectDef(s);
  const ctx = { levelText: `${levelTitle(s.level)} ${s.year}`, made: new Date(), dialect };
  const parts = [def.label, s.level, String(s.year)];
  if (s.mode === 'vergelijken') {
    const { selectComparison } = await import('../state/comparisonSelectors');
    const c = selectComparison(s)?.comparison;
    if (!c) throw new Error('de vergelijking is nog niet berekend');
    return filesOf(comparisonExport(c, ctx), [...parts, 'vergelijking']);
  }
  const choropleth = selectChoropleth(s);
  if (!choropleth) throw new Error('de kaart is nog niet geladen');
  return filesOf(choroplethExport(choropleth, ctx, { gemeenten: gemeenteNames(s) }), parts);
}
