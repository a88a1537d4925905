/**
 * npm run setup: makes the database ready before the app builds or starts. For SQLite it creates the
 * file when it is missing; for PostgreSQL the database must exist (the server and its user are the
 * operator's). Then it applies the migrations and loads the seed data (idempotent).
 * Uses `prisma migrate deploy` where Prisma's schema engine is installed, and otherwise applies the
 * migrations itself (lib/db/migrate.ts) into the same _prisma_migrations table.
 */
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { ConfigError, databaseKind, databaseUrl, redact } from "../lib/env";
import { ImportLockedError, withImportLock } from "../lib/db/import-lock";
import { MigrationError, migrateDatabase } from "../lib/db/migrate";
import { SeedDataError, seed } from "../prisma/seed";

function schemaEngine(): string | null {
  const named = process.env.PRISMA_SCHEMA_ENGINE_BINARY;
  if (named && fs.existsSync(named) && !named.endsWith("no-schema-engine")) return named;
  const dir = path.resolve("node_modules/@prisma/engines");
  const found = fs.existsSync(dir) ? fs.readdirSync(dir).find((f) => f.startsWith("schema-engine")) : undefined;
  return found ? path.join(dir, found) : null;
}

async function main() {
  const url = databaseUrl();
  const sqliteFile = databaseKind() === "sqlite" ? url.slice("file:".length) : null;
  const fresh = sqliteFile !== null && !fs.existsSync(sqliteFile);
  const engine = schemaEngine();
  if (engine) {
    // prisma.config.ts picks the schema and the migrations folder for the database DATABASE_URL names
    const run = spawnSync("npx", ["prisma", "migrate", "deploy"], { stdio: "inherit", env: { ...process.env, DATABASE_URL: url, PRISMA_SCHEMA_ENGINE_BINARY: engine } });
    if (run.status !== 0) throw new MigrationError("prisma migrate deploy failed.");
  } else {
    const applied = await migrateDatabase(url);
    if (applied.length > 0) console.log(`Applied ${applied.length} migration(s): ${applied.join(", ")}`);
  }
  const { db } = await import("../lib/db/client");
  const client = db();
  try {
    // instances set up together against one PostgreSQL take turns (a SQLite file has one setup at a time anyway)
    const counts = await withImportLock(() => seed(client), 10 * 60_000);
    const where = sqliteFile ? path.relative(process.cwd(), sqliteFile) : redact(url);
    console.log(`${fresh ? "Created" : "Updated"} ${where}: ${counts.terms} terms, ${counts.editions} article editions.`);
  } finally {
    await client.$disconnect();
  }
}

main().catch((error: unknown) => {
  if (error instanceof ConfigError || error instanceof MigrationError || error instanceof SeedDataError || error instanceof ImportLockedError) {
    console.error(error.message);
  } else {
    console.error(error);
  }
  process.exit(1);
});
