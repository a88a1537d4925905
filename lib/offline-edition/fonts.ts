import "server-only";
import fs from "node:fs/promises";
import path from "node:path";
import subsetFont from "subset-font";
import { families, fontFaceRule, sourceFile, stackOf, subsetHas, type Family, type Weight } from "@/lib/fonts/faces";
import { codePoints } from "@/lib/offline/font-faces";

/** The text set in each web font of the site (lib/fonts/faces.ts) and weight: what the file must draw. */
export type FaceTexts = Map<Family, Map<Weight, string>>;

/** Characters every embedded face gets besides its text (where its subset has them): separators and digits the markup adds around it. */
const always = " .,:;()+-–—·×0123456789";
const invisible = codePoints(" \u00a0\u200b\u200c\u200d\u200e\u200f\u2060\ufeff");

// The article page, its save page and the file itself each build the same edition: subset once.
const subsets = new Map<string, Promise<Buffer>>();
function subset(file: string, chars: string): Promise<Buffer> {
  const key = `${file}\n${chars}`;
  if (!subsets.has(key)) subsets.set(key, fs.readFile(path.join(process.cwd(), "node_modules/@fontsource", file)).then((font) => subsetFont(font, chars, { targetFormat: "woff2", noHinting: true })));
  return subsets.get(key)!;
}

/**
 * The file's fonts: the site's own faces (lib/fonts/faces.ts: the same families, subsets and
 * unicode-ranges), each cut down to the characters of the text set in it and embedded as a data:
 * URL (harfbuzz, via subset-font), only the faces the text uses; and the families' custom
 * properties, as app/fonts.css names them. Interface text is in the device's sans-serif, as on the site.
 */
export async function embeddedFontFaces(texts: FaceTexts): Promise<string> {
  const rules: string[] = [];
  for (const family of families) {
    for (const [weight, text] of texts.get(family) ?? []) {
      const used = [...codePoints(text)];
      const withMarkup = [...codePoints(text + always)];
      for (const name of family.subsets) {
        // a face is worth its bytes only for a visible character of the text (ZWNJ and its kin draw nothing)
        if (!used.some((cp) => subsetHas(name, cp) && !invisible.has(cp))) continue;
        const font = await subset(sourceFile(family, name, weight), String.fromCodePoint(...withMarkup.filter((cp) => subsetHas(name, cp))));
        rules.push(fontFaceRule(family, name, weight, `data:font/woff2;base64,${font.toString("base64")}`, "block"));
      }
    }
  }
  return rules.join("") + `:root{${families.map((f) => `${f.variable}:${stackOf(f, { fitted: false })}`).join(";")}}`;
}
