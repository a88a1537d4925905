// @ts-check
/**
 * Next.js's cache handler (next.config.ts `cacheHandler`, used when REDIS_URL is set): the rendered
 * pages of every instance are shared through Redis, and so are revalidations, so that a change saved
 * through one instance is on every instance's pages within a second or two.
 *
 * Why our own: @fortedigital/nextjs-cache-handler 3.x (the kept successor of @neshca) fills Redis
 * from the build under plain route keys, while Next 16.4 asks for route-scoped keys
 * (`/route-cache/APP_PAGE/<hash>/$/en/glossary`), so the prerendered pages are never found and every
 * page is rendered again at run time, from the database, which must then be up. This handler keeps
 * Next's own FileSystemCache underneath (memory, disk, and the build's prerendered pages under the
 * keys Next asks for; it writes nothing to disk, see the constructor) and adds Redis beside it:
 *
 * - get: the instance's own copy while no revalidation is newer than it (a memory read), else the
 *   copy in Redis if another instance made a newer one (kept as the instance's own from then on).
 * - set: written to the instance's own cache and to Redis.
 * - revalidateTag: recorded in Redis (tag -> time, and a new version token) for the other
 *   instances, which look at the version every POLL_MS and mark the same tags on themselves.
 *   A revalidation marks pages stale rather than expired (Next's stale-while-revalidate): the next
 *   request gets the page it had and renders it again in the background, and the one after gets
 *   the new page. So a page never fails because the database is down at the moment it would be
 *   rendered again: it stays as it was until a render succeeds.
 * - Redis away: every instance goes on with its own cache (stale is better than down). Its own
 *   revalidations are kept and written to Redis when it returns, and every instance reads all
 *   revalidations again on reconnecting, so they catch up.
 *
 * Entries are kept per build (BUILD_ID in the key: a page's payload names its build's scripts);
 * revalidations are shared by every build. Instances compare times from their clocks: keep them in
 * step (NTP), as any cluster does. Settings: REDIS_URL, REDIS_KEY_PREFIX (default "tarjuma").
 */
import { createRequire } from "node:module";
import fs from "node:fs";
import path from "node:path";
import { createClient } from "redis";

const require = createRequire(import.meta.url);
/** @type {new (ctx: any) => LocalCache} */
const FileSystemCache = require("next/dist/server/lib/incremental-cache/file-system-cache.js").default;

/**
 * @typedef {{ lastModified: number, value: any, cacheControl?: unknown }} Entry
 * @typedef {{ get(key: string, ctx: any): Promise<Entry | null>, set(key: string, data: any, ctx: any): Promise<void>, revalidateTag(tags: string | string[], durations?: { expire?: number }): Promise<void>, resetRequestCache?(): void }} LocalCache
 */

const POLL_MS = Number(process.env.SHARED_CACHE_POLL_MS ?? 1000);
/** How long a Redis command may take before the instance answers from its own cache instead. */
const COMMAND_MS = 1000;
/** Entries expire from Redis after this long unread (they are rendered again on demand). */
const ENTRY_TTL_SECONDS = 14 * 24 * 3600;

/**
 * Next's own record of revalidated tags in this process (tag -> { stale, expired } times), which
 * Next reads to decide whether a cached page is fresh, stale (served while it is rendered again in
 * the background) or expired (rendered before it is served). Next's FileSystemCache and its default
 * `use cache` handler write it; revalidatePath marks tags expired there. This handler marks them
 * stale instead, at the time they were revalidated on whichever instance.
 * @type {Map<string, { stale?: number, expired?: number }>}
 */
const tagsManifest = require("next/dist/server/lib/incremental-cache/tags-manifest.external.js").tagsManifest;
/** @param {string[]} tags @param {number} at */
function markStale(tags, at) {
  for (const tag of tags) {
    const { stale = 0 } = tagsManifest.get(tag) ?? {};
    tagsManifest.set(tag, { stale: Math.max(stale, at) });
  }
}

const prefix = process.env.REDIS_KEY_PREFIX || "tarjuma";
const keys = {
  tags: `${prefix}:revalidated`,
  version: `${prefix}:revalidated:version`,
  /** @param {string} build @param {string} key */
  entry: (build, key) => `${prefix}:page:${build}:${key}`,
};

/**
 * One connection per process (Next makes a handler per request), with the revalidations every
 * instance made: tag -> time (ms).
 * @type {{ client: ReturnType<typeof createClient> | null, up: boolean, version: string | null, revalidated: Map<string, number>, pending: Map<string, number>, timer: NodeJS.Timeout | null }}
 */
