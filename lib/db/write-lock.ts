import "server-only";
import { databaseKind } from "../env";
import { LockTimeoutError, withAdvisoryLock } from "./advisory-lock";

/** How long an edit waits for another writer (an import, an edit on another instance). */
export const WRITE_WAIT_MS = 5000;

/**
 * One writer at a time. In this process, edits queue behind each other instead of racing (on
 * SQLite a busy error at COMMIT can break the adapter's later transactions, Prisma issue #29933).
 * Across processes: on SQLite, SQLite's own write lock (an import holds it; collisions end as
 * BusyError after the busy timeout); on PostgreSQL, the advisory lock every writer takes (edits on
 * every instance and imports), waited for WRITE_WAIT_MS. Nothing is half-written either way.
 */
let queue: Promise<unknown> = Promise.resolve();

export function withWriteLock<T>(work: () => Promise<T>): Promise<T> {
  const locked = databaseKind() === "postgresql" ? () => withAdvisoryLock("writes", WRITE_WAIT_MS, work).catch(busyOnTimeout) : work;
  const run = queue.then(locked, locked);
  queue = run.catch(() => undefined);
  return run;
}

const busyOnTimeout = (error: unknown): never => {
  throw error instanceof LockTimeoutError ? new BusyError() : error;
};

export class BusyError extends Error {
  constructor() {
    super("The glossary is busy: another import or edit is writing to it. Nothing was saved; try again in a moment.");
  }
}

/**
 * "Another writer holds the lock", however it arrives: SQLite's "database is locked" from
 * better-sqlite3 directly or through the Prisma adapter (a timed-out operation, P1008), or
 * PostgreSQL's lock timeout, deadlock or serialization failure (55P03, 40P01, 40001).
 */
export const isBusy = (error: unknown) =>
  error instanceof BusyError ||
  (error instanceof Error &&
    /SQLITE_BUSY|database is locked|P1008|SocketTimeout|\b55P03\b|\b40P01\b|\b40001\b|lock timeout|deadlock detected|could not serialize/i.test(
      `${error.message} ${String((error as { code?: unknown }).code ?? "")} ${String((error as { cause?: { code?: unknown } }).cause?.code ?? "")}`,
    ));
