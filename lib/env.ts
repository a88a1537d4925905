import path from "node:path";
import { z } from "zod";

/** Where the embedded SQLite database lives unless DATABASE_URL says otherwise. */
export const defaultDatabaseUrl = "file:./data/tarjuma.db";

const databaseUrlSchema = z
  .string()
  .trim()
  .regex(/^file:(?!\s*$)/, "it must be a SQLite file URL such as file:./data/tarjuma.db")
  .refine((url) => !/[?#]/.test(url), "it must name a plain file, without ?options or #fragments");

export class ConfigError extends Error {}

/** The validated DATABASE_URL (or the default), with the file path made absolute. */
export function databaseUrl(env: Readonly<Record<string, string | undefined>> = process.env): string {
  const raw = env.DATABASE_URL === undefined || env.DATABASE_URL === "" ? defaultDatabaseUrl : env.DATABASE_URL;
  const parsed = databaseUrlSchema.safeParse(raw);
  if (!parsed.success) {
    throw new ConfigError(
      `DATABASE_URL "${raw}" is not usable: ${parsed.error.issues[0]?.message ?? "invalid"}.`,
    );
  }
  return `file:${path.resolve(parsed.data.slice("file:".length))}`;
}

export const databasePath = (env: Readonly<Record<string, string | undefined>> = process.env): string =>
  databaseUrl(env).slice("file:".length);

const siteUrlSchema = z.url({ protocol: /^https?$/, error: "SITE_URL must be an http(s) URL such as https://tarjuma.example" });

/** The public address of the site, for absolute links in metadata (hreflang, Open Graph). */
export function siteUrl(env: Readonly<Record<string, string | undefined>> = process.env): string {
  const raw = env.SITE_URL || "http://localhost:3000";
  const parsed = siteUrlSchema.safeParse(raw);
  if (!parsed.success) throw new ConfigError(`${parsed.error.issues[0]?.message ?? "SITE_URL is invalid"} (got "${raw}").`);
  return parsed.data;
}
