import { randomBytes } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { databaseKind, databasePath, databaseUrl } from "../env";
import { openDatabase } from "./migrate";
import { countRows, createDatabase, dropDatabase, runTool, siblingUrl, withClient } from "./postgres-tools";

export interface BackupReport {
  /** What the copy is and how it was checked, for the command's message. */
  checked: string;
  /** Rows per table in the copy. */
  tables: Record<string, number>;
}

/** The file name a backup gets when none is asked for (beside a SQLite file; in data/backups for PostgreSQL). */
export function defaultBackupFile(stamp: string): string {
  return databaseKind() === "postgresql"
    ? path.resolve("data", "backups", `tarjuma-${stamp}.dump`)
    : path.join(path.dirname(databasePath()), "backups", `tarjuma-${stamp}.db`);
}

/** A consistent, checked copy of the database DATABASE_URL names while the app keeps running. */
export function backupDatabase(target: string): Promise<BackupReport> {
  return databaseKind() === "postgresql" ? backupPostgres(databaseUrl(), target) : backupSqlite(databasePath(), target);
}

/**
 * SQLite's online backup API copies a snapshot page by page (WAL readers and writers go on), then
 * the copy is checked with PRAGMA integrity_check before it is called a backup.
 */
export async function backupSqlite(source: string, target: string): Promise<BackupReport> {
  if (!fs.existsSync(source)) throw new Error(`there is no database at ${source}`);
  fs.mkdirSync(path.dirname(target), { recursive: true });
  const partial = `${target}.partial`;
  const live = openDatabase(source, { readonly: true });
  let pages = 0;
  try {
    const result = await live.backup(partial);
    pages = result.totalPages;
  } finally {
    live.close();
  }
  const copy = openDatabase(partial, { readonly: true });
  try {
    const check = copy.pragma("integrity_check", { simple: true });
    if (check !== "ok") throw new Error(`the copy failed its integrity check: ${String(check)}`);
    const tables = Object.fromEntries(
      (copy.prepare(`SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name`).all() as { name: string }[]).map(({ name }) => [
        name,
        (copy.prepare(`SELECT count(*) AS n FROM "${name}"`).get() as { n: number }).n,
      ]),
    );
    fs.renameSync(partial, target);
    return { checked: `${pages} pages, integrity ok`, tables };
  } finally {
    copy.close();
    fs.rmSync(partial, { force: true });
  }
}

/**
 * pg_dump (custom format) of one snapshot: a repeatable-read transaction exports its snapshot and
 * counts every table in it, pg_dump dumps exactly that snapshot, and the dump is then restored with
 * pg_restore into a scratch database beside the live one, whose counts must be the same. Only then
 * is the file called a backup; the scratch database is dropped either way.
 */
export async function backupPostgres(url: string, target: string): Promise<BackupReport> {
  fs.mkdirSync(path.dirname(target), { recursive: true });
  const partial = `${target}.partial`;
  try {
    const expected = await withClient(url, async (client) => {
      await client.query("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY");
      const snapshot = (await client.query<{ id: string }>("SELECT pg_export_snapshot() AS id")).rows[0]!.id;
      const counts = await countRows(client);
      await runTool("pg_dump", url, ["--format=custom", "--no-owner", "--no-privileges", `--snapshot=${snapshot}`, `--file=${partial}`]);
      await client.query("COMMIT");
      return counts;
    });
    const scratch = `tarjuma_backup_check_${randomBytes(4).toString("hex")}`;
    let restored: Record<string, number>;
    try {
      await createDatabase(url, scratch);
      await runTool("pg_restore", siblingUrl(url, scratch), ["--exit-on-error", "--no-owner", "--no-privileges", partial]);
      restored = await withClient(siblingUrl(url, scratch), countRows);
    } finally {
      await dropDatabase(url, scratch).catch(() => {});
    }
    if (JSON.stringify(restored) !== JSON.stringify(expected)) {
      throw new Error(`the dump, restored into a scratch database, does not hold the same rows (${JSON.stringify(restored)} against ${JSON.stringify(expected)})`);
    }
    fs.renameSync(partial, target);
    return { checked: "pg_dump custom format, restored into a scratch database with the same rows", tables: restored };
  } finally {
    fs.rmSync(partial, { force: true });
  }
}
