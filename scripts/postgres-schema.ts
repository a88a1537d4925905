/**
 * Writes prisma/schema.postgres.prisma from prisma/schema.prisma (run by `npm run generate`).
 *
 * Prisma 7 binds a generated client to one provider, so the app has two clients generated from one
 * source of truth: schema.prisma (SQLite) holds the models; this file only swaps the datasource's
 * provider and the generated client's folder. tests/unit/postgres-schema.test.ts fails when the
 * written file is out of date. Collation lives in the PostgreSQL migrations (text columns are
 * COLLATE "C", as SQLite's BINARY), which the schema language does not express.
 */
import fs from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";

export const sqliteSchemaFile = path.resolve("prisma/schema.prisma");
export const postgresSchemaFile = path.resolve("prisma/schema.postgres.prisma");

const header = [
  "// GENERATED from prisma/schema.prisma by scripts/postgres-schema.ts (npm run generate): do not edit.",
  "// The models are schema.prisma's; only the provider and the generated client's folder differ.",
  "",
].join("\n");

function replaceOnce(text: string, pattern: RegExp, replacement: string, what: string): string {
  if (!pattern.test(text)) throw new Error(`prisma/schema.prisma: ${what} not found`);
  return text.replace(pattern, replacement);
}

/** The PostgreSQL twin of the SQLite schema text. */
export function toPostgresSchema(sqlite: string): string {
  let out = replaceOnce(sqlite, /(datasource db \{[^}]*provider\s*=\s*)"sqlite"/, '$1"postgresql"', 'the datasource\'s provider = "sqlite"');
  out = replaceOnce(out, /(generator client \{[^}]*output\s*=\s*)"\.\.\/lib\/db\/generated"/, '$1"../lib/db/generated-postgres"', 'the client\'s output = "../lib/db/generated"');
  return header + out;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  fs.writeFileSync(postgresSchemaFile, toPostgresSchema(fs.readFileSync(sqliteSchemaFile, "utf8")));
}
