// An own table on its way in: the file read and parsed, its columns detected against the areas of
// every boundary year of its level, and joined with the options the user chose. The work runs in a
// Web Worker (tableWork.ts) with its progress shown; the page stays responsive however large the
// file. Changes nothing in the atlas; the dialog confirms or cancels.
import { useEffect, useMemo, useRef, useState } from 'react';
import { AREA_LEVELS, LEVEL_YEARS, assetName } from '../../atlas/geography';
import type { DetectResult } from '../../atlas/tableDetect';
import { joinOptionsFor, type JoinChoices, type JoinOptions, type JoinReport } from '../../atlas/tableJoin';
import type { AreaReference } from '../../atlas/tableKeys';
import { wholeFile, type RowError } from '../../atlas/tableParse';
import { useAtlas } from '../../state/useAtlas';
import type { TableHead, WorkProgress } from './tableWork';
import { startTableWork, type TableWorkClient } from './tableWorkClient';

type Stage = { kind: 'reading' } | { kind: 'error'; problem: RowError } | { kind: 'parsed'; table: TableHead };

const failed = (error: unknown) =>
  wholeFile(`het bestand kon niet worden gelezen (${error instanceof Error ? error.message : String(error)})`);

/** What the user changed of the detected settings. */
export interface ImportOverrides extends JoinChoices {
  areaColumn?: number;
  kept: Record<number, string>;
}

export interface ImportedTable {
  /** What the worker is doing, with the share done where it can tell; null when it is idle. */
  progress: WorkProgress | null;
  table: TableHead | null;
  detection: DetectResult['detection'] | null;
  /** Why the file cannot be joined: it cannot be read, or no column holds areas. */
  problem: RowError | undefined;
  /** False while the areas of some boundary year of the level still load. */
  refReady: boolean;
  /** The load error of the level's areas, when there is one. */
  loadError: string | undefined;
  options: JoinOptions | null;
  /** The join with the latest options, or the one before while it is being made. */
  report: JoinReport | null;
  /** The report is of the options shown: only then can the import be confirmed. */
  reportCurrent: boolean;
}

/**
 * The latest answer of an async computation on `inputs`: while a new one runs, the previous answer
 * stays (so the dialog does not flicker) with `current` false; answers to older inputs are dropped.
 */
function useAnswer<T>(
  run: (() => Promise<T>) | null,
  onError: (e: unknown) => void,
  inputs: unknown[],
): { value: T | null; current: boolean } {
  const [answer, setAnswer] = useState<{ inputs: unknown[]; value: T } | null>(null);
  useEffect(() => {
    if (!run) return;
    let live = true;
    run().then(
      (value) => live && setAnswer({ inputs, value }),
      (e: unknown) => live && onError(e),
    );
    return () => {
      live = false;
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps -- inputs are the dependencies
  }, inputs);
  return {
    value: answer?.value ?? null,
    current: Boolean(answer && answer.inputs.every((x, i) => Object.is(x, inputs[i]))),
  };
}

export function useImportedTable(file: File, over: ImportOverrides): ImportedTable {
  const [stage, setStage] = useState<Stage>({ kind: 'reading' });
  const [progress, setProgress] = useState<WorkProgress | null>({ stage: 'lezen', share: 0 });
  /** The worker of this file, set before its table can be parsed. */
  const work = useRef<TableWorkClient | null>(null);
  const loadErrors = useAtlas((s) => s.loadErrors);
  const { ensureLayer } = useAtlas.getState();
  const fail = (e: unknown) => setStage({ kind: 'error', problem: failed(e) });

  useEffect(() => {
    for (const year of LEVEL_YEARS.gemeente) void ensureLayer('gemeente', year);
    const client = startTableWork(setProgress);
    let live = true;
    work.current = client;
    client.read(file).then(
      (r) => live && setStage(r.problem ? { kind: 'error', problem: r.problem } : { kind: 'parsed', table: r.head }),
      (e: unknown) => live && fail(e),
    );
    return () => {
      live = false;
      client.close();
    };
  }, [file, ensureLayer]);

  // The loaded reference tables by name: detection and join run again only when one is added.
  const refsKey = useAtlas((s) =>
    AREA_LEVELS.flatMap((level) => LEVEL_YEARS[level].map((year) => assetName(level, year)))
      .filter((name) => s.tables[name])
      .join(),
  );
  const refs = useMemo<AreaReference[]>(() => {
    const { tables } = useAtlas.getState();
    return AREA_LEVELS.flatMap((level) =>
      LEVEL_YEARS[level].flatMap((year) => {
        const t = tables[assetName(level, year)];
        return t ? [{ level, year, codes: t.codes, names: t.names }] : [];
      }),
    );
    // eslint-disable-next-line react-hooks/exhaustive-deps -- refsKey names the tables read
  }, [refsKey]);
  const table = stage.kind === 'parsed' ? stage.table : null;
  const { value: detected } = useAnswer(table ? () => work.current!.detect(refs, over.areaColumn) : null, fail, [
    table,
    refs,
    over.areaColumn,
  ]);
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
  const joined = useAnswer(options ? () => work.current!.join(options, refs) : null, fail, [options, refs]);
  const levelKey = detection ? assetName(detection.level, LEVEL_YEARS[detection.level][0]) : null;
  return {
    progress: stage.kind === 'error' ? null : progress,
    table,
    detection,
    problem: stage.kind === 'error' ? stage.problem : detected?.error,
    refReady,
    loadError: levelKey ? loadErrors[levelKey] : undefined,
    options,
    report: joined.value,
    reportCurrent: joined.current,
  };
}
