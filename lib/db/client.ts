import "server-only";
import { PrismaBetterSqlite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";
import Database from "better-sqlite3";
import { PrismaClient } from "./generated/client";
import { PrismaClient as PostgresPrismaClient } from "./generated-postgres/client";
import { databaseKind, databaseUrl } from "../env";

/**
 * Prisma's SQLite adapter, keeping the better-sqlite3 connection it opens: bulk writes (lib/db/bulk.ts)
 * run prepared statements on it, inside the transaction Prisma holds open on that same connection.
 * The connection is the adapter's `client` field (@prisma/adapter-better-sqlite3 7.10, not part of
 * its declared API): checked here, so that an adapter without it fails loudly at connect.
 */
class SqliteAdapter extends PrismaBetterSqlite3 {
  connection: Database.Database | null = null;

  override async connect() {
    const adapter = await super.connect();
    const connection = (adapter as unknown as { client?: unknown }).client;
    if (!(connection instanceof Database)) throw new Error("@prisma/adapter-better-sqlite3 no longer exposes its connection: lib/db/bulk.ts needs it");
    this.connection = connection;
    return adapter;
  }
}

/**
 * The app's database client. Both generated clients come from the same models (schema.prisma and
 * its generated twin schema.postgres.prisma), so they have one query API; the SQLite client's type
 * names it for the whole data layer.
 */
export type Db = PrismaClient;

const cache = globalThis as unknown as { tarjumaDb?: { url: string; client: Db; adapter: SqliteAdapter | null } };

/** How many connections one process keeps to PostgreSQL (several processes share the server's limit). */
const POOL_SIZE = Number(process.env.DATABASE_POOL_SIZE ?? 10);

/**
 * PostgreSQL through a pool that fails fast while the server is away (a request answers 503 in a
 * few seconds instead of hanging) and survives its restart: connections the server closed are
 * dropped from the pool (logged, never thrown at the process) and the next query opens new ones.
 * The adapter owns the pool and ends it with $disconnect().
 */
const postgresAdapter = (url: string) =>
  new PrismaPg(
    { connectionString: url, max: POOL_SIZE, connectionTimeoutMillis: 5000, idleTimeoutMillis: 30_000 },
    { onPoolError: (error) => console.warn(`PostgreSQL connection lost (${error.message}); the next query reconnects.`) },
  );

/**
 * Prisma 7.10's query engine reads a query's relations (an article's editions and their blocks, a
 * label's term) with several statements sent at once; inside a transaction they all go to its one
 * connection, where pg 8 queues them (they run one after the other, correctly) and prints a
 * deprecation warning that pg 9 will stop queueing. The warning is about Prisma's code, not ours,
 * and would end up on the stderr of every command-line import and in the server's log: that one
 * warning is dropped (pg is pinned to 8.x; moving to pg 9 needs a Prisma that sends them in turn).
 * Every other warning is printed as before.
 */
const pgQueueWarning = "Calling client.query() when the client is already executing a query";
let pgQueueWarningDropped = false;
function dropPgQueueWarning() {
  if (pgQueueWarningDropped) return;
  pgQueueWarningDropped = true;
  const emit = process.emitWarning.bind(process) as (...args: unknown[]) => void;
  process.emitWarning = ((warning: string | Error, ...rest: unknown[]) => {
    if ((typeof warning === "string" ? warning : warning.message).startsWith(pgQueueWarning)) return;
    emit(warning, ...rest);
  }) as typeof process.emitWarning;
}

/** A client for the database a URL names, with that database's driver adapter (the SQLite one kept, for bulk writes). */
function open(url: string): { client: Db; adapter: SqliteAdapter | null } {
  if (databaseKind({ DATABASE_URL: url }) === "postgresql") {
    dropPgQueueWarning();
    // the same query API (one set of models); the types differ only in the transaction isolation
    // levels each database offers (SQLite has just Serializable), which the app does not choose
    return { client: new PostgresPrismaClient({ adapter: postgresAdapter(url) }) as unknown as Db, adapter: null };
  }
  // busy_timeout: a reader waits up to 5 s for a writer instead of failing with "database is locked".
  // fileMustExist: a database file that went missing is an error ("unavailable"), never a new empty file.
  const adapter = new SqliteAdapter({ url, timeout: 5000, fileMustExist: true });
  return { client: new PrismaClient({ adapter }), adapter };
}

/** A client for the database a URL names, with that database's driver adapter. */
export const openClient = (url: string): Db => open(url).client;

/** The one Prisma client of the process (created on first use, for the current DATABASE_URL). */
export function db(): Db {
  const url = databaseUrl();
  if (cache.tarjumaDb?.url !== url) {
    void cache.tarjumaDb?.client.$disconnect();
    cache.tarjumaDb = { url, ...open(url) };
  }
  return cache.tarjumaDb.client;
}

/**
 * The SQLite connection of the process's client, while a transaction is open on it (for bulk writes
 * in that transaction: lib/db/bulk.ts); null when the process's database is PostgreSQL (bulk writes
 * go through the transaction's client there); throws otherwise, so that nothing is ever written
 * outside a transaction.
 */
export function transactionConnection(): Database.Database | null {
  if (cache.tarjumaDb && !cache.tarjumaDb.adapter) return null;
  const connection = cache.tarjumaDb?.adapter?.connection;
  if (!connection?.open || !connection.inTransaction) throw new Error("bulk writes run inside a transaction of the client (db().$transaction)");
  return connection;
}

/** Everything an error says about its cause: message, code, the driver's cause and Prisma's meta. */
const errorText = (error: Error) =>
  `${error.message} ${String((error as { code?: unknown }).code ?? "")} ${String((error as { cause?: { message?: unknown } }).cause?.message ?? "")} ${String((error as { cause?: { code?: unknown } }).cause?.code ?? "")} ${JSON.stringify((error as { meta?: unknown }).meta ?? "")}`;

/** SQLite: the file is missing, unreadable, read-only or not migrated. */
const sqliteUnavailable = /SQLITE_CANTOPEN|SQLITE_READONLY|SQLITE_IOERR|SQLITE_NOTADB|unable to open|readonly database|no such table|directory does not exist|ENOENT|EACCES/i;
/**
 * PostgreSQL: the server cannot be reached, is starting or shutting down, closed the connection,
 * refuses more clients, is read-only, or the schema is not migrated (SQLSTATE classes 08 and 57P,
 * 53300, 25006, 42P01; Prisma's P1001/P1002/P1017; the driver adapter's own kinds).
 */
const postgresUnavailable =
  /ECONNREFUSED|ECONNRESET|ETIMEDOUT|ENOTFOUND|EAI_AGAIN|EHOSTUNREACH|\b08(000|001|003|004|006)\b|\b57P0[1-3]\b|\b53300\b|\b25006\b|\b42P01\b|P1001|P1002|P1017|DatabaseNotReachable|ConnectionClosed|TooManyConnections|Connection terminated|connection timeout|timeout exceeded when trying to connect|Can't reach database server|the database system is (starting up|shutting down|in recovery mode)|terminating connection|read-only transaction|(relation|database) "[^"]*" does not exist/i;

/**
 * Whether an error means the database cannot be used right now, as opposed to a bug: callers
 * answer 503 and recover when it is back.
 */
export const isUnavailable = (error: unknown): boolean => error instanceof Error && (sqliteUnavailable.test(errorText(error)) || postgresUnavailable.test(errorText(error)));

/** Whether the database refused a write because it is read-only (one kind of unavailable). */
export const isReadOnly = (error: unknown): boolean => error instanceof Error && /SQLITE_READONLY|readonly database|\b25006\b|read-only transaction/i.test(errorText(error));

/** Drops the process's client after the database was unavailable, so the next request connects anew. */
export function forgetDb() {
  const stale = cache.tarjumaDb;
  cache.tarjumaDb = undefined;
  void stale?.client.$disconnect().catch(() => {});
}
