// The import dialog: reads the file, shows what was detected and the join report, and changes
// nothing until the user confirms. Cancel, Escape or an unreadable file leave the atlas as it was.
import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { AREA_LEVELS, LEVEL_LABELS, LEVEL_YEARS, assetName } from '../../atlas/geography';
import { choiceProblems, ownFromColumn, type ColumnChoice } from '../../atlas/ownIndicators';
import {
  decodeBytes,
  detectColumns,
  joinTable,
  parseTable,
  periodLabel,
  type AreaReference,
  type JoinOptions,
  type ParsedTable,
  type RowError,
} from '../../atlas/tableImport';
import { MAX_TABLE_BYTES } from '../../atlas/tableLimits';
import { tooLarge } from '../../atlas/format';
import type { Decimal } from '../../atlas/numberCells';
import { useAtlas } from '../../state/useAtlas';
import { JoinReportView } from './JoinReportView';
import { ColumnChoiceFields, defaultChoice, type Choice } from './ColumnChoiceFields';

function DimensionSelect({
  header,
  values,
  value,
  onChange,
}: {
  header: string;
  values: string[];
  value: string;
  onChange(v: string): void;
}) {
  const id = useId();
  return (
    <>
      <label htmlFor={id}>Alleen rijen met {header}</label>
      <select id={id} value={value} onChange={(e) => onChange(e.target.value)}>
        {values.map((v) => (
          <option key={v} value={v}>
            {v || '(leeg)'}
          </option>
        ))}
      </select>
    </>
  );
}

type Stage = { kind: 'reading' } | { kind: 'error'; problem: RowError } | { kind: 'parsed'; table: ParsedTable };

const whole = (message: string): RowError => ({ row: 1, column: 'alle kolommen', message });

