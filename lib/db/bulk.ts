import "server-only";
import type Database from "better-sqlite3";
import { transactionConnection } from "./client";

/**
 * Bulk writes for imports of thousands of terms, inside the transaction the caller holds open
 * (db().$transaction): prepared statements run on that transaction's own connection, prepared once
 * and reused, ROWS rows a statement. Through Prisma each call costs a conversion of every value
 * (serialised, parsed, mapped) and SQLite a new parse of a statement of thousands of placeholders;
 * here a row costs SQLite's insert alone. Table and column names come from this code only; every
 * value is bound.
 */

/** Rows one prepared multi-row statement inserts (the rest of a list goes one row at a time). */
const ROWS = 64;

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

/** Inserts rows given as value lists, in the columns' order. */
export function insertValues(table: string, columns: readonly string[], rows: readonly (readonly Value[])[]): void {
  const connection = transactionConnection();
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
export function insertRows<T extends object>(table: string, columns: readonly (keyof T & string)[], rows: readonly T[]): void {
  insertValues(
    table,
    columns,
    rows.map((row) => columns.map((c) => (row[c] ?? null) as Value)),
  );
}

/** Inserts one row; returns its id. */
export function insertRow(table: string, columns: readonly string[], values: readonly Value[]): number {
  return Number(prepared(transactionConnection(), insertSql(table, columns, 1)).run(values).lastInsertRowid);
}

/** Runs a query for many keys a few hundred at a time (Prisma bounds the values one query binds). */
export async function inChunks<K, R>(keys: readonly K[], each: (chunk: K[]) => Promise<R[]>, size = 500): Promise<R[]> {
  const out: R[] = [];
  for (let i = 0; i < keys.length; i += size) out.push(...(await each(keys.slice(i, i + size))));
  return out;
}
