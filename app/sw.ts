/// <reference lib="webworker" />
/**
 * The service worker (built by @serwist/turbopack, served at /serwist/sw.js; see
 * app/serwist/[path]/route.ts). It downloads nothing the reader did not ask for: no precaching.
 * - Pages the reader opens (articles, the glossary and its entries, the article list) are kept:
 *   network first, so a reader online always gets the current version; the kept copy when offline.
 * - The build's files (/_next/static/...) and the web fonts (/fonts/...), all with content-hashed
 *   names, are kept once loaded and served from the cache: a page always gets the scripts of its
 *   own build, never an older one.
 * - "Save for offline" (/{locale}/articles/{slug}/save) keeps every edition of an article and the
 *   glossary entries of its names, with their files, and says how much that takes.
 * - A page that was never kept shows a localized "you are offline" page listing what is.
 * Caching strategies are Serwist's; the worker uses them without its precaching controller, which
 * would triple its size for nothing this site precaches.
 */
import { CacheableResponsePlugin, CacheFirst, NetworkFirst } from "serwist";
import { formatBytes } from "@/lib/format/bytes";
import { assetsOf, fontFilesFor, textOf } from "@/lib/offline/assets";
import { isKeptPage, localeOfPath, saveListPath, saveRequest, type SaveList } from "@/lib/offline/keep";
import { offlinePage, pageHeaders, savingPage, titleOf, type SavedPage } from "@/lib/offline/pages";
import type { WorkerConfig } from "@/lib/offline/worker-config";

declare const self: ServiceWorkerGlobalScope;
declare const __TARJUMA_WORKER__: WorkerConfig;
const config = __TARJUMA_WORKER__;

const complete = [new CacheableResponsePlugin({ statuses: [200] })];
const pages = new NetworkFirst({ cacheName: "tarjuma-pages", networkTimeoutSeconds: 10, plugins: complete, matchOptions: { ignoreVary: true } });
const files = new CacheFirst({ cacheName: "tarjuma-files", plugins: complete });

self.addEventListener("install", () => void self.skipWaiting());
self.addEventListener("activate", (event) => event.waitUntil(self.clients.claim()));

self.addEventListener("fetch", (event) => {
  const response = respond(event.request, event);
  if (response) event.respondWith(response);
});

// Serwist's protocol: the page asks the worker to keep what it loaded before the worker was there.
self.addEventListener("message", (event) => {
  const data = event.data as { type?: string; payload?: { urlsToCache?: (string | [string, RequestInit])[] } } | null;
  if (data?.type !== "CACHE_URLS") return;
  const requests = (data.payload?.urlsToCache ?? []).map((entry) => (typeof entry === "string" ? new Request(entry) : new Request(...entry)));
  event.waitUntil(Promise.allSettled(requests.map((request) => respond(request, event))));
});

function respond(request: Request, event: ExtendableEvent): Promise<Response> | undefined {
  const url = new URL(request.url);
  if (request.method !== "GET" || url.origin !== self.location.origin || request.headers.has("RSC")) return;
  // the build's files and the web fonts have content-hashed names: kept once loaded, never stale
  if (url.pathname.startsWith("/_next/static/") || url.pathname.startsWith("/fonts/")) return files.handle({ event, request });
  const save = request.mode === "navigate" ? saveRequest(url, config.locales) : null;
  if (save) return saveArticle(event, save.locale, save.slug);
  if (isKeptPage(url, config.locales)) return pages.handle({ event, request }).catch(() => offline(url));
  if (request.mode === "navigate") return fetch(request).catch(() => offline(url));
}

const page = (locale: string) => ({ locale, ...config.locale[locale]! });

/** "You are offline", in the address's locale, listing the kept pages (that locale's first). */
async function offline(url: URL): Promise<Response> {
  const locale = localeOfPath(url.pathname, config.locales, config.defaultLocale);
  const cache = await caches.open(pages.cacheName);
  const saved: (SavedPage & { locale: string })[] = [];
  for (const request of await cache.keys()) {
    const html = await (await cache.match(request))?.text();
    const path = new URL(request.url).pathname;
    if (html) saved.push({ url: path, title: titleOf(html) || path, locale: localeOfPath(path, config.locales, "") });
  }
  const collator = new Intl.Collator(locale);
  saved.sort((a, b) => Number(b.locale === locale) - Number(a.locale === locale) || collator.compare(a.title, b.title));
  const { strings } = page(locale);
  return new Response(offlinePage(page(locale), strings, url.pathname, saved), { status: 503, headers: pageHeaders });
}

/**
 * Saves an article for offline reading: every page its list names (each edition, each entry),
 * with the scripts, styles and fonts those pages use. The reader watches it happen: the page is
 * written as each one is kept, and ends with the size it all takes on the device.
 */
function saveArticle(event: FetchEvent | ExtendableEvent, locale: string, slug: string): Promise<Response> {
  const { strings } = page(locale);
  const { readable, writable } = new TransformStream<Uint8Array, Uint8Array>();
  const writer = writable.getWriter();
  const encoder = new TextEncoder();
  const write = (html: string) => void writer.write(encoder.encode(html)).catch(() => {});
  const seen = new Set<string>();
  let bytes = 0;

  const keepFile = async (path: string, pageText: string) => {
    if (seen.has(path)) return;
    seen.add(path);
    const response = await files.handle({ event, request: new Request(path) });
    const body = await response.clone().arrayBuffer();
    bytes += body.byteLength;
    if (path.endsWith(".css")) {
      const css = new TextDecoder().decode(body);
      for (const font of fontFilesFor(css, new URL(path, self.location.origin).href, pageText)) await keepFile(font, pageText);
    }
  };
  const keepPage = async ({ url, title }: SavedPage) => {
    try {
      const response = await pages.handle({ event, request: new Request(url) });
      if (!response.ok) throw new Error(String(response.status));
      const html = await response.text();
      bytes += encoder.encode(html).byteLength;
      for (const asset of assetsOf(html)) await keepFile(asset, textOf(html));
      write(savingPage.item(strings, title, true));
      return true;
    } catch {
      write(savingPage.item(strings, title, false));
      return false;
    }
  };

  const work = (async () => {
    write(savingPage.start(page(locale), strings));
    let list: SaveList | null = null;
    try {
      list = (await (await fetch(saveListPath(locale, slug))).json()) as SaveList;
    } catch {}
    const queue = [...(list?.pages ?? [])];
    const results: boolean[] = [];
    // four at a time: quick on a slow network, gentle on the server
    await Promise.all(
      Array.from({ length: 4 }, async () => {
        for (let next = queue.shift(); next; next = queue.shift()) results.push(await keepPage(next));
      }),
    );
    const allSaved = list !== null && results.every(Boolean);
    write(savingPage.end(strings, formatBytes(bytes, locale), allSaved, list?.article ?? `/${locale}/articles/${slug}`));
    await writer.close().catch(() => {});
  })();
  event.waitUntil(work);
  return Promise.resolve(new Response(readable, { headers: pageHeaders }));
}
