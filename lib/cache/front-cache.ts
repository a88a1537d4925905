import "server-only";
import { z } from "zod";

/**
 * Refreshes the copies a shared cache in front of the app (nginx, deploy/nginx/tarjuma.conf) keeps
 * of the pages a change affects, so readers behind it see the change at once rather than after the
 * pages' s-maxage (10 s). FRONT_CACHE_URLS lists the caches' own addresses (comma-separated); each
 * page is asked for with `X-Cache-Refresh: 1`, which the cache answers from the app and stores (one
 * copy per page: nginx keeps the gzip bytes and unpacks them for clients that want none). The app's own pages are stale-while-revalidate (the
 * first request after a change starts a new render and still gets the old page), so each page is
 * asked for twice, REFRESH_GAP_MS apart. Best effort: a cache that does not answer is logged, and its
 * copies expire by themselves. For a CDN, call its purge API here instead (docs/deploy.md).
 */
const REFRESH_GAP_MS = 1500;
const urlsSchema = z.array(z.url({ protocol: /^https?$/ }));

export function frontCaches(env: Readonly<Record<string, string | undefined>> = process.env): string[] {
  const list = (env.FRONT_CACHE_URLS ?? "").split(",").map((s) => s.trim().replace(/\/$/, "")).filter(Boolean);
  const parsed = urlsSchema.safeParse(list);
  if (!parsed.success) throw new Error(`FRONT_CACHE_URLS must list http(s) addresses separated by commas (got "${env.FRONT_CACHE_URLS}")`);
  return parsed.data;
}

export async function refreshFrontCache(paths: readonly string[]): Promise<void> {
  const caches = frontCaches();
  if (caches.length === 0 || paths.length === 0) return;
  await refreshOnce(caches, paths);
  await new Promise((r) => setTimeout(r, REFRESH_GAP_MS));
  await refreshOnce(caches, paths);
}

/** One request per page and cache, a few at a time (each may render a page). */
async function refreshOnce(caches: string[], paths: readonly string[]) {
  const requests = caches.flatMap((base) => paths.map((p) => `${base}${p}`));
  let failed = 0;
  for (let i = 0; i < requests.length; i += 4) {
    const batch = requests.slice(i, i + 4).map((url) =>
      fetch(url, { headers: { "X-Cache-Refresh": "1", "Accept-Encoding": "gzip" }, signal: AbortSignal.timeout(10_000) }).then((r) => r.arrayBuffer()),
    );
    failed += (await Promise.allSettled(batch)).filter((r) => r.status === "rejected").length;
  }
  if (failed > 0) console.warn(`front cache: ${failed} of ${requests.length} refreshes failed; those pages refresh within their s-maxage.`);
}
