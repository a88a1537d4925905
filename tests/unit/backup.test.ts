import { randomBytes } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { migrateDatabase, openDatabase } from "@/lib/db/migrate";
import { createDatabase, dropDatabase, runTool } from "@/lib/db/postgres-tools";
import { runScript } from "../support/run-script";
import { seededDatabase } from "./support/seeded-db";
import { testServer } from "./support/temp-db";

const { tmp, db } = await seededDatabase();
const { exportGlossary } = await import("@/lib/db/glossary");
const folder = fs.mkdtempSync(path.join(os.tmpdir(), "tarjuma-backup-"));
afterAll(() => fs.rmSync(folder, { recursive: true, force: true }));

/** Puts a backup where the app can use it (a file at a path; a dump restored into a new database); returns its URL and a cleanup. */
async function restore(backup: string): Promise<{ url: string; cleanup: () => Promise<void> }> {
  if (tmp.kind === "sqlite") return { url: `file:${backup}`, cleanup: async () => {} };
  const name = `tarjuma_restore_${randomBytes(4).toString("hex")}`;
  const url = await createDatabase(testServer!, name);
  await runTool("pg_restore", url, ["--exit-on-error", "--no-owner", backup]);
  return { url, cleanup: () => dropDatabase(testServer!, name) };
}

test("npm run db:backup copies the database while it is open and being written, and the copy restores", async () => {
  const before = await exportGlossary(db());
  // a writer holds the database open during the backup (SQLite: a connection of its own)
  const writer = tmp.kind === "sqlite" ? openDatabase(tmp.file) : null;
  writer?.exec(`INSERT INTO "SignInThrottle" ("key", "attempts", "nextAt", "updatedAt") VALUES ('during-backup', 1, 0, 0)`);
  if (!writer) await db().signInThrottle.create({ data: { key: "during-backup", attempts: 1, nextAt: new Date(0), updatedAt: new Date(0) } });
  const target = path.join(folder, "backups", tmp.kind === "sqlite" ? "copy.db" : "copy.dump");
  const run = runScript("db-backup", ["--out", target], tmp.url);
  writer?.close();
  expect(run.stderr).toBe("");
  expect(run.stdout).toContain(`${tmp.kind === "sqlite" ? "integrity ok" : "restored into a scratch database with the same rows"}): ${before.terms.length} terms, 4 article editions`);
  expect(fs.existsSync(`${target}.partial`)).toBe(false);

  // restore, and point the app at the copy
  const copy = await restore(target);
  await db().$disconnect();
  process.env.DATABASE_URL = copy.url;
  try {
    expect(await migrateDatabase(copy.url)).toEqual([]);
    expect(await exportGlossary(db())).toEqual(before);
    expect(await db().signInThrottle.count({ where: { key: "during-backup" } })).toBe(1);
  } finally {
    await db().$disconnect();
    process.env.DATABASE_URL = tmp.url;
    await copy.cleanup();
  }
}, 60_000);

test("a backup of a database that does not exist fails with a reason", () => {
  const missing = tmp.kind === "sqlite" ? `file:${path.join(folder, "missing.db")}` : tmp.url.replace(/\/[^/]*$/, "/tarjuma_no_such_database");
  const run = runScript("db-backup", ["--out", path.join(folder, "never.backup")], missing);
  expect(run.status).toBe(1);
  expect(run.stderr).toMatch(tmp.kind === "sqlite" ? /^Backup failed: there is no database at / : /^Backup failed: .*tarjuma_no_such_database.* does not exist/);
  expect(fs.existsSync(path.join(folder, "never.backup"))).toBe(false);
}, 30_000);
