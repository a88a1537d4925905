import { createHash, randomUUID } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";

/**
 * Applies prisma/migrations/<name>/migration.sql in order and records each in Prisma's own
 * `_prisma_migrations` table (same columns and checksums as `prisma migrate deploy`), for machines
 * where Prisma's schema engine cannot be downloaded. tests/unit/migrations.test.ts checks that the
 * migrated database matches prisma/schema.prisma, so hand-written SQL cannot drift from it.
 */

export const migrationsDir = path.resolve("prisma/migrations");

const ledger = `CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
  "id" TEXT PRIMARY KEY NOT NULL,
  "checksum" TEXT NOT NULL,
  "finished_at" DATETIME,
  "migration_name" TEXT NOT NULL,
  "logs" TEXT,
  "rolled_back_at" DATETIME,
  "started_at" DATETIME NOT NULL DEFAULT current_timestamp,
  "applied_steps_count" INTEGER UNSIGNED NOT NULL DEFAULT 0
)`;

export class MigrationError extends Error {}

/** Opens (creating if needed) the SQLite file with the settings every connection here uses. */
export function openDatabase(file: string, options: { readonly?: boolean } = {}): Database.Database {
  try {
    if (!options.readonly) fs.mkdirSync(path.dirname(file), { recursive: true });
    const sqlite = new Database(file, { readonly: options.readonly ?? false, timeout: 5000 });
    if (!options.readonly) sqlite.pragma("journal_mode = WAL");
    sqlite.pragma("foreign_keys = ON");
    return sqlite;
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code ?? (error as Error).message;
    throw new MigrationError(`The database file ${file} cannot be opened or created (${reason}): check DATABASE_URL and the folder's permissions.`);
  }
}

/** Applies the pending migrations; returns the names applied. */
export function migrate(file: string, dir = migrationsDir): string[] {
  const names = fs
    .readdirSync(dir, { withFileTypes: true })
    .filter((e) => e.isDirectory() && fs.existsSync(path.join(dir, e.name, "migration.sql")))
    .map((e) => e.name)
    .sort();
  const sqlite = openDatabase(file);
  try {
    sqlite.exec(ledger);
    const done = new Map(
      (
        sqlite
          .prepare(`SELECT migration_name, checksum FROM "_prisma_migrations" WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL`)
          .all() as { migration_name: string; checksum: string }[]
      ).map((r) => [r.migration_name, r.checksum]),
    );
    const applied: string[] = [];
    for (const name of names) {
      const sql = fs.readFileSync(path.join(dir, name, "migration.sql"), "utf8");
      const checksum = createHash("sha256").update(sql).digest("hex");
      const recorded = done.get(name);
      if (recorded !== undefined) {
        if (recorded !== checksum) {
          throw new MigrationError(`Migration ${name} was changed after it was applied; add a new migration instead.`);
        }
        continue;
      }
      const started = new Date().toISOString();
      const apply = sqlite.transaction(() => {
        sqlite.exec(sql);
        // a migration may redefine tables (SQLite cannot alter keys in place): foreign keys are
        // off while it runs, so dropping a table cascades nowhere, and must all hold before it commits
        const broken = sqlite.pragma("foreign_key_check") as { table: string }[];
        if (broken.length > 0) throw new Error(`it leaves ${broken.length} broken foreign keys (first in ${broken[0]!.table})`);
        sqlite
          .prepare(
            `INSERT INTO "_prisma_migrations" (id, checksum, finished_at, migration_name, started_at, applied_steps_count) VALUES (?, ?, ?, ?, ?, 1)`,
          )
          .run(randomUUID(), checksum, new Date().toISOString(), name, started);
      });
      sqlite.pragma("foreign_keys = OFF");
      try {
        apply.immediate();
      } catch (error) {
        throw new MigrationError(`Migration ${name} failed: ${(error as Error).message}`);
      } finally {
        sqlite.pragma("foreign_keys = ON");
      }
      applied.push(name);
    }
    return applied;
  } finally {
    sqlite.close();
  }
}
