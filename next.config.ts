import type { NextConfig } from "next";
import { withSerwist } from "@serwist/turbopack";
import createNextIntlPlugin from "next-intl/plugin";

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

const nextConfig: NextConfig = {
  poweredByHeader: false,
  // native or WebAssembly modules, loaded by Node as they are: harfbuzz subsets the offline
  // edition's fonts and measures share images' text, resvg draws them
  serverExternalPackages: ["better-sqlite3", "@prisma/adapter-better-sqlite3", "subset-font", "harfbuzzjs", "@resvg/resvg-js", "wawoff2"],
  async headers() {
    return [
      { source: "/:path*", headers: securityHeaders },
      // font files are named by their content (scripts/fonts.ts): a new font is a new address
      { source: "/fonts/:file*.woff2", headers: [{ key: "Cache-Control", value: "public, max-age=31536000, immutable" }] },
    ];
  },
};

// withSerwist: esbuild (which bundles the service worker, app/serwist/[path]/route.ts) stays external
export default withSerwist(createNextIntlPlugin("./i18n/request.ts")(nextConfig));
