import fs from "node:fs";
import { databaseKind, databasePath } from "../env";
import { LockTimeoutError, withAdvisoryLock } from "./advisory-lock";
import { processAlive } from "../process-alive";

/**
 * One import at a time across processes. A second import waits for the first (up to `waitMs`),
 * then is refused with a clear reason.
 * - SQLite: a lock file beside the database, created exclusively; a lock left by a process that
 *   no longer runs (killed mid-import) is taken over.
 * - PostgreSQL: the advisory lock every writer takes (lib/db/advisory-lock.ts), so an import also
 *   waits for edits on every instance, and they for it; the server frees it if the process dies.
 */
export class ImportLockedError extends Error {}

export async function withImportLock<T>(work: () => Promise<T>, waitMs = 60_000): Promise<T> {
  if (databaseKind() === "postgresql") {
    return withAdvisoryLock("writes", waitMs, work).catch((error: unknown) => {
      if (error instanceof LockTimeoutError) throw new ImportLockedError("Another import or edit is still writing to the glossary; nothing was changed. Try again when it has finished.");
      throw error;
    });
  }
  const lock = `${databasePath()}.import-lock`;
  const deadline = Date.now() + waitMs;
  for (;;) {
    try {
      fs.writeFileSync(lock, `${process.pid} ${new Date().toISOString()}`, { flag: "wx" });
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
      const [pid, since] = (fs.existsSync(lock) ? fs.readFileSync(lock, "utf8") : "").split(" ");
      if (pid && !processAlive(Number(pid))) {
        fs.rmSync(lock, { force: true });
        continue;
      }
      if (Date.now() > deadline) throw new ImportLockedError(`Another import (process ${pid}, since ${since}) is still running; nothing was changed. Try again when it has finished.`);
      await new Promise((r) => setTimeout(r, 250));
    }
  }
  try {
    return await work();
  } finally {
    fs.rmSync(lock, { force: true });
  }
}
