import { randomBytes, timingSafeEqual } from "node:crypto";
import fs from "node:fs";
import { databasePath, siteUrl } from "./env";

/**
 * Refreshing a running site's pages after a write made outside it (a command-line import): the
 * command posts to the site's /api/revalidate with a shared key, and the site revalidates its static
 * pages, so readers see the change in seconds, without a rebuild. The key is REFRESH_KEY when set,
 * else a random key kept in a file beside the database (created on first use, readable by its owner
 * only): the site and the commands that use the same database share it with no setting at all.
 */
const keyFile = () => `${databasePath()}.refresh-key`;

export function refreshKey(env: Readonly<Record<string, string | undefined>> = process.env): string {
  if (env.REFRESH_KEY) return env.REFRESH_KEY;
  const file = keyFile();
  try {
    return fs.readFileSync(file, "utf8").trim();
  } catch {
    const key = randomBytes(32).toString("hex");
    try {
      fs.writeFileSync(file, key, { flag: "wx", mode: 0o600 });
      return key;
    } catch {
      // another process made it first (or the folder is read-only: then no key matches, and nothing is refreshed)
      return fs.existsSync(file) ? fs.readFileSync(file, "utf8").trim() : key;
    }
  }
}

/** Whether an Authorization header carries the refresh key (compared in constant time). */
export function isRefreshKey(header: string | null): boolean {
  const given = Buffer.from(/^Bearer (.+)$/.exec(header ?? "")?.[1] ?? "");
  const expected = Buffer.from(refreshKey());
  return given.length === expected.length && timingSafeEqual(given, expected);
}

export type RefreshResult = "refreshed" | "no-site" | "refused";

/** Asks the site at SITE_URL to refresh its pages; a site that is not running is not an error. */
export async function refreshRunningSite(site = siteUrl()): Promise<RefreshResult> {
  try {
    const response = await fetch(new URL("/api/revalidate", site), {
      method: "POST",
      headers: { Authorization: `Bearer ${refreshKey()}` },
      signal: AbortSignal.timeout(5000),
    });
    return response.ok ? "refreshed" : "refused";
  } catch {
    return "no-site";
  }
}

/** One line for a command's output. */
export const refreshMessage = (result: RefreshResult, site = siteUrl()) =>
  result === "refreshed"
    ? `The site at ${site} was refreshed: readers see the change now.`
    : result === "refused"
      ? `The site at ${site} refused to refresh (its refresh key differs: set the same REFRESH_KEY, or use the same database); it shows the change after its next build.`
      : `No site answered at ${site} (set SITE_URL to reach a running one); it shows the change when it next starts or builds.`;
