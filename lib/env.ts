import path from "node:path";
import { z } from "zod";

/** Where the embedded SQLite database lives unless DATABASE_URL says otherwise. */
export const defaultDatabaseUrl = "file:./data/tarjuma.db";

const sqliteUrlSchema = z
  .string()
  .regex(/^file:(?!\s*$)/)
  .refine((url) => !/[?#]/.test(url), "a SQLite file URL must name a plain file, without ?options or #fragments");

const postgresUrlSchema = z
  .string()
  .regex(/^postgres(ql)?:\/\//)
  .refine((url) => URL.canParse(url) && new URL(url).hostname !== "" && new URL(url).pathname.length > 1, "a PostgreSQL URL needs a host and a database name, such as postgresql://tarjuma:secret@db.example:5432/tarjuma");

const databaseUrlSchema = z
  .string()
  .trim()
  .refine((url) => /^(file:|postgres(ql)?:\/\/)/.test(url), "it must be a SQLite file URL such as file:./data/tarjuma.db or a PostgreSQL URL such as postgresql://user:password@host:5432/tarjuma")
  .pipe(z.union([sqliteUrlSchema, postgresUrlSchema]));

export class ConfigError extends Error {}

/** The two databases the app runs on: an embedded SQLite file (the default) or a PostgreSQL server. */
export type DatabaseKind = "sqlite" | "postgresql";

/** The validated DATABASE_URL (or the default); a SQLite file path is made absolute. */
export function databaseUrl(env: Readonly<Record<string, string | undefined>> = process.env): string {
  const raw = env.DATABASE_URL === undefined || env.DATABASE_URL === "" ? defaultDatabaseUrl : env.DATABASE_URL;
  const parsed = databaseUrlSchema.safeParse(raw);
  if (!parsed.success) {
    throw new ConfigError(`DATABASE_URL "${redact(raw)}" is not usable: ${parsed.error.issues[0]?.message ?? "invalid"}.`);
  }
  return parsed.data.startsWith("file:") ? `file:${path.resolve(parsed.data.slice("file:".length))}` : parsed.data;
}

/** Which database DATABASE_URL names (for lib/db only: nothing else needs to know). */
export const databaseKind = (env: Readonly<Record<string, string | undefined>> = process.env): DatabaseKind =>
  databaseUrl(env).startsWith("file:") ? "sqlite" : "postgresql";

/** The SQLite file DATABASE_URL names; an error for a PostgreSQL URL. */
export function databasePath(env: Readonly<Record<string, string | undefined>> = process.env): string {
  const url = databaseUrl(env);
  if (!url.startsWith("file:")) throw new ConfigError("DATABASE_URL names a PostgreSQL server, not a SQLite file.");
  return url.slice("file:".length);
}

/** A database URL fit for messages and logs: the password replaced by ***. */
export const redact = (url: string) => url.replace(/^(postgres(?:ql)?:\/\/[^:/@]*:)[^@]*@/, "$1***@");

const siteUrlSchema = z.url({ protocol: /^https?$/, error: "SITE_URL must be an http(s) URL such as https://tarjuma.example" });

/** The public address of the site, for absolute links in metadata (hreflang, Open Graph). */
export function siteUrl(env: Readonly<Record<string, string | undefined>> = process.env): string {
  const raw = env.SITE_URL || "http://localhost:3000";
  const parsed = siteUrlSchema.safeParse(raw);
  if (!parsed.success) throw new ConfigError(`${parsed.error.issues[0]?.message ?? "SITE_URL is invalid"} (got "${raw}").`);
  return parsed.data;
}
