// An own table on its way in: the file read and parsed, its columns detected against the areas of
// every boundary year of its level, and joined with the options the user chose. Changes nothing
// in the atlas; the dialog confirms or cancels.
import { useEffect, useMemo, useState } from 'react';
import { AREA_LEVELS, LEVEL_YEARS, assetName } from '../../atlas/geography';
import { decodeBytes } from '../../atlas/decode';
import { tooLarge } from '../../atlas/format';
import { detectColumns, type Detection } from '../../atlas/tableDetect';
import { joinOptionsFor, joinTable, type JoinChoices, type JoinOptions, type JoinReport } from '../../atlas/tableJoin';
import type { AreaReference } from '../../atlas/tableKeys';
import { MAX_TABLE_BYTES } from '../../atlas/tableLimits';
import { ALL_COLUMNS, parseTable, type ParsedTable, type RowError } from '../../atlas/tableParse';
import { useAtlas } from '../../state/useAtlas';

type Stage = { kind: 'reading' } | { kind: 'error'; problem: RowError } | { kind: 'parsed'; table: ParsedTable };

const whole = (message: string): RowError => ({ row: 1, column: ALL_COLUMNS, message });

/** What the user changed of the detected settings. */
export interface ImportOverrides extends JoinChoices {
  areaColumn?: number;
  kept: Record<number, string>;
}

export interface ImportedTable {
  reading: boolean;
  table: ParsedTable | null;
  detection: Detection | null;
  /** Why the file cannot be joined: it cannot be read, or no column holds areas. */
  problem: RowError | undefined;
  /** False while the areas of some boundary year of the level still load. */
  refReady: boolean;
  /** The load error of the level's areas, when there is one. */
  loadError: string | undefined;
  options: JoinOptions | null;
  report: JoinReport | null;
}

async function read(file: File): Promise<Stage> {
  const refused = tooLarge(file.size, MAX_TABLE_BYTES);
  if (refused) return { kind: 'error', problem: whole(refused) };
  try {
    const parsed = parseTable(decodeBytes(new Uint8Array(await file.arrayBuffer())));
    return parsed.error ? { kind: 'error', problem: parsed.error } : { kind: 'parsed', table: parsed.table };
  } catch (error) {
    const why = error instanceof Error ? error.message : String(error);
    return { kind: 'error', problem: whole(`het bestand kon niet worden gelezen (${why})`) };
  }
}

export function useImportedTable(file: File, over: ImportOverrides): ImportedTable {
  const [stage, setStage] = useState<Stage>({ kind: 'reading' });
  const tables = useAtlas((s) => s.tables);
  const loadErrors = useAtlas((s) => s.loadErrors);
  const { ensureLayer } = useAtlas.getState();

  useEffect(() => {
    let live = true;
    for (const year of LEVEL_YEARS.gemeente) void ensureLayer('gemeente', year);
    void read(file).then((s) => {
      if (live) setStage(s);
    });
    return () => {
      live = false;
    };
  }, [file, ensureLayer]);

  const refs = useMemo<AreaReference[]>(
    () =>
      AREA_LEVELS.flatMap((level) =>
        LEVEL_YEARS[level].flatMap((year) => {
          const t = tables[assetName(level, year)];
          return t ? [{ level, year, codes: t.codes, names: t.names }] : [];
        }),
      ),
    [tables],
  );
  const table = stage.kind === 'parsed' ? stage.table : null;
  const detected = useMemo(
    () => (table ? detectColumns(table, refs, over.areaColumn) : null),
    [table, refs, over.areaColumn],
  );
  const detection = detected?.detection ?? null;
  // Every boundary year of the level, so the best-matching indeling does not change under the user.
  const refReady = Boolean(
    detection &&
    LEVEL_YEARS[detection.level].every((y) => refs.some((r) => r.level === detection.level && r.year === y)),
  );
  useEffect(() => {
    if (detection && !refReady) for (const y of LEVEL_YEARS[detection.level]) void ensureLayer(detection.level, y);
  }, [detection, refReady, ensureLayer]);
  const options = useMemo(
    () => (detection && refReady ? joinOptionsFor(detection, over) : null),
    [detection, refReady, over],
  );
  const report = useMemo(() => (table && options ? joinTable(table, options, refs) : null), [table, options, refs]);
  const levelKey = detection ? assetName(detection.level, LEVEL_YEARS[detection.level][0]) : null;
  return {
    reading: stage.kind === 'reading',
    table,
    detection,
    problem: stage.kind === 'error' ? stage.problem : detected?.error,
    refReady,
    loadError: levelKey ? loadErrors[levelKey] : undefined,
    options,
    report,
  };
}
