import { createSerwistRoute } from "@serwist/turbopack";
import { loadMessages } from "@/i18n/messages";
import { routing } from "@/i18n/routing";
import { interfaceFont } from "@/lib/fonts/preload";
import { byLocale, directionOf } from "@/lib/locales";
import type { WorkerConfig } from "@/lib/offline/worker-config";

// The worker is built with the locales, their "offline" strings and interface fonts, so its own pages need no request
// (a Persian page's font comes from the files the worker kept; without them, the device's font)
const messages = await Promise.all(routing.locales.map(loadMessages));
const config: WorkerConfig = {
  locales: [...routing.locales],
  defaultLocale: routing.defaultLocale,
  locale: byLocale((l) => ({ dir: directionOf(l), strings: messages[routing.locales.indexOf(l)]!.OfflineWorker, font: interfaceFont(l) })),
};

/** /serwist/sw.js: the service worker (app/sw.ts), bundled at build time by Serwist with esbuild. */
export const { dynamic, dynamicParams, revalidate, generateStaticParams, GET } = createSerwistRoute({
  swSrc: "app/sw.ts",
  useNativeEsbuild: true,
  // nothing is precached: the worker keeps only what the reader opens or saves
  globPatterns: [],
  esbuildOptions: { format: "iife", sourcemap: false, define: { __TARJUMA_WORKER__: JSON.stringify(config) } },
});
