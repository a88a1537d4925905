/**
 * npm run setup: makes the database ready before the app builds or starts. Creates the SQLite file
 * when it is missing, applies the migrations, and loads the seed data (idempotent).
 * Uses `prisma migrate deploy` where Prisma's schema engine is installed, and otherwise applies
 * prisma/migrations itself (lib/db/migrate.ts) into the same _prisma_migrations table.
 */
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { ConfigError, databasePath, databaseUrl } from "../lib/env";
import { MigrationError, migrate } from "../lib/db/migrate";
import { SeedDataError, seed } from "../prisma/seed";

function schemaEngine(): string | null {
  const named = process.env.PRISMA_SCHEMA_ENGINE_BINARY;
  if (named && fs.existsSync(named) && !named.endsWith("no-schema-engine")) return named;
  const dir = path.resolve("node_modules/@prisma/engines");
  const found = fs.existsSync(dir) ? fs.readdirSync(dir).find((f) => f.startsWith("schema-engine")) : undefined;
  return found ? path.join(dir, found) : null;
}

async function main() {
  const file = databasePath();
  const fresh = !fs.existsSync(file);
  const engine = schemaEngine();
  if (engine) {
    const run = spawnSync("npx", ["prisma", "migrate", "deploy"], {
      stdio: "inherit",
      env: { ...process.env, DATABASE_URL: databaseUrl(), PRISMA_SCHEMA_ENGINE_BINARY: engine },
    });
    if (run.status !== 0) throw new MigrationError("prisma migrate deploy failed.");
  } else {
    const applied = migrate(file);
    if (applied.length > 0) console.log(`Applied ${applied.length} migration(s): ${applied.join(", ")}`);
  }
  const { db } = await import("../lib/db/client");
  const client = db();
  try {
    const counts = await seed(client);
    console.log(`${fresh ? "Created" : "Updated"} ${path.relative(process.cwd(), file)}: ${counts.terms} terms, ${counts.editions} article editions.`);
  } finally {
    await client.$disconnect();
  }
}

main().catch((error: unknown) => {
  if (error instanceof ConfigError || error instanceof MigrationError || error instanceof SeedDataError) {
    console.error(error.message);
  } else {
    console.error(error);
  }
  process.exit(1);
});
