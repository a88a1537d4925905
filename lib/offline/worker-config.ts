import type en from "@/messages/en.json";

/** The reader-facing strings of offline reading (messages/<locale>.json, "OfflineWorker"). */
export type OfflineStrings = (typeof en)["OfflineWorker"];

/** What the service worker is built with (see app/serwist/[path]/route.ts): the locales and their strings. */
export interface WorkerConfig {
  locales: string[];
  defaultLocale: string;
  /** Per locale: direction, strings, and its interface font where it has one (the site's files, lib/fonts). */
  locale: Record<string, { dir: "ltr" | "rtl"; strings: OfflineStrings; font: { faces: string; stack: string } | null }>;
}
