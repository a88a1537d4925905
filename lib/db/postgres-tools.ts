import { spawn } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import pg from "pg";

/**
 * PostgreSQL's own command-line tools (pg_dump, pg_restore) and scratch databases, for backups and
 * their checks. The tools are found in PG_BIN_DIR, else on the PATH, else in Debian's
 * /usr/lib/postgresql/<version>/bin (the newest version: pg_dump must be at least the server's).
 */
export function pgTool(name: "pg_dump" | "pg_restore"): string {
  const dirs = [
    process.env.PG_BIN_DIR,
    ...(fs.existsSync("/usr/lib/postgresql")
      ? fs
          .readdirSync("/usr/lib/postgresql")
          .sort((a, b) => Number(b) - Number(a))
          .map((v) => `/usr/lib/postgresql/${v}/bin`)
      : []),
    ...(process.env.PATH ?? "").split(path.delimiter),
  ].filter((d): d is string => Boolean(d));
  const found = dirs.map((d) => path.join(d, name)).find((f) => fs.existsSync(f));
  if (!found) throw new Error(`${name} was not found (install Debian's postgresql-client, or set PG_BIN_DIR)`);
  return found;
}

/** The URL without its password, and the password for the tools' environment (never on a command line). */
function splitPassword(url: string): { url: string; env: Record<string, string> } {
  const u = new URL(url);
  const password = decodeURIComponent(u.password);
  u.password = "";
  return { url: u.toString(), env: password ? { PGPASSWORD: password } : {} };
}

/** Runs a tool against a database; rejects with its standard error when it fails. */
export function runTool(name: "pg_dump" | "pg_restore", url: string, args: string[]): Promise<void> {
  const target = splitPassword(url);
  return new Promise((resolve, reject) => {
    const child = spawn(pgTool(name), [...args, `--dbname=${target.url}`], { env: { ...process.env, ...target.env }, stdio: ["ignore", "ignore", "pipe"] });
    let stderr = "";
    child.stderr.on("data", (d) => (stderr += d));
    child.on("error", reject);
    child.on("exit", (code) => (code === 0 ? resolve() : reject(new Error(`${name} failed (exit ${code}): ${stderr.trim()}`))));
  });
}

const quoteIdent = (name: string) => `"${name.replace(/"/g, '""')}"`;

/** The URL of another database on the same server. */
export function siblingUrl(url: string, name: string): string {
  const u = new URL(url);
  u.pathname = `/${name}`;
  return u.toString();
}

/** Creates an empty database beside the one `url` names (the user needs CREATEDB); returns its URL. */
export async function createDatabase(url: string, name: string): Promise<string> {
  await withClient(url, (c) => c.query(`CREATE DATABASE ${quoteIdent(name)} TEMPLATE template0 ENCODING 'UTF8'`));
  return siblingUrl(url, name);
}

/** Creates a database as a copy of another on the same server (no one may be connected to that one); returns its URL. */
export async function cloneDatabase(url: string, from: string, name: string): Promise<string> {
  await withClient(url, (c) => c.query(`CREATE DATABASE ${quoteIdent(name)} TEMPLATE ${quoteIdent(from)}`));
  return siblingUrl(url, name);
}

export async function dropDatabase(url: string, name: string): Promise<void> {
  await withClient(url, (c) => c.query(`DROP DATABASE IF EXISTS ${quoteIdent(name)} WITH (FORCE)`));
}

export async function withClient<T>(url: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 10_000 });
  client.on("error", () => {});
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end().catch(() => {});
  }
}

/** Rows per table of the current schema, as `client` sees them (in its transaction, if any). */
export async function countRows(client: pg.Client): Promise<Record<string, number>> {
  const tables = (await client.query<{ name: string }>(`SELECT tablename AS name FROM pg_tables WHERE schemaname = current_schema() ORDER BY tablename`)).rows;
  const counts: Record<string, number> = {};
  for (const { name } of tables) counts[name] = Number((await client.query<{ n: string }>(`SELECT count(*) AS n FROM ${quoteIdent(name)}`)).rows[0]!.n);
  return counts;
}
