import "server-only";
import { Prisma } from "./generated/client";
import type { Tx } from "./write";

/**
 * Bulk writes for imports of thousands of terms: one parameterised multi-row INSERT per few
 * thousand rows, where Prisma's createMany costs a round through its query compiler per call and
 * much more per row. Plain SQL that SQLite and PostgreSQL both run; Prisma binds the values (and
 * writes the placeholders each database wants); table and column names come from this code only.
 */

/** Values one statement binds at most (SQLite allows 32,766, PostgreSQL 65,535). */
const MAX_PARAMETERS = 30_000;

export async function insertRows<T extends object>(tx: Tx, table: string, columns: readonly (keyof T & string)[], rows: readonly T[]): Promise<void> {
  const per = Math.max(1, Math.floor(MAX_PARAMETERS / columns.length));
  for (let i = 0; i < rows.length; i += per) {
    const chunk = rows.slice(i, i + per);
    // one Sql of literal strings between bound values: INSERT … VALUES (?, ?), (?, ?)
    const strings: string[] = [];
    const values: unknown[] = [];
    let text = `INSERT INTO "${table}" (${columns.map((c) => `"${c}"`).join(", ")}) VALUES (`;
    chunk.forEach((row, r) =>
      columns.forEach((column, c) => {
        strings.push(text);
        values.push(row[column] ?? null);
        text = c < columns.length - 1 ? ", " : r < chunk.length - 1 ? "), (" : ")";
      }),
    );
    strings.push(text);
    await tx.$executeRaw(new Prisma.Sql(strings, values as Prisma.Sql["values"]));
  }
}

/** Runs a query for many keys a few hundred at a time (Prisma bounds the values one query binds). */
export async function inChunks<K, R>(keys: readonly K[], each: (chunk: K[]) => Promise<R[]>, size = 500): Promise<R[]> {
  const out: R[] = [];
  for (let i = 0; i < keys.length; i += size) out.push(...(await each(keys.slice(i, i + size))));
  return out;
}
