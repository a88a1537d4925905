/**
 * npm run db:backup [-- --out FILE]
 *
 * Copies the database while the app runs (SQLite's online backup), checks the copy, and prints what
 * it holds. Restore by stopping the app and putting the file at DATABASE_URL's path.
 */
import path from "node:path";
import { parseArgs } from "node:util";
import { databasePath } from "../lib/env";
import { backupDatabase } from "../lib/db/backup";

const { values } = parseArgs({ options: { out: { type: "string" } } });
const stamp = new Date().toISOString().replace(/[-:]/g, "").replace(/\..*/, "").replace("T", "-");
try {
  const source = databasePath();
  const target = path.resolve(values.out ?? path.join(path.dirname(source), "backups", `tarjuma-${stamp}.db`));
  const { pages, tables } = await backupDatabase(source, target);
  console.log(`Backed up ${source} to ${target} (${pages} pages, integrity ok): ${tables.Term ?? 0} terms, ${tables.Edition ?? 0} article editions, ${tables.Revision ?? 0} revisions.`);
} catch (error) {
  console.error(`Backup failed: ${(error as Error).message}`);
  process.exitCode = 1;
}
