import fs from "node:fs";
import pg from "pg";
import { databaseKind, databasePath, databaseUrl } from "../env";

/** Why the database cannot serve a request right now ("missing" also covers one that cannot be reached). */
export type DatabaseProblem = "missing" | "read-only";

/**
 * A cheap look at the database for the proxy, so the dynamic pages that need it answer 503 with a
 * localized page instead of failing while they render. A reader needs it readable; an editor needs
 * it writable too.
 * - SQLite: the file's permissions (no query, no connection).
 * - PostgreSQL: one small query on a connection of its own (is the server up, is it read-only?),
 *   remembered for a second, so a busy instance asks at most once a second.
 */
export async function databaseProblem(need: "read" | "write"): Promise<DatabaseProblem | null> {
  if (databaseKind() === "postgresql") {
    const state = await postgresState();
    return state === "down" ? "missing" : need === "write" && state === "read-only" ? "read-only" : null;
  }
  const file = databasePath();
  try {
    fs.accessSync(file, fs.constants.R_OK);
  } catch {
    return "missing";
  }
  if (need === "read") return null;
  try {
    fs.accessSync(file, fs.constants.W_OK);
    return null;
  } catch {
    return "read-only";
  }
}

type PostgresState = "up" | "read-only" | "down";
const probe = globalThis as unknown as { tarjumaProbe?: { url: string; pool: pg.Pool; at: number; state: Promise<PostgresState> } };

function postgresState(): Promise<PostgresState> {
  const url = databaseUrl();
  const last = probe.tarjumaProbe;
  if (last && last.url === url && Date.now() - last.at < 1000) return last.state;
  const pool = last?.url === url ? last.pool : probePool(url);
  const state = pool
    .query<{ ro: boolean }>("SELECT current_setting('transaction_read_only') = 'on' OR pg_is_in_recovery() AS ro")
    .then(({ rows }): PostgresState => (rows[0]?.ro ? "read-only" : "up"))
    .catch((): PostgresState => "down");
  probe.tarjumaProbe = { url, pool, at: Date.now(), state };
  return state;
}

function probePool(url: string) {
  const pool = new pg.Pool({ connectionString: url, max: 1, connectionTimeoutMillis: 2000, idleTimeoutMillis: 10_000 });
  pool.on("error", () => {}); // a connection the server closed is dropped; the next probe opens another
  return pool;
}
