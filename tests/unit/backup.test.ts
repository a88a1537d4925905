import fs from "node:fs";
import path from "node:path";
import { migrate, openDatabase } from "@/lib/db/migrate";
import { runScript } from "../support/run-script";
import { seededDatabase } from "./support/seeded-db";

const { tmp, db } = await seededDatabase();
const { exportGlossary } = await import("@/lib/db/glossary");


test("npm run db:backup copies the database while it is open and being written, and the copy restores", async () => {
  const before = await exportGlossary(db());
  // a reader and a writer hold the database open during the backup
  const writer = openDatabase(tmp.file);
  writer.exec(`INSERT INTO "SignInThrottle" ("key", "attempts", "nextAt", "updatedAt") VALUES ('during-backup', 1, 0, 0)`);
  const target = path.join(path.dirname(tmp.file), "backups", "copy.db");
  const run = runScript("db-backup", ["--out", target], tmp.url);
  writer.close();
  expect(run.stderr).toBe("");
  expect(run.stdout).toContain(`integrity ok): ${before.terms.length} terms, 4 article editions`);
  expect(fs.existsSync(`${target}.partial`)).toBe(false);

  // restore: point the app at the copy
  await db().$disconnect();
  process.env.DATABASE_URL = `file:${target}`;
  try {
    expect(migrate(target)).toEqual([]);
    expect(await exportGlossary(db())).toEqual(before);
  } finally {
    await db().$disconnect();
    process.env.DATABASE_URL = tmp.url;
  }
}, 60_000);

test("a backup of a database that does not exist fails with a reason", () => {
  const run = runScript("db-backup", [], `file:${path.join(path.dirname(tmp.file), "missing.db")}`);
  expect(run.status).toBe(1);
  expect(run.stderr).toMatch(/^Backup failed: there is no database at /);
}, 30_000);
