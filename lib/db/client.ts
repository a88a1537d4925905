import "server-only";
import { PrismaBetterSqlite3 } from "@prisma/adapter-better-sqlite3";
import Database from "better-sqlite3";
import { PrismaClient } from "./generated/client";
import { databaseUrl } from "../env";

export type Db = PrismaClient;

/**
 * Prisma's adapter, keeping the better-sqlite3 connection it opens: bulk writes (lib/db/bulk.ts)
 * run prepared statements on it, inside the transaction Prisma holds open on that same connection.
 * The connection is the adapter's `client` field (@prisma/adapter-better-sqlite3 7.10, not part of
 * its declared API): checked here, so that an adapter without it fails loudly at connect.
 */
class Adapter extends PrismaBetterSqlite3 {
  connection: Database.Database | null = null;

  override async connect() {
    const adapter = await super.connect();
    const connection = (adapter as unknown as { client?: unknown }).client;
    if (!(connection instanceof Database)) throw new Error("@prisma/adapter-better-sqlite3 no longer exposes its connection: lib/db/bulk.ts needs it");
    this.connection = connection;
    return adapter;
  }
}

const cache = globalThis as unknown as { tarjumaDb?: { url: string; client: PrismaClient; adapter: Adapter } };

/**
 * The one Prisma client of the process (created on first use, for the current DATABASE_URL).
 * busy_timeout: a reader waits up to 5 s for a writer instead of failing with "database is locked".
 * fileMustExist: a database file that went missing is an error ("unavailable"), never a new empty file.
 */
export function db(): PrismaClient {
  const url = databaseUrl();
  if (cache.tarjumaDb?.url !== url) {
    void cache.tarjumaDb?.client.$disconnect();
    const adapter = new Adapter({ url, timeout: 5000, fileMustExist: true });
    cache.tarjumaDb = { url, client: new PrismaClient({ adapter }), adapter };
  }
  return cache.tarjumaDb.client;
}

/**
 * The connection of the process's client, while a transaction is open on it (for bulk writes in
 * that transaction: lib/db/bulk.ts); throws otherwise, so that nothing is ever written outside one.
 */
export function transactionConnection(): Database.Database {
  const connection = cache.tarjumaDb?.adapter.connection;
  if (!connection?.open || !connection.inTransaction) throw new Error("bulk writes run inside a transaction of the client (db().$transaction)");
  return connection;
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
