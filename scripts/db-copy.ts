/**
 * npm run db:copy -- --from URL --to URL
 *
 * Moves a whole installation between databases (SQLite file URLs and PostgreSQL URLs, either way):
 * the target is migrated, must be empty, and is written in one transaction that is checked (row
 * counts and a digest of every row) before it commits. Stop the app (or keep editors out) while it
 * runs, so that nothing written after the copy's snapshot is left behind.
 */
import { parseArgs } from "node:util";
import { CopyError, copyDatabase } from "../lib/db/copy";
import { MigrationError } from "../lib/db/migrate";
import { ConfigError, databaseUrl, redact } from "../lib/env";

const usage = "usage: npm run db:copy -- --from URL --to URL   (file:./data/tarjuma.db, postgresql://user:password@host:5432/db)";

try {
  const { values } = parseArgs({ options: { from: { type: "string" }, to: { type: "string" } } });
  if (!values.from || !values.to) throw new CopyError(usage);
  const from = databaseUrl({ DATABASE_URL: values.from });
  const to = databaseUrl({ DATABASE_URL: values.to });
  console.log(`Copying ${redact(from)} to ${redact(to)} in one transaction…`);
  const { counts, digest } = await copyDatabase(from, to, (line) => console.log(`  ${line}`));
  const rows = Object.values(counts).reduce((a, b) => a + b, 0);
  console.log(`Copied ${rows} rows in ${Object.keys(counts).length} tables (${counts.Term} terms, ${counts.Edition} article editions, ${counts.Editor} editors, ${counts.Session} sessions); the target reads back the same counts and content digest (sha256 ${digest.slice(0, 16)}…).`);
} catch (error) {
  if (error instanceof CopyError || error instanceof ConfigError || error instanceof MigrationError || (error as { code?: string }).code === "ERR_PARSE_ARGS_UNKNOWN_OPTION") {
    console.error((error as Error).message);
  } else console.error(`The copy failed, and the target is left empty: ${(error as Error).message}`);
  process.exitCode = 1;
}
