import { randomBytes } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { cloneDatabase, createDatabase, dropDatabase } from "@/lib/db/postgres-tools";

/** A fresh folder for a temporary SQLite file; removed by the returned cleanup. */
export function tempDbPath(name = "test.db"): { file: string; url: string; cleanup: () => void } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "tarjuma-"));
  const file = path.join(dir, name);
  return { file, url: `file:${file}`, cleanup: () => fs.rmSync(dir, { recursive: true, force: true }) };
}

/**
 * The database the data-layer tests run on: SQLite files by default; with TEST_DATABASE_URL naming
 * a PostgreSQL server (postgresql://user@host:port/db, a user that may create databases), a new
 * database on that server for each test file.
 */
export const testServer = process.env.TEST_DATABASE_URL?.startsWith("postgres") ? process.env.TEST_DATABASE_URL : undefined;
export const testKind: "sqlite" | "postgresql" = testServer ? "postgresql" : "sqlite";

export interface TempDatabase {
  kind: "sqlite" | "postgresql";
  url: string;
  /** The SQLite file (for SQLite only); its folder holds nothing else. */
  file: string;
  cleanup: () => Promise<void>;
}

/** A fresh, empty database of the kind the tests run on (see testKind), or of the kind asked for; removed by cleanup(). */
export async function tempDatabase(kind = testKind): Promise<TempDatabase> {
  if (kind === "sqlite" || !testServer) {
    const tmp = tempDbPath();
    return { kind: "sqlite", url: tmp.url, file: tmp.file, cleanup: async () => tmp.cleanup() };
  }
  const name = `tarjuma_test_${randomBytes(5).toString("hex")}`;
  const url = await createDatabase(testServer, name);
  return { kind: "postgresql", url, file: "", cleanup: () => dropDatabase(testServer, name) };
}

/** A copy of a temporary database (nothing may hold it open: disconnect the app's client first); removed by cleanup(). */
export async function copyOfDatabase(source: TempDatabase): Promise<TempDatabase> {
  if (source.kind === "sqlite") {
    const tmp = tempDbPath();
    fs.copyFileSync(source.file, tmp.file);
    return { kind: "sqlite", url: tmp.url, file: tmp.file, cleanup: async () => tmp.cleanup() };
  }
  const name = `tarjuma_test_${randomBytes(5).toString("hex")}`;
  const url = await cloneDatabase(testServer!, new URL(source.url).pathname.slice(1), name);
  return { kind: "postgresql", url, file: "", cleanup: () => dropDatabase(testServer!, name) };
}
