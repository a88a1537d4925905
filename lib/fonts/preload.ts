import "server-only";
import fs from "node:fs";
import path from "node:path";
import type { Locale } from "../locales";
import { preloadedFaces } from "./faces";

let manifest: Record<string, string> | undefined;

/** The addresses of the font files a locale's pages preload, from the build's manifest (npm run fonts). */
export function fontPreloads(locale: Locale): string[] {
  if (!manifest) {
    const file = path.join(process.cwd(), "public/fonts/manifest.json");
    if (!fs.existsSync(file)) throw new Error(`${file} is missing: run \`npm run fonts\` (part of npm run build and dev)`);
    manifest = JSON.parse(fs.readFileSync(file, "utf8")) as Record<string, string>;
  }
  return preloadedFaces(locale).map((key) => {
    const href = manifest![key];
    if (!href) throw new Error(`public/fonts/manifest.json has no ${key}: run \`npm run fonts\``);
    return href;
  });
}
