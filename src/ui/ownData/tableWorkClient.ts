// The page's side of the table import worker: one worker per import dialog, requests answered as
// promises, progress to a callback. Where a worker cannot start, the same work runs on the page.
import type { DetectResult } from '../../atlas/tableDetect';
import type { JoinOptions, JoinReport } from '../../atlas/tableJoin';
import type { AreaReference } from '../../atlas/tableKeys';
import type { RowError } from '../../atlas/tableParse';
import {
  tableWork,
  unpackReport,
  type TableHead,
  type WorkProgress,
  type WorkReply,
  type WorkRequest,
} from './tableWork';

export interface TableWorkClient {
  read(file: Blob): Promise<{ head: TableHead; problem?: undefined } | { problem: RowError; head?: undefined }>;
  detect(refs: AreaReference[], forcedArea?: number): Promise<DetectResult>;
  join(options: JoinOptions, refs: AreaReference[]): Promise<JoinReport>;
  close(): void;
}

type Pending = { resolve: (reply: WorkReply) => void; reject: (error: Error) => void };
type Without<T> = T extends unknown ? Omit<T, 'id'> : never;

export function startTableWork(onProgress: (progress: WorkProgress | null) => void): TableWorkClient {
  const pending = new Map<number, Pending>();
  let next = 0;
  const answer = (reply: WorkReply) => {
    const p = pending.get(reply.id);
    if (!p) return;
    if (reply.kind === 'progress') return onProgress(reply.progress);
    pending.delete(reply.id);
    if (pending.size === 0) onProgress(null);
    if (reply.kind === 'failed') p.reject(new Error(reply.message));
    else p.resolve(reply);
  };
  let worker: Worker | null = null;
  try {
    worker = new Worker(new URL('./tableWorker.ts', import.meta.url), { type: 'module' });
    worker.onmessage = (event: MessageEvent<WorkReply>) => answer(event.data);
    worker.onerror = (event) => {
      event.preventDefault();
      for (const p of pending.values()) p.reject(new Error(event.message || 'de leesfunctie stopte onverwacht'));
      pending.clear();
      onProgress(null);
    };
  } catch {
    worker = null;
  }
  const here = worker ? null : tableWork(answer);
  const call = (request: Without<WorkRequest>) =>
    new Promise<WorkReply>((resolve, reject) => {
      const id = ++next;
      pending.set(id, { resolve, reject });
      const full = { ...request, id };
      if (worker) worker.postMessage(full);
      // On the page: after this turn, so the dialog can show its bar first.
      else setTimeout(() => void here?.(full), 0);
    });
  return {
    read: async (file) => {
      const r = await call({ kind: 'read', file });
      if (r.kind !== 'read') throw new Error('onverwacht antwoord');
      return r.problem ? { problem: r.problem } : { head: r.head };
    },
    detect: async (refs, forcedArea) => {
      const r = await call({ kind: 'detect', refs, forcedArea });
      if (r.kind !== 'detect') throw new Error('onverwacht antwoord');
      return r.result;
    },
    join: async (options, refs) => {
      const r = await call({ kind: 'join', options, refs });
      if (r.kind !== 'join') throw new Error('onverwacht antwoord');
      return unpackReport(r.report);
    },
    close: () => {
      worker?.terminate();
      pending.clear();
    },
  };
}
