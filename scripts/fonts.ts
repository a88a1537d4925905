/**
 * npm run fonts (part of build and dev): cuts the web fonts described in lib/fonts/faces.ts out of
 * the @fontsource packages (harfbuzz's subsetter, through subset-font) into public/fonts/, named by
 * their content, and writes app/fonts.css: one @font-face per family, subset and weight with its
 * unicode-range, and for each family a fallback face fitted to it (size-adjust and ascent, descent
 * and line-gap overrides, computed by Capsize from the font's own metrics as next/font does), so
 * the swap from fallback to web font moves no text. public/fonts/manifest.json lists the files.
 */
import { createHash } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { createFontStack } from "@capsizecss/core";
import arial from "@capsizecss/metrics/arial";
import timesNewRoman from "@capsizecss/metrics/timesNewRoman";
import { fromFile } from "@capsizecss/unpack/fs";
import subsetFont from "subset-font";
import { charactersOf, faceKey, fallbackName, families, fontFaceRule, sourceFile, stackOf, weights } from "../lib/fonts/faces";

const outDir = "public/fonts";
const cssFile = "app/fonts.css";
const fallbackMetrics = { timesNewRoman, arial };

fs.rmSync(outDir, { recursive: true, force: true });
fs.mkdirSync(outDir, { recursive: true });
const manifest: Record<string, string> = {};
const css: string[] = ["/* Written by scripts/fonts.ts from lib/fonts/faces.ts: do not edit. */"];

for (const family of families) {
  for (const subset of family.subsets) {
    for (const weight of weights) {
      const cut = await subsetFont(fs.readFileSync(path.join("node_modules/@fontsource", sourceFile(family, subset, weight))), charactersOf(subset), { targetFormat: "woff2" });
      const name = `${family.pkg}-${subset}-${weight}.${createHash("sha256").update(cut).digest("hex").slice(0, 10)}.woff2`;
      fs.writeFileSync(path.join(outDir, name), cut);
      manifest[faceKey(family, subset, weight)] = `/fonts/${name}`;
      css.push(fontFaceRule(family, subset, weight, `/fonts/${name}`));
    }
  }
  // the fallback face: a local font with the metrics Capsize fits to this family's Latin letters
  // (from the package's Latin file, whichever subsets the site serves: Capsize measures Latin letters)
  const metrics = await fromFile(`node_modules/@fontsource/${family.pkg}/files/${family.pkg}-latin-400-normal.woff2`);
  const [face] = createFontStack([{ ...metrics, familyName: family.name }, fallbackMetrics[family.fallback]], { fontFaceFormat: "styleObject" }).fontFaces;
  const f = face!["@font-face"];
  css.push(
    `@font-face{font-family:"${fallbackName(family)}";src:${family.fallbackAliases.map((n) => `local("${n}")`).join(",")};` +
      `ascent-override:${f.ascentOverride};descent-override:${f.descentOverride};line-gap-override:${f.lineGapOverride};size-adjust:${f.sizeAdjust}}`,
  );
  css.push(`:root{${family.variable}:${stackOf(family, { fitted: true })}}`);
}

fs.writeFileSync(cssFile, css.join("\n") + "\n");
fs.writeFileSync(path.join(outDir, "manifest.json"), JSON.stringify(manifest, null, 2) + "\n");
const total = fs.readdirSync(outDir).filter((f) => f.endsWith(".woff2")).reduce((sum, f) => sum + fs.statSync(path.join(outDir, f)).size, 0);
console.log(`fonts: ${Object.keys(manifest).length} files (${(total / 1024).toFixed(1)} KB) in ${outDir}, faces in ${cssFile}`);
