import { createHash, randomBytes, timingSafeEqual } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { databaseKind, databasePath, databaseUrl } from "./env";
import { processAlive } from "./process-alive";

/**
 * Refreshing a running site's static pages after a write from outside it (a glossary import from
 * the command line; the newsroom's article import later). The site's instances listen on
 * POST /api/revalidate, authenticated by a shared secret:
 *
 * - the secret is TARJUMA_REVALIDATE_SECRET when set (the same value on every instance and for the
 *   command line, as several instances on several machines need), else the file DATABASE.secret
 *   beside the SQLite database, which the server creates at start (mode 0600);
 * - the instances are those named in TARJUMA_SITE_URLS (comma-separated base addresses), plus each
 *   server process started against this database, which records its own address at start in
 *   DATABASE.sites/PID.json (and removes it when it exits; records of processes that are gone are
 *   cleaned up by the next refresh).
 *
 * On PostgreSQL "beside the database" is a folder of the machine's temporary directory named after
 * the server and database (siteRegistry), so the processes of one machine find each other; instances
 * on other machines are named in TARJUMA_SITE_URLS and share TARJUMA_REVALIDATE_SECRET (with Redis,
 * one instance's revalidation reaches every instance's pages anyway: docs/deploy.md).
 *
 * A command that finds no running instance says so and succeeds: pages show the change when the
 * site next starts (its build renders them from the database).
 */

/** The path the secret and the instance records are kept beside: the SQLite file, or one per PostgreSQL database. */
export function siteRegistry(env: Readonly<Record<string, string | undefined>> = process.env): string {
  if (databaseKind(env) === "sqlite") return databasePath(env);
  const url = new URL(databaseUrl(env));
  const id = createHash("sha256").update(`${url.hostname}:${url.port || 5432}${url.pathname}`).digest("hex").slice(0, 16);
  const dir = path.join(os.tmpdir(), "tarjuma-sites");
  fs.mkdirSync(dir, { recursive: true, mode: 0o700 });
  return path.join(dir, `postgresql-${id}`);
}

const secretFile = (database: string) => `${database}.secret`;
const sitesDir = (database: string) => `${database}.sites`;

/** The secret instances and commands share, or null when there is none yet (no server has started). */
export function readSecret(database: string, env: Readonly<Record<string, string | undefined>> = process.env): string | null {
  if (env.TARJUMA_REVALIDATE_SECRET) return env.TARJUMA_REVALIDATE_SECRET;
  try {
    return fs.readFileSync(secretFile(database), "utf8").trim() || null;
  } catch {
    return null;
  }
}

/** Whether a request's bearer token is the secret (compared in constant time). */
export function isSecret(authorization: string | null, database: string = siteRegistry()): boolean {
  const secret = readSecret(database);
  const given = /^Bearer (.+)$/.exec(authorization ?? "")?.[1];
  if (!secret || !given) return false;
  const [a, b] = [Buffer.from(secret), Buffer.from(given)];
  return a.length === b.length && timingSafeEqual(a, b);
}

/** At server start: make sure a secret exists, and record this instance's address until it exits. */
export function registerInstance(url: string, database: string = siteRegistry()): void {
  try {
    if (!readSecret(database)) fs.writeFileSync(secretFile(database), randomBytes(32).toString("hex"), { mode: 0o600, flag: "wx" });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "EEXIST") return; // a read-only folder: only TARJUMA_REVALIDATE_SECRET works then
  }
  try {
    fs.mkdirSync(sitesDir(database), { recursive: true });
    const record = path.join(sitesDir(database), `${process.pid}.json`);
    fs.writeFileSync(record, JSON.stringify({ url, pid: process.pid, since: new Date().toISOString() }));
    process.once("exit", () => fs.rmSync(record, { force: true }));
  } catch {
    // unrecorded: such an instance is reached through TARJUMA_SITE_URLS only
  }
}

/** The running instances' base addresses. */
export function instances(database: string, env: Readonly<Record<string, string | undefined>> = process.env): string[] {
  const named = (env.TARJUMA_SITE_URLS ?? "").split(",").map((u) => u.trim().replace(/\/+$/, "")).filter(Boolean);
  let recorded: string[] = [];
  try {
    recorded = fs.readdirSync(sitesDir(database)).flatMap((name) => {
      const file = path.join(sitesDir(database), name);
      try {
        const { url, pid } = JSON.parse(fs.readFileSync(file, "utf8")) as { url: string; pid: number };
        if (processAlive(pid)) return [url];
        fs.rmSync(file, { force: true });
      } catch {}
      return [];
    });
  } catch {}
  return [...new Set([...named, ...recorded])];
}

export interface RefreshOutcome {
  refreshed: string[];
  failed: { url: string; reason: string }[];
}

/** Asks every running instance to revalidate its pages; never throws. */
export async function refreshSites(database: string = siteRegistry(), env: Readonly<Record<string, string | undefined>> = process.env): Promise<RefreshOutcome> {
  const outcome: RefreshOutcome = { refreshed: [], failed: [] };
  const secret = readSecret(database, env);
  const urls = instances(database, env);
  await Promise.all(
    urls.map(async (url) => {
      if (!secret) return outcome.failed.push({ url, reason: "no shared secret (set TARJUMA_REVALIDATE_SECRET)" });
      try {
        const response = await fetch(`${url}/api/revalidate`, { method: "POST", headers: { authorization: `Bearer ${secret}` }, signal: AbortSignal.timeout(10_000) });
        if (response.ok) outcome.refreshed.push(url);
        else outcome.failed.push({ url, reason: `it answered ${response.status}` });
      } catch (error) {
        const code = (error as { cause?: { code?: string } }).cause?.code;
        if (code !== "ECONNREFUSED") outcome.failed.push({ url, reason: code ?? (error as Error).message });
      }
    }),
  );
  return outcome;
}

/** One line for a command to print about the refresh. */
export function describeRefresh(outcome: RefreshOutcome): string {
  const failed = outcome.failed.map((f) => `${f.url} was not refreshed (${f.reason})`).join("; ");
  if (outcome.refreshed.length === 0 && !failed) return "No running site to refresh: its pages show the change when it next starts.";
  const done = outcome.refreshed.length ? `Refreshed the pages of the running site (${outcome.refreshed.join(", ")}).` : "";
  return [done, failed ? `Warning: ${failed}.` : ""].filter(Boolean).join(" ");
}
