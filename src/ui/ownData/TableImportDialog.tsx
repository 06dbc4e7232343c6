// The import dialog: reads the file, shows what was detected and the join report, and changes
// nothing until the user confirms. Cancel, Escape or an unreadable file leave the atlas as it was.
import { useEffect, useRef, useState } from 'react';
import { LEVEL_LABELS } from '../../atlas/geography';
import { choiceProblems, ownFromColumn, type ColumnChoice } from '../../atlas/ownIndicators';
import { periodLabel } from '../../atlas/tableKeys';
import type { JoinReport } from '../../atlas/tableJoin';
import { ALL_COLUMNS } from '../../atlas/tableParse';
import type { TableHead } from './tableWork';
import { useAtlas } from '../../state/useAtlas';
import { ColumnChoiceFields, defaultChoice, type Choice } from './ColumnChoiceFields';
import { JoinReportView } from './JoinReportView';
import { AreaColumnSelect, JoinSettings } from './JoinSettings';
import { ImportProgress } from './ImportProgress';
import { useImportedTable, type ImportOverrides } from './useImportedTable';

/** The value columns to import, each with its name, kind and denominator, and the join report. */
function ValueColumns({
  table,
  columns,
  report,
  choiceOf,
  onChange,
}: {
  table: TableHead;
  columns: number[];
  report: JoinReport;
  choiceOf: (j: number) => Choice;
  onChange: (j: number, c: Choice) => void;
}) {
  return (
    <>
      <fieldset>
        <legend>Kolommen met cijfers</legend>
        {columns.length === 0 ? <p className="field-error">Geen kolom met getallen gevonden.</p> : null}
        {columns.map((j) => (
          <ColumnChoiceFields
            key={j}
            header={table.header[j]}
            choice={choiceOf(j)}
            level={report.level}
            year={report.year}
            onChange={(c) => onChange(j, c)}
          />
        ))}
      </fieldset>
      <JoinReportView report={report} />
    </>
  );
}

/** What confirming would replace, why it cannot yet, and the buttons. */
function ConfirmActions({
  replaced,
  problems,
  ready,
  close,
}: {
  replaced: string[];
  problems: string[];
  ready: boolean;
  close: () => void;
}) {
  return (
    <>
      {replaced.length > 0 ? (
        <p className="legend-warning">
          Vervangt de eigen tabel{replaced.length > 1 ? 'len' : ''} {replaced.map((n) => `"${n}"`).join(', ')} in deze
          browser.
        </p>
      ) : null}
      {problems.length > 0 ? (
        <ul className="field-error import-problems">
          {problems.map((p) => (
            <li key={p}>{p}</li>
          ))}
        </ul>
      ) : null}
      <div className="import-actions">
        <button type="submit" disabled={!ready || problems.length > 0}>
          Toevoegen aan de kaart
        </button>
        <button type="button" onClick={close}>
          Annuleren
        </button>
      </div>
    </>
  );
}

export default function TableImportDialog({ file }: { file: File }) {
  const dialog = useRef<HTMLDialogElement>(null);
  const [over, setOver] = useState<ImportOverrides>({ kept: {} });
  const [choices, setChoices] = useState<Record<number, Choice>>({});
  /** The figures' period as the user writes it; null = taken from the file's period column. */
  const [periodInput, setPeriodInput] = useState<string | null>(null);
  const own = useAtlas((s) => s.own);
  const { openTableImport, addOwn } = useAtlas.getState();
  const close = () => openTableImport(null);
  const imported = useImportedTable(file, over);
  const { table, detection, problem, refReady, loadError, options, report, reportCurrent } = imported;

  useEffect(() => {
    const d = dialog.current;
    if (d && !d.open) d.showModal();
  }, []);

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
  const onAreaColumn = (column: number) => {
    setOver({ ...over, areaColumn: column });
    setChoices({});
  };
  const confirm = () => {
    if (!report || !reportCurrent || problems.length > 0) return;
    const importedAt = new Date().toISOString();
    void addOwn(selected.map((c) => ownFromColumn(report, c, file.name, periodText, importedAt)));
  };

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
      {imported.progress ? <ImportProgress progress={imported.progress} /> : null}
      {problem ? (
        <p className="field-error" role="alert">
          Dit bestand kan niet worden gekoppeld: rij {problem.row},{' '}
          {problem.column === ALL_COLUMNS ? 'hele regel' : `kolom "${problem.column}"`}: {problem.message}. Er is niets
          veranderd.
        </p>
      ) : null}
      {table && !detection && over.areaColumn !== undefined ? (
        <div className="import-grid">
          <AreaColumnSelect table={table} value={over.areaColumn} onChange={onAreaColumn} />
        </div>
      ) : null}
      {table && detection ? (
        <form
          className="import-form"
          onSubmit={(e) => {
            e.preventDefault();
            confirm();
          }}
        >
          <JoinSettings
            table={table}
            detection={detection}
            options={options}
            over={over}
            setOver={setOver}
            periodInput={periodInput}
            filePeriod={filePeriod}
            setPeriodInput={setPeriodInput}
            onAreaColumn={onAreaColumn}
          />
          {!refReady ? (
            <p role="status">
              {LEVEL_LABELS[detection.level].many} laden…{loadError ? ` ${loadError}` : ''}
            </p>
          ) : null}
          {report ? (
            <ValueColumns
              table={table}
              columns={detection.valueColumns}
              report={report}
              choiceOf={choiceOf}
              onChange={(j, c) => setChoices({ ...choices, [j]: c })}
            />
          ) : null}
          <ConfirmActions
            replaced={replaced}
            problems={report ? problems : []}
            ready={report !== null && reportCurrent}
            close={close}
          />
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
