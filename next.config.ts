import path from "node:path";
import type { NextConfig } from "next";
import { withSerwist } from "@serwist/turbopack";
import createNextIntlPlugin from "next-intl/plugin";
import { routing } from "./i18n/routing";

/**
 * Security headers on every response. Pages are static, so scripts cannot carry per-request nonces:
 * Next's own inline bootstrap scripts need 'unsafe-inline'; everything else comes from this origin
 * only, and objects, framing and <base> are refused outright.
 */
const contentSecurityPolicy = [
  "default-src 'self'",
  "script-src 'self' 'unsafe-inline'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join("; ");

const securityHeaders = [
  { key: "Content-Security-Policy", value: contentSecurityPolicy },
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  { key: "X-Frame-Options", value: "DENY" },
  { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=()" },
];

/**
 * The public pages (article list, articles, glossary, entries) may be kept by a shared cache or CDN:
 * it serves them for 10 s, then asks again in the background (a 304 when nothing changed) while it
 * goes on serving its copy, also while the site is down. Browsers always ask (max-age=0, ETag).
 * A change reaches readers behind such a cache within about 10 s, and at once where the site
 * refreshes the front cache itself (FRONT_CACHE_URLS, lib/cache/front-cache.ts).
 */
const publicPageCacheControl = "public, max-age=0, s-maxage=10, stale-while-revalidate=86400, stale-if-error=86400";
const locale = `:locale(${routing.locales.join("|")})`;
const publicPages = [`/${locale}`, `/${locale}/articles/:path*`, `/${locale}/glossary/:slug`].map((source) => ({ source }));

const nextConfig: NextConfig = {
  poweredByHeader: false,
  // native or WebAssembly modules, loaded by Node as they are: the database drivers and Redis client;
  // harfbuzz subsets the offline edition's fonts and measures share images' text, resvg draws them
  serverExternalPackages: ["better-sqlite3", "@prisma/adapter-better-sqlite3", "pg", "@prisma/adapter-pg", "redis", "subset-font", "harfbuzzjs", "@resvg/resvg-js", "wawoff2"],
  // several instances: one build (BUILD_ID) for all, or the same BUILD_ID given to each build (docs/deploy.md)
  ...(process.env.BUILD_ID ? { generateBuildId: async () => process.env.BUILD_ID! } : {}),
  // several instances share their rendered pages and revalidations through Redis (docs/deploy.md)
  ...(process.env.REDIS_URL ? { cacheHandler: path.resolve("lib/cache/shared-cache-handler.mjs") } : {}),
  async headers() {
    const cache = [{ key: "Cache-Control", value: publicPageCacheControl }];
    return [
      { source: "/:path*", headers: securityHeaders },
      ...publicPages.map((p) => ({ ...p, headers: cache })),
      { source: `/${locale}/glossary`, missing: [{ type: "query" as const, key: "q" }], headers: cache },
      // font files are named by their content (scripts/fonts.ts): a new font is a new address
      { source: "/fonts/:file*.woff2", headers: [{ key: "Cache-Control", value: "public, max-age=31536000, immutable" }] },
    ];
  },
};

// withSerwist: esbuild (which bundles the service worker, app/serwist/[path]/route.ts) stays external
export default withSerwist(createNextIntlPlugin("./i18n/request.ts")(nextConfig));
