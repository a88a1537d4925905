import "server-only";
import { PrismaBetterSqlite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaClient } from "./generated/client";
import { databaseUrl } from "../env";

export type Db = PrismaClient;

const cache = globalThis as unknown as { tarjumaDb?: { url: string; client: PrismaClient } };

/**
 * The one Prisma client of the process (created on first use, for the current DATABASE_URL).
 * busy_timeout: a reader waits up to 5 s for a writer instead of failing with "database is locked".
 * fileMustExist: a database file that went missing is an error ("unavailable"), never a new empty file.
 */
export function db(): PrismaClient {
  const url = databaseUrl();
  if (cache.tarjumaDb?.url !== url) {
    void cache.tarjumaDb?.client.$disconnect();
    cache.tarjumaDb = { url, client: new PrismaClient({ adapter: new PrismaBetterSqlite3({ url, timeout: 5000, fileMustExist: true }) }) };
  }
  return cache.tarjumaDb.client;
}

/** Everything an error says about its cause: message, code, the driver's cause and Prisma's meta. */
const errorText = (error: Error) =>
  `${error.message} ${String((error as { code?: unknown }).code ?? "")} ${String((error as { cause?: { message?: unknown } }).cause?.message ?? "")} ${JSON.stringify((error as { meta?: unknown }).meta ?? "")}`;

/**
 * Whether an error means the database cannot be used right now (its file is missing, unreadable,
 * read-only or not migrated), as opposed to a bug: callers answer 503 and recover when it is back.
 */
export const isUnavailable = (error: unknown): boolean =>
  error instanceof Error &&
  /SQLITE_CANTOPEN|SQLITE_READONLY|SQLITE_IOERR|SQLITE_NOTADB|unable to open|readonly database|no such table|directory does not exist|ENOENT|EACCES/i.test(errorText(error));

/** Whether the database refused a write because its file is read-only (one kind of unavailable). */
export const isReadOnly = (error: unknown): boolean => error instanceof Error && /SQLITE_READONLY|readonly database/i.test(errorText(error));

/** Drops the process's client after the database was unavailable, so the next request connects anew. */
export function forgetDb() {
  const stale = cache.tarjumaDb;
  cache.tarjumaDb = undefined;
  void stale?.client.$disconnect().catch(() => {});
}
