import pg from "pg";
import { databaseUrl } from "../env";

/**
 * PostgreSQL's own locks for what must run one at a time across processes and machines (writes,
 * migrations). A lock is held by a connection of its own, outside Prisma's pool: a process that
 * dies drops its connection, and the server releases the lock with it (no stale lock to clean up).
 */
export const advisoryLocks = {
  /** Migrations: instances starting together apply them once. */
  migrate: 7_340_001,
  /** Writes of the glossary and the articles (edits and imports): one at a time. */
  writes: 7_340_002,
} as const;

export class LockTimeoutError extends Error {}

/**
 * Runs `work` holding the advisory lock, waiting for it at most `waitMs` (then LockTimeoutError,
 * and `work` does not run).
 */
export async function withAdvisoryLock<T>(lock: keyof typeof advisoryLocks, waitMs: number, work: () => Promise<T>, url = databaseUrl()): Promise<T> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 5000 });
  client.on("error", () => {}); // a connection lost while working ends in the query's own error
  await client.connect();
  try {
    await client.query(`SET lock_timeout = ${Math.max(1, Math.round(waitMs))}`);
    try {
      await client.query("SELECT pg_advisory_lock($1)", [advisoryLocks[lock]]);
    } catch (error) {
      if ((error as { code?: string }).code === "55P03") throw new LockTimeoutError(`waited ${Math.round(waitMs / 1000)} s for the ${lock} lock`);
      throw error;
    }
    try {
      return await work();
    } finally {
      await client.query("SELECT pg_advisory_unlock($1)", [advisoryLocks[lock]]).catch(() => {});
    }
  } finally {
    await client.end().catch(() => {});
  }
}
