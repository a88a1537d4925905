import "server-only";
import type Database from "better-sqlite3";
import { transactionConnection } from "./client";
import type { Tx } from "./write";

/**
 * Bulk writes for imports of thousands of terms, inside the transaction the caller holds open
 * (db().$transaction): prepared statements run on that transaction's own connection, prepared once
 * and reused, ROWS rows a statement. Through Prisma each call costs a conversion of every value
 * (serialised, parsed, mapped) and SQLite a new parse of a statement of thousands of placeholders;
 * here a row costs SQLite's insert alone. On PostgreSQL (no such connection: the transaction lives
 * in the adapter's pool) the same statements, with numbered placeholders and up to PG_VALUES values
 * each, run through the transaction's client. Table and column names come from this code only;
 * every value is bound.
 */

/** Rows one prepared multi-row statement inserts (the rest of a list goes one row at a time). */
const ROWS = 64;

/** Values one statement binds on PostgreSQL (its protocol allows 65,535). */
const PG_VALUES = 30_000;

export type Value = string | number | null;

const statements = new WeakMap<Database.Database, Map<string, Database.Statement>>();

function prepared(connection: Database.Database, sql: string): Database.Statement {
  let cache = statements.get(connection);
  if (!cache) statements.set(connection, (cache = new Map()));
  let statement = cache.get(sql);
  if (!statement) {
    // plain numbers, not BigInt (the adapter turns safe integers on for the connection)
    statement = connection.prepare(sql).safeIntegers(false);
    cache.set(sql, statement);
  }
  return statement;
}

const insertSql = (table: string, columns: readonly string[], rows: number) => {
  const row = `(${columns.map(() => "?").join(", ")})`;
  return `INSERT INTO "${table}" (${columns.map((c) => `"${c}"`).join(", ")}) VALUES ${Array.from({ length: rows }, () => row).join(", ")}`;
};

/** A multi-row INSERT with numbered placeholders ($1, $2, ...) for PostgreSQL. */
const pgInsertSql = (table: string, columns: readonly string[], rows: number) => {
  let n = 0;
  const values = Array.from({ length: rows }, () => `(${columns.map(() => `$${++n}`).join(", ")})`);
  return `INSERT INTO "${table}" (${columns.map((c) => `"${c}"`).join(", ")}) VALUES ${values.join(", ")}`;
};

/** Inserts rows given as value lists, in the columns' order. */
export async function insertValues(tx: Tx, table: string, columns: readonly string[], rows: readonly (readonly Value[])[]): Promise<void> {
  if (rows.length === 0) return;
  const connection = transactionConnection();
  if (!connection) {
    const size = Math.max(1, Math.floor(PG_VALUES / columns.length));
    for (let i = 0; i < rows.length; i += size) {
      const chunk = rows.slice(i, i + size);
      await tx.$executeRawUnsafe(pgInsertSql(table, columns, chunk.length), ...chunk.flat());
    }
    return;
  }
  const many = prepared(connection, insertSql(table, columns, ROWS));
  const one = prepared(connection, insertSql(table, columns, 1));
  const values: Value[] = [];
  let i = 0;
  for (; i + ROWS <= rows.length; i += ROWS) {
    values.length = 0;
    for (let r = i; r < i + ROWS; r++) for (const v of rows[r]!) values.push(v);
    many.run(values);
  }
  for (; i < rows.length; i++) one.run(rows[i]);
}

/** Inserts rows given as objects with the columns as fields (undefined is NULL). */
export async function insertRows<T extends object>(tx: Tx, table: string, columns: readonly (keyof T & string)[], rows: readonly T[]): Promise<void> {
  await insertValues(
    tx,
    table,
    columns,
    rows.map((row) => columns.map((c) => (row[c] ?? null) as Value)),
  );
}

/** Inserts one row; returns its id. */
export async function insertRow(tx: Tx, table: string, columns: readonly string[], values: readonly Value[]): Promise<number> {
  const connection = transactionConnection();
  if (!connection) {
    const [row] = await tx.$queryRawUnsafe<{ id: number }[]>(`${pgInsertSql(table, columns, 1)} RETURNING "id"`, ...values);
    return Number(row!.id);
  }
  return Number(prepared(connection, insertSql(table, columns, 1)).run(values).lastInsertRowid);
}

/** Runs a query for many keys a few hundred at a time (Prisma bounds the values one query binds). */
export async function inChunks<K, R>(keys: readonly K[], each: (chunk: K[]) => Promise<R[]>, size = 500): Promise<R[]> {
  const out: R[] = [];
  for (let i = 0; i < keys.length; i += size) out.push(...(await each(keys.slice(i, i + size))));
  return out;
}
