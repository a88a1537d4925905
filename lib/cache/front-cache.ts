import "server-only";
import { z } from "zod";

/**
 * Refreshes the copies a shared cache in front of the app (nginx, deploy/nginx/tarjuma.conf) keeps
 * of the pages a change affects, so readers behind it see the change at once rather than after the
 * pages' s-maxage (10 s). FRONT_CACHE_URLS lists the caches' own addresses (comma-separated); each
 * page is asked for once per encoding the cache keeps (gzip, none) with `X-Cache-Refresh: 1`, which
 * the cache answers from the app and stores. Best effort: a cache that does not answer is logged, and
 * its copies expire by themselves. For a CDN, call its purge API here instead (docs/deploy.md).
 */
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
  const requests = caches.flatMap((base) =>
    paths.flatMap((p) =>
      ["gzip", "identity"].map((encoding) =>
        fetch(`${base}${p}`, { headers: { "X-Cache-Refresh": "1", "Accept-Encoding": encoding }, signal: AbortSignal.timeout(10_000) }).then((r) => r.arrayBuffer()),
      ),
    ),
  );
  const failed = (await Promise.allSettled(requests)).filter((r) => r.status === "rejected").length;
  if (failed > 0) console.warn(`front cache: ${failed} of ${requests.length} refreshes failed; those pages refresh within their s-maxage.`);
}
