import "server-only";

/**
 * One writer at a time in this process: edits queue behind each other instead of racing for
 * SQLite's write lock (a busy error at COMMIT can break the adapter's later transactions, Prisma
 * issue #29933). Another process (an import) still holds SQLite's own lock; those collisions end
 * as BusyError after the busy timeout, and nothing is half-written.
 */
let queue: Promise<unknown> = Promise.resolve();

export function withWriteLock<T>(work: () => Promise<T>): Promise<T> {
  const run = queue.then(work, work);
  queue = run.catch(() => undefined);
  return run;
}

export class BusyError extends Error {
  constructor() {
    super("The glossary is busy: another import or edit is writing to it. Nothing was saved; try again in a moment.");
  }
}

/**
 * SQLite's "database is locked", however it arrives: from better-sqlite3 directly, or through the
 * Prisma adapter, which reports it as a timed-out operation (P1008, SocketTimeout).
 */
export const isBusy = (error: unknown) =>
  error instanceof BusyError ||
  (error instanceof Error && /SQLITE_BUSY|database is locked|P1008|SocketTimeout/i.test(`${error.message} ${String((error as { code?: unknown }).code ?? "")}`));
