import fs from "node:fs";
import path from "node:path";
import { openDatabase } from "./migrate";

/**
 * A consistent copy of the database while the app keeps running: SQLite's online backup API copies
 * a snapshot page by page (WAL readers and writers go on), then the copy is checked with
 * PRAGMA integrity_check before it is called a backup.
 */
export async function backupDatabase(source: string, target: string): Promise<{ pages: number; tables: Record<string, number> }> {
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
    return { pages, tables };
  } finally {
    copy.close();
    fs.rmSync(partial, { force: true });
  }
}