const shared = /** @type {any} */ (globalThis).__tarjumaSharedCache ?? {
  client: null,
  up: false,
  version: null,
  revalidated: new Map(),
  pending: new Map(),
  timer: null,
};
/** @type {any} */ (globalThis).__tarjumaSharedCache = shared;

/** @param {string} message */
const log = (message) => console.warn(`shared cache: ${message}`);
/** @param {() => string} message */
const debug = (message) => process.env.SHARED_CACHE_DEBUG && console.warn(`shared cache [${process.pid}]: ${message()}`);

/**
 * @template T
 * @param {Promise<T>} promise
 * @returns {Promise<T>}
 */
function within(promise) {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`Redis did not answer within ${COMMAND_MS} ms`)), COMMAND_MS);
    promise.then(
      (value) => (clearTimeout(timer), resolve(value)),
      (error) => (clearTimeout(timer), reject(error)),
    );
  });
}

function connect() {
  if (shared.client || !process.env.REDIS_URL || process.env.NEXT_PHASE === "phase-production-build") return;
  const client = createClient({
    url: process.env.REDIS_URL,
    // commands fail at once while Redis is away (the instance answers from its own cache), and the
    // client keeps trying to reconnect, every 2 s at most
    disableOfflineQueue: true,
    socket: { connectTimeout: 2000, reconnectStrategy: (retries) => Math.min(100 * 2 ** retries, 2000) },
  });
  shared.client = client;
  client.on("error", (/** @type {Error} */ error) => {
    if (shared.up) log(`Redis is unavailable (${error.message}); serving from this instance's own cache until it is back.`);
    shared.up = false;
  });
  client.on("ready", () => {
    void catchUp().then(
      () => {
        shared.up = true;
        log("connected to Redis; pages and revalidations are shared.");
      },
      (error) => log(`could not catch up with Redis (${error.message}); will try again.`),
    );
  });
  client.connect().catch(() => {}); // the "error" event says why; reconnecting goes on by itself
  shared.timer = setInterval(() => void poll(), POLL_MS);
  shared.timer.unref();
}

/** Writes this instance's revalidations made while Redis was away, then reads everyone's. */
async function catchUp() {
  const client = shared.client;
  if (!client) return;
  if (shared.pending.size > 0) {
    const pending = [...shared.pending];
    await within(client.multi().hSet(keys.tags, Object.fromEntries(pending.map(([t, at]) => [t, String(at)]))).set(keys.version, token()).exec());
    for (const [tag] of pending) shared.pending.delete(tag);
  }
  await readRevalidations();
}

async function readRevalidations() {
  const client = shared.client;
  if (!client) return;
  const [version, all] = await within(Promise.all([client.get(keys.version), client.hGetAll(keys.tags)]));
  const changed = Object.entries(all).filter(([tag, at]) => Number(at) > (shared.revalidated.get(tag) ?? 0));
  for (const [tag, at] of changed) shared.revalidated.set(tag, Number(at));
  debug(() => `read revalidations (version ${version}): ${changed.map(([t]) => t).join(", ")}`);
  // on the first reading too: this instance's own copies (the build's pages) may predate them
  for (const [tag, at] of changed) markStale([tag], Number(at));
  shared.version = version ?? "";
}

/** Reads the revalidations again when another instance has made one (its version token changed). */
async function poll() {
  if (!shared.client?.isReady) return;
  if (!shared.up) {
    // connected, but catching up failed (Redis answered too slowly): try again
    await catchUp().then(() => (shared.up = true), () => {});
    return;
  }
  try {
    const version = await within(shared.client.get(keys.version));
    if ((version ?? "") !== shared.version) await readRevalidations();
  } catch {
    // the client's "error" event marks Redis as away
  }
}

const token = () => `${Date.now()}-${Math.random().toString(36).slice(2)}`;

/** Whether a tag of the entry was revalidated (here or on another instance) after it was made. @param {Entry} entry */
function staleByTags(entry) {
  const header = entry.value?.headers?.["x-next-cache-tags"];
  if (typeof header !== "string") return false;
  return header.split(",").some((tag) => {
    const record = tagsManifest.get(tag);
    return Math.max(record?.stale ?? 0, record?.expired ?? 0) > entry.lastModified;
  });
}

