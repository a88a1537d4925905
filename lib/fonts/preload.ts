import "server-only";
import fs from "node:fs";
import path from "node:path";
import type { Locale } from "../locales";
import { faceKey, familyFor, fontFaceRule, preloadedFaces, stackOf, weights } from "./faces";

let manifest: Record<string, string> | undefined;

/** The address of a face's file in the build (public/fonts/manifest.json, written by npm run fonts). */
function fileOf(key: string): string {
  if (!manifest) {
    const file = path.join(process.cwd(), "public/fonts/manifest.json");
    if (!fs.existsSync(file)) throw new Error(`${file} is missing: run \`npm run fonts\` (part of npm run build and dev)`);
    manifest = JSON.parse(fs.readFileSync(file, "utf8")) as Record<string, string>;
  }
  const href = manifest[key];
  if (!href) throw new Error(`public/fonts/manifest.json has no ${key}: run \`npm run fonts\``);
  return href;
}

/** The addresses of the font files a locale's pages preload. */
export const fontPreloads = (locale: Locale): string[] => preloadedFaces(locale).map(fileOf);

/**
 * A locale's interface font for pages outside the site's stylesheet (the service worker's own
 * pages): its @font-face rules, pointing at the site's files, and its stack. Null where the
 * interface uses the device's font.
 */
export function interfaceFont(locale: Locale): { faces: string; stack: string } | null {
  const family = familyFor(locale, "interface");
  if (!family) return null;
  const faces = family.subsets.flatMap((subset) => weights.map((weight) => fontFaceRule(family, subset, weight, fileOf(faceKey(family, subset, weight)))));
  return { faces: faces.join(""), stack: stackOf(family, { fitted: false }) };
}
