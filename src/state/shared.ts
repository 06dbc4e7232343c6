// Loads that run once at a time per key: concurrent callers share the request in flight.
const pending = new Map<string, Promise<void>>();

export function shared(key: string, start: () => Promise<void>): Promise<void> {
  const existing = pending.get(key);
  if (existing) return existing;
  const promise = start().finally(() => pending.delete(key));
  pending.set(key, promise);
  return promise;
}

/** An error's message for a notice or a load error. */
export const message = (error: unknown) => (error instanceof Error ? error.message : String(error));