export default function TableImportDialog({ file }: { file: File }) {
  const dialog = useRef<HTMLDialogElement>(null);
  const [stage, setStage] = useState<Stage>({ kind: 'reading' });
  const [areaColumn, setAreaColumn] = useState<number | undefined>(undefined);
  const [over, setOver] = useState<Partial<Pick<JoinOptions, 'year' | 'period' | 'decimal'>>>({});
  const [choices, setChoices] = useState<Record<number, Choice>>({});
  /** The value kept per dimension column, when the user changed it. */
  const [kept, setKept] = useState<Record<number, string>>({});
  /** The figures' period as the user writes it; null = taken from the file's period column. */
  const [periodInput, setPeriodInput] = useState<string | null>(null);
  const tables = useAtlas((s) => s.tables);
  const loadErrors = useAtlas((s) => s.loadErrors);
  const own = useAtlas((s) => s.own);
  const { openTableImport, addOwn, ensureLayer } = useAtlas.getState();
  const close = () => openTableImport(null);

  useEffect(() => {
    const d = dialog.current;
    if (d && !d.open) d.showModal();
  }, []);

  useEffect(() => {
    let live = true;
    void ensureLayer('gemeente', 2015);
    void ensureLayer('gemeente', 2023);
    const read = async (): Promise<Stage> => {
      const refused = tooLarge(file.size, MAX_TABLE_BYTES);
      if (refused) return { kind: 'error', problem: whole(refused) };
      try {
        const parsed = parseTable(decodeBytes(new Uint8Array(await file.arrayBuffer())));
        return parsed.error ? { kind: 'error', problem: parsed.error } : { kind: 'parsed', table: parsed.table };
      } catch (error) {
        return {
          kind: 'error',
          problem: whole(
            `het bestand kon niet worden gelezen (${error instanceof Error ? error.message : String(error)})`,
          ),
        };
      }
    };
    void read().then((s) => {
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
  const detected = useMemo(() => (table ? detectColumns(table, refs, areaColumn) : null), [table, refs, areaColumn]);
  const detection = detected?.detection ?? null;
  const levelKey = detection ? assetName(detection.level, LEVEL_YEARS[detection.level][0]) : null;
  // Every boundary year of the level, so the best-matching indeling does not change under the user.
  const refReady = Boolean(
    detection &&
    LEVEL_YEARS[detection.level].every((y) => refs.some((r) => r.level === detection.level && r.year === y)),
  );
  useEffect(() => {
    if (detection && !refReady) for (const y of LEVEL_YEARS[detection.level]) void ensureLayer(detection.level, y);
  }, [detection, refReady, ensureLayer]);

  const options = useMemo<JoinOptions | null>(() => {
    if (!detection || !refReady) return null;
    const year =
      over.year !== undefined && LEVEL_YEARS[detection.level].includes(over.year)
        ? over.year
        : (detection.years[0] ?? LEVEL_YEARS[detection.level][0]);
    const period =
      over.period && detection.periods.includes(over.period) ? over.period : (detection.periods.at(-1) ?? null);
    return {
      areaColumn: detection.areaColumn,
      areaKind: detection.areaKind,
      level: detection.level,
      year,
      periodColumn: detection.periodColumn,
      period,
      valueColumns: detection.valueColumns,
      decimal: over.decimal ?? detection.decimal,
      filters: detection.dimensions.map((d) => ({
        column: d.column,
        value: kept[d.column] !== undefined && d.values.includes(kept[d.column]) ? kept[d.column] : d.preferred,
      })),
    };
  }, [detection, refReady, over, kept]);
  const report = useMemo(() => (table && options ? joinTable(table, options, refs) : null), [table, options, refs]);

  const filePeriod = options?.period ? periodLabel(options.period) : null;
  const periodText = (periodInput ?? filePeriod ?? '').trim().slice(0, 40) || null;
  const choiceOf = (j: number): Choice =>
    choices[j] ??
    defaultChoice(
      table!,
      j,
      report?.columns.find((c) => c.column === j),
      periodText,
      j === detection?.valueColumns[0],
    );
  const selected: ColumnChoice[] =
    detection && report ? detection.valueColumns.map(choiceOf).filter((c) => c.selected) : [];
  const problems = report ? choiceProblems(selected, report) : [];
  const replaced = selected.filter((c) => own.some((o) => o.name === c.name.trim())).map((c) => c.name.trim());

  const confirm = () => {
    if (!report || problems.length > 0) return;
    const importedAt = new Date().toISOString();
    void addOwn(selected.map((c) => ownFromColumn(report, c, file.name, periodText, importedAt)));
  };

  const problem = stage.kind === 'error' ? stage.problem : detected?.error;
  const areaSelect = (value: number) => (
    <>
      <label htmlFor="imp-area">Gebiedskolom</label>
      <select
        id="imp-area"
        value={value}
        onChange={(e) => {
          setAreaColumn(Number(e.target.value));
          setChoices({});
        }}
      >
        {table?.header.map((h, j) => (
          <option key={j} value={j}>
            {h}
          </option>
        ))}
      </select>
    </>
  );
  return (
    <dialog
      ref={dialog}
      className="import-dialog"
      aria-labelledby="import-title"
      onCancel={(e) => {
        e.preventDefault();
        close();
      }}
    >
      <h2 id="import-title">Tabel importeren: {file.name}</h2>
      {stage.kind === 'reading' ? <p role="status">Bestand lezen…</p> : null}
      {problem ? (
        <p className="field-error" role="alert">
          Dit bestand kan niet worden gekoppeld: rij {problem.row},{' '}
          {problem.column === 'alle kolommen' ? 'hele regel' : `kolom "${problem.column}"`}: {problem.message}. Er is
          niets veranderd.
        </p>
      ) : null}
      {table && !detection && areaColumn !== undefined ? (
        <div className="import-grid">{areaSelect(areaColumn)}</div>
      ) : null}
      {table && detection ? (
        <form
          className="import-form"
          onSubmit={(e) => {
            e.preventDefault();
            confirm();
          }}
        >
          <fieldset>
            <legend>Koppeling</legend>
            <div className="import-grid">
              {areaSelect(detection.areaColumn)}
              <span>Gebieden</span>
              <span>
                {detection.areaKind === 'code' ? 'codes van' : 'namen van'} {LEVEL_LABELS[detection.level].many}
                {table.delimiter === ';'
                  ? ', gescheiden door ;'
                  : table.delimiter === ','
                    ? ', gescheiden door ,'
                    : ', gescheiden door tabs'}
              </span>
              <label htmlFor="imp-year">Indeling</label>
              <select
                id="imp-year"
                value={options?.year ?? ''}
                onChange={(e) => setOver({ ...over, year: Number(e.target.value) })}
              >
                {LEVEL_YEARS[detection.level].map((y) => (
                  <option key={y} value={y}>
                    {LEVEL_LABELS[detection.level].many} {y}
                  </option>
                ))}
              </select>
              {detection.periods.length > 1 ? (
                <>
                  <label htmlFor="imp-period">Periode</label>
                  <select
                    id="imp-period"
                    value={options?.period ?? ''}
                    onChange={(e) => {
                      setOver({ ...over, period: e.target.value });
                      setPeriodInput(null);
                    }}
                  >
                    {detection.periods.map((p) => (
                      <option key={p} value={p}>
                        {periodLabel(p)}
                      </option>
                    ))}
                  </select>
                </>
              ) : null}
              {detection.dimensions.map((d) => (
                <DimensionSelect
                  key={d.column}
                  header={table.header[d.column]}
                  values={d.values}
                  value={options?.filters?.find((f) => f.column === d.column)?.value ?? d.preferred}
                  onChange={(v) => setKept({ ...kept, [d.column]: v })}
                />
              ))}
              <label htmlFor="imp-when">Jaar of periode van de cijfers</label>
              <input
                id="imp-when"
                type="text"
                value={periodInput ?? filePeriod ?? ''}
                maxLength={40}
                placeholder="bijv. 2022"
                onChange={(e) => setPeriodInput(e.target.value)}
              />
              <label htmlFor="imp-decimal">Decimaalteken</label>
              <select
                id="imp-decimal"
                value={options?.decimal ?? detection.decimal}
                onChange={(e) => setOver({ ...over, decimal: e.target.value as Decimal })}
                aria-describedby="imp-decimal-why"
              >
                <option value="komma">komma (1.234,5)</option>
                <option value="punt">punt (1,234.5)</option>
              </select>
            </div>
            <p id="imp-decimal-why" className="value-note">
              Decimaalteken {detection.decimal}: {detection.decimalReason}.
            </p>
          </fieldset>
          {!refReady ? (
            <p role="status">
              {LEVEL_LABELS[detection.level].many} laden…
              {levelKey && loadErrors[levelKey] ? ` ${loadErrors[levelKey]}` : ''}
            </p>
          ) : null}
          {report ? (
            <>
              <fieldset>
                <legend>Kolommen met cijfers</legend>
                {detection.valueColumns.length === 0 ? (
                  <p className="field-error">Geen kolom met getallen gevonden.</p>
                ) : null}
                {detection.valueColumns.map((j) => (
                  <ColumnChoiceFields
                    key={j}
                    header={table.header[j]}
                    choice={choiceOf(j)}
                    level={report.level}
                    year={report.year}
                    onChange={(c) => setChoices({ ...choices, [j]: c })}
                  />
                ))}
              </fieldset>
              <JoinReportView report={report} />
            </>
          ) : null}
          {replaced.length > 0 ? (
            <p className="legend-warning">
              Vervangt de eigen tabel{replaced.length > 1 ? 'len' : ''} {replaced.map((n) => `"${n}"`).join(', ')} in
              deze browser.
            </p>
          ) : null}
          {report && problems.length > 0 ? (
            <ul className="field-error import-problems">
              {problems.map((p) => (
                <li key={p}>{p}</li>
              ))}
            </ul>
          ) : null}
          <div className="import-actions">
            <button type="submit" disabled={!report || problems.length > 0}>
              Toevoegen aan de kaart
            </button>
            <button type="button" onClick={close}>
              Annuleren
            </button>
          </div>
        </form>
      ) : (
        <div className="import-actions">
          <button type="button" onClick={close}>
            {problem ? 'Sluiten' : 'Annuleren'}
          </button>
        </div>
      )}
    </dialog>
  );
}
