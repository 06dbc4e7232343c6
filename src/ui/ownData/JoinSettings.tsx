// The "Koppeling" part of the import dialog: the area column, the indeling, the period, the values
// kept of other dimensions, the figures' period as text, and the decimal sign with why it was chosen.
import { useId } from 'react';
import { LEVEL_LABELS, LEVEL_YEARS } from '../../atlas/geography';
import type { Decimal } from '../../atlas/numberCells';
import type { Detection } from '../../atlas/tableDetect';
import type { JoinOptions } from '../../atlas/tableJoin';
import { periodLabel } from '../../atlas/tableKeys';
import type { TableHead } from './tableWork';
import type { ImportOverrides } from './useImportedTable';

function DimensionSelect({
  header,
  values,
  value,
  onChange,
}: {
  header: string;
  values: string[];
  value: string;
  onChange: (v: string) => void;
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

export function AreaColumnSelect({
  table,
  value,
  onChange,
}: {
  table: TableHead;
  value: number;
  onChange: (column: number) => void;
}) {
  return (
    <>
      <label htmlFor="imp-area">Gebiedskolom</label>
      <select id="imp-area" value={value} onChange={(e) => onChange(Number(e.target.value))}>
        {table.header.map((h, j) => (
          <option key={j} value={j}>
            {h}
          </option>
        ))}
      </select>
    </>
  );
}

const DELIMITER_TEXT: Record<string, string> = { ';': ', gescheiden door ;', ',': ', gescheiden door ,' };

export interface JoinSettingsProps {
  table: TableHead;
  detection: Detection;
  options: JoinOptions | null;
  over: ImportOverrides;
  setOver: (over: ImportOverrides) => void;
  /** The figures' period as the user typed it (null: the file's). */
  periodInput: string | null;
  filePeriod: string | null;
  setPeriodInput: (text: string | null) => void;
  /** A new area column: the column choices start over. */
  onAreaColumn: (column: number) => void;
}

export function JoinSettings(props: JoinSettingsProps) {
  const { table, detection, options, over, setOver } = props;
  const many = LEVEL_LABELS[detection.level].many;
  return (
    <fieldset>
      <legend>Koppeling</legend>
      <div className="import-grid">
        <AreaColumnSelect table={table} value={detection.areaColumn} onChange={props.onAreaColumn} />
        <span>Gebieden</span>
        <span>
          {detection.areaKind === 'code' ? 'codes van' : 'namen van'} {many}
          {DELIMITER_TEXT[table.delimiter] ?? ', gescheiden door tabs'}
        </span>
        <label htmlFor="imp-year">Indeling</label>
        <select
          id="imp-year"
          value={options?.year ?? ''}
          onChange={(e) => setOver({ ...over, year: Number(e.target.value) })}
        >
          {LEVEL_YEARS[detection.level].map((y) => (
            <option key={y} value={y}>
              {many} {y}
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
                props.setPeriodInput(null);
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
            onChange={(v) => setOver({ ...over, kept: { ...over.kept, [d.column]: v } })}
          />
        ))}
        <label htmlFor="imp-when">Jaar of periode van de cijfers</label>
        <input
          id="imp-when"
          type="text"
          value={props.periodInput ?? props.filePeriod ?? ''}
          maxLength={40}
          placeholder="bijv. 2022"
          onChange={(e) => props.setPeriodInput(e.target.value)}
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
        {options?.columnDecimals ? columnDecimalText(table.header, options.columnDecimals, detection.decimal) : ''}
      </p>
    </fieldset>
  );
}

/** The columns whose own cells show another decimal sign than the file's: " Kolom "x": punt." */
function columnDecimalText(header: string[], perColumn: Record<number, Decimal>, file: Decimal): string {
  const other = Object.entries(perColumn).filter(([, d]) => d !== file);
  return other.map(([j, d]) => ` Kolom "${header[Number(j)]}": ${d}.`).join('');
}
