import { openDatabase } from "@/lib/db/migrate";
import { withImportLock } from "@/lib/db/import-lock";
import type { TempDatabase } from "./temp-db";

/**
 * Another process writing, as an import does, until release() is called: on SQLite a connection of
 * its own holding SQLite's write lock (BEGIN IMMEDIATE); on PostgreSQL the writers' advisory lock,
 * taken by the import lock exactly as `npm run glossary -- import` takes it.
 */
export async function holdWriteLock(tmp: TempDatabase): Promise<() => Promise<void>> {
  if (tmp.kind === "sqlite") {
    const other = openDatabase(tmp.file);
    other.pragma("busy_timeout = 0");
    other.exec("BEGIN IMMEDIATE");
    return async () => {
      other.exec("ROLLBACK");
      other.close();
    };
  }
  let release!: () => void;
  let held!: () => void;
  const taken = new Promise<void>((resolve) => (held = resolve));
  const holding = withImportLock(() => {
    held();
    return new Promise<void>((resolve) => (release = resolve));
  });
  await taken;
  return async () => {
    release();
    await holding;
  };
}
