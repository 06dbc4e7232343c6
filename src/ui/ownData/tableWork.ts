// The heavy part of an own table's import: reading the file, parsing its records, detecting its
// columns and joining them to the areas. It runs in a Web Worker (tableWorker.ts), so a 20 MB file
// never freezes the page, and tells its progress; without workers the same code runs on the page.
// The parsed records stay here: the page gets the header and the join's results only.
import { decodeBytes } from '../../atlas/decode';
import { tooLarge } from '../../atlas/format';
import { detectColumns, type DetectResult } from '../../atlas/tableDetect';
import { joinTable, type ColumnValues, type JoinOptions, type JoinReport } from '../../atlas/tableJoin';
import type { AreaReference } from '../../atlas/tableKeys';
import { MAX_TABLE_BYTES } from '../../atlas/tableLimits';
import { parseTable, wholeFile, type ParsedTable, type RowError } from '../../atlas/tableParse';

/** What the page shows of a parsed table: everything but its records. */
export type TableHead = Omit<ParsedTable, 'rows'> & { rowCount: number };

export type WorkStage = 'lezen' | 'ontleden' | 'herkennen' | 'koppelen';
/** `share` is the part done (0–1), or null when the stage cannot tell. */
export interface WorkProgress {
  stage: WorkStage;
  share: number | null;
}

/** A column's values as typed arrays along the report's matched codes: sent without copying, where
 *  a Map of every area per column took the page a second to receive for a 120-column file. */
type PackedColumn = Omit<ColumnValues, 'values'> & { packed: { values: Float64Array; kinds: Uint8Array } };
export type PackedReport = Omit<JoinReport, 'columns'> & { columns: PackedColumn[] };

const ABSENT = 0;
const NUMBER = 1;
const SECRET = 2;

export function packReport(report: JoinReport): { packed: PackedReport; buffers: ArrayBuffer[] } {
  const buffers: ArrayBuffer[] = [];
  const columns = report.columns.map(({ values: map, ...rest }) => {
    const values = new Float64Array(report.matched.length);
    const kinds = new Uint8Array(report.matched.length);
    report.matched.forEach((code, i) => {
      const v = map.get(code);
      kinds[i] = v === undefined ? ABSENT : v === null ? SECRET : NUMBER;
      values[i] = v ?? 0;
    });
    buffers.push(values.buffer, kinds.buffer);
    return { ...rest, packed: { values, kinds } };
  });
  return { packed: { ...report, columns }, buffers };
}

/** The report again, each column's Map made when it is first read (only the columns imported). */
export function unpackReport(packed: PackedReport): JoinReport {
  const columns = packed.columns.map(({ packed: { values, kinds }, ...rest }) => {
    let map: Map<string, number | null> | null = null;
    const column = { ...rest } as ColumnValues;
    Object.defineProperty(column, 'values', {
      enumerable: true,
      get: () =>
        (map ??= new Map(
          packed.matched.flatMap((code, i) =>
            kinds[i] === ABSENT ? [] : [[code, kinds[i] === SECRET ? null : values[i]] as const],
          ),
        )),
    });
    return column;
  });
  return { ...packed, columns };
}

export type WorkRequest =
  | { kind: 'read'; id: number; file: Blob }
  | { kind: 'detect'; id: number; refs: AreaReference[]; forcedArea?: number }
  | { kind: 'join'; id: number; options: JoinOptions; refs: AreaReference[] };

export type WorkReply =
  | { kind: 'progress'; id: number; progress: WorkProgress }
  | { kind: 'read'; id: number; head: TableHead; problem?: undefined }
  | { kind: 'read'; id: number; problem: RowError; head?: undefined }
  | { kind: 'detect'; id: number; result: DetectResult }
  | { kind: 'join'; id: number; report: PackedReport }
  | { kind: 'failed'; id: number; message: string };

/** The file's bytes, telling the share read after each piece of the stream. */
async function bytesOf(file: Blob, told: (share: number) => void): Promise<Uint8Array> {
  const bytes = new Uint8Array(file.size);
  const reader = file.stream().getReader();
  let at = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    bytes.set(value.subarray(0, Math.max(0, bytes.length - at)), at);
    at += value.length;
    told(file.size > 0 ? Math.min(1, at / file.size) : 1);
  }
  return bytes.subarray(0, Math.min(at, bytes.length));
}

/** Progress at most every 50 ms: a message per chunk would cost more than it tells. */
function throttled(post: (p: WorkProgress) => void): (p: WorkProgress) => void {
  let last = 0;
  return (p) => {
    const now = Date.now();
    if (p.share !== null && p.share < 1 && now - last < 50) return;
    last = now;
    post(p);
  };
}

/** A handler of requests that keeps one parsed table between them and answers through `post`
 *  (with the buffers it may hand over rather than copy). */
export function tableWork(
  post: (reply: WorkReply, transfer?: ArrayBuffer[]) => void,
): (request: WorkRequest) => Promise<void> {
  let table: ParsedTable | null = null;
  return async (request) => {
    const { id } = request;
    const tell = throttled((progress) => post({ kind: 'progress', id, progress }));
    try {
      if (request.kind === 'read') {
        table = null;
        const refused = tooLarge(request.file.size, MAX_TABLE_BYTES);
        if (refused) return post({ kind: 'read', id, problem: wholeFile(refused) });
        const bytes = await bytesOf(request.file, (share) => tell({ stage: 'lezen', share }));
        const parsed = parseTable(decodeBytes(bytes), (share) => tell({ stage: 'ontleden', share }));
        if (parsed.error) return post({ kind: 'read', id, problem: parsed.error });
        table = parsed.table;
        const { rows, ...head } = parsed.table;
        return post({ kind: 'read', id, head: { ...head, rowCount: rows.length } });
      }
      if (!table) return post({ kind: 'failed', id, message: 'er is nog geen bestand gelezen' });
      if (request.kind === 'detect') {
        tell({ stage: 'herkennen', share: null });
        return post({ kind: 'detect', id, result: detectColumns(table, request.refs, request.forcedArea) });
      }
      tell({ stage: 'koppelen', share: null });
      const { packed, buffers } = packReport(joinTable(table, request.options, request.refs));
      return post({ kind: 'join', id, report: packed }, buffers);
    } catch (error) {
      post({ kind: 'failed', id, message: error instanceof Error ? error.message : String(error) });
    }
  };
}