/** JSON that keeps Buffers (as base64) and Maps, the two non-JSON types Next's entries hold. */
function encode(/** @type {Entry} */ entry) {
  return JSON.stringify(entry, function (key, value) {
    const raw = this[key];
    if (Buffer.isBuffer(raw)) return { $buffer: raw.toString("base64") };
    if (raw instanceof Map) return { $map: [...raw] };
    return value;
  });
}

/** @param {string} text @returns {Entry} */
function decode(text) {
  return JSON.parse(text, (_key, value) => {
    if (value && typeof value === "object" && typeof value.$buffer === "string") return Buffer.from(value.$buffer, "base64");
    if (value && typeof value === "object" && Array.isArray(value.$map)) return new Map(value.$map);
    return value;
  });
}

export default class SharedCacheHandler {
  /** @param {any} ctx */
  constructor(ctx) {
    // memory only, over the build's own prerendered files: instances on one machine run from one
    // .next, and Next writing its copies there (and promoting the build's files into it) while
    // another instance reads them made that instance miss a page and render it, a 500 with the
    // database down (the two-instance test, 2 runs in 3). Redis is the copy instances share.
    /** @type {LocalCache} */
    this.local = new FileSystemCache({ ...ctx, flushToDisk: false });
    this.build = ctx.serverDistDir ? readBuildId(ctx.serverDistDir) : "dev";
    connect();
  }

  /**
   * The instance's own copy while it is current (no tag revalidated since it was made): a memory
   * read, no Redis round trip, nothing to decode. Otherwise the copy in Redis when it is newer (made
   * by another instance after the revalidation), kept as the instance's own from then on.
   * @param {string} key @param {any} ctx
   */
  async get(key, ctx) {
    const local = await this.local.get(key, ctx);
    if (local && !staleByTags(local)) return local;
    if (!shared.up || !shared.client) return local;
    /** @type {Entry | null} */
    let entry = null;
    try {
      const text = await within(shared.client.get(keys.entry(this.build, key)));
      entry = text ? decode(text) : null;
    } catch {
      return local;
    }
    debug(() => `get ${key}: ${entry ? `redis, ${entry.lastModified}` : "not in redis"}, own ${local?.lastModified ?? "none"}`);
    if (!entry || (local && entry.lastModified <= local.lastModified)) return local;
    // staleness (tags revalidated after it was made) is Next's to judge, from its record of tags
    if (!staleByTags(entry)) await this.local.set(key, entry.value, { cacheControl: entry.cacheControl, isFallback: ctx?.isFallback, isRoutePPREnabled: ctx?.isRoutePPREnabled }).catch(() => {});
    return entry;
  }

  /** @param {string} key @param {any} data @param {any} ctx */
  async set(key, data, ctx) {
    await this.local.set(key, data, ctx);
    if (!shared.up || !shared.client || !data) return;
    const entry = { value: data, lastModified: Date.now(), cacheControl: ctx?.cacheControl };
    debug(() => `set ${key} ${entry.lastModified}`);
    await within(shared.client.set(keys.entry(this.build, key), encode(entry), { EX: ENTRY_TTL_SECONDS })).catch(() => {});
  }

  /** @param {string | string[]} tags @param {{ expire?: number }} [durations] */
  async revalidateTag(tags, durations) {
    const list = typeof tags === "string" ? [tags] : tags;
    if (list.length === 0) return;
    const at = Date.now();
    // stale, never expired (see above); a lifetime given with the revalidation (durations.expire) is Next's
    if (durations?.expire !== undefined) await this.local.revalidateTag(list, durations);
    else markStale(list, at);
    debug(() => `revalidate ${list.join(", ")} at ${at}`);
    for (const tag of list) shared.revalidated.set(tag, at);
    const record = Object.fromEntries(list.map((t) => [t, String(at)]));
    try {
      if (!shared.up || !shared.client) throw new Error("Redis is away");
      await within(shared.client.multi().hSet(keys.tags, record).set(keys.version, token()).exec());
    } catch {
      for (const tag of list) shared.pending.set(tag, at); // written when Redis is back (catchUp)
    }
  }

  resetRequestCache() {
    this.local.resetRequestCache?.();
  }
}

/** @type {Map<string, string>} */
const buildIds = new Map();
/** The build's id, read once per process (Next makes a handler per request). @param {string} serverDistDir */
function readBuildId(serverDistDir) {
  let id = buildIds.get(serverDistDir);
  if (id === undefined) {
    try {
      id = fs.readFileSync(path.join(serverDistDir, "..", "BUILD_ID"), "utf8").trim();
    } catch {
      id = "unknown";
    }
    buildIds.set(serverDistDir, id);
  }
  return id;
}
