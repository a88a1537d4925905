import { ConfigError } from "../lib/env";
import { ImportLockedError } from "../lib/db/import-lock";
import { MigrationError, migrateDatabase } from "../lib/db/migrate";

/** A problem the command reports to the user in plain words (one line each), then exits with 1. */
export class CliError extends Error {
  constructor(readonly lines: string[]) {
    super(lines.join("\n"));
  }
}


/**
 * Runs a command-line entry point against the migrated database, printing user errors without a
 * stack trace and exiting non-zero on any failure.
 */
export async function runCli(main: (db: import("../lib/db/client").Db) => Promise<void>) {
  let client: import("../lib/db/client").Db | undefined;
  try {
    await migrateDatabase();
    const { db } = await import("../lib/db/client");
    client = db();
    await main(client);
  } catch (error) {
    if (error instanceof CliError) error.lines.forEach((l) => console.error(l));
    else if (error instanceof ConfigError || error instanceof MigrationError || error instanceof ImportLockedError) console.error(error.message);
    else if ((await import("../lib/db/write-lock")).isBusy(error)) {
      console.error("The glossary is busy: another import or edit is writing to it. Nothing was changed; try again when it has finished.");
    } else console.error(error);
    process.exitCode = 1;
  } finally {
    await client?.$disconnect();
  }
}
