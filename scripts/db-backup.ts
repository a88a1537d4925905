/**
 * npm run db:backup [-- --out FILE]
 *
 * Copies the database while the app runs, checks the copy, and prints what it holds.
 * - SQLite: the online backup API, checked with integrity_check. Restore by stopping the app and
 *   putting the file at DATABASE_URL's path.
 * - PostgreSQL: pg_dump of one snapshot, checked by restoring it into a scratch database. Restore
 *   with `pg_restore --clean --if-exists --no-owner --dbname "$DATABASE_URL" FILE`.
 */
import path from "node:path";
import { parseArgs } from "node:util";
import { backupDatabase, defaultBackupFile } from "../lib/db/backup";
import { databaseUrl, redact } from "../lib/env";

const { values } = parseArgs({ options: { out: { type: "string" } } });
const stamp = new Date().toISOString().replace(/[-:]/g, "").replace(/\..*/, "").replace("T", "-");
try {
  const target = path.resolve(values.out ?? defaultBackupFile(stamp));
  const { checked, tables } = await backupDatabase(target);
  console.log(`Backed up ${redact(databaseUrl()).replace(/^file:/, "")} to ${target} (${checked}): ${tables.Term ?? 0} terms, ${tables.Edition ?? 0} article editions, ${tables.Revision ?? 0} revisions.`);
} catch (error) {
  console.error(`Backup failed: ${(error as Error).message}`);
  process.exitCode = 1;
}
