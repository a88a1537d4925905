import "server-only";
import fs from "node:fs/promises";
import path from "node:path";
import subsetFont from "subset-font";
import { codePoints, coveredBy, parseFontFaces } from "@/lib/offline/font-faces";
import type { FontKey } from "./render";

/** The site's self-hosted fonts (npm packages), by the family names its stylesheet asks for. */
const families: Record<FontKey extends `${infer F}-${string}` ? F : never, { name: string; pkg: string }> = {
  serif: { name: "Noto Serif", pkg: "@fontsource/noto-serif" },
  sans: { name: "Noto Sans", pkg: "@fontsource/noto-sans" },
  persian: { name: "Vazirmatn", pkg: "@fontsource/vazirmatn" },
};

/** Characters every embedded face gets besides its text: separators and digits the markup adds around it. */
const always = " .,:;()+-–—·×0123456789";
const invisible = codePoints(" \u00a0\u200b\u200c\u200d\u200e\u200f\u2060\ufeff");

// The article page, its save page and the file itself each build the same edition: subset once.
const subsets = new Map<string, Promise<Buffer>>();
function subset(file: string, chars: string): Promise<Buffer> {
  const key = `${file}\n${chars}`;
  if (!subsets.has(key)) subsets.set(key, fs.readFile(file).then((font) => subsetFont(font, chars, { targetFormat: "woff2", noHinting: true })));
  return subsets.get(key)!;
}

/**
 * @font-face rules with the fonts embedded as data: URLs, each file subset to the characters of
 * the text set in it (harfbuzz, via subset-font): only the faces and scripts the text uses.
 */
export async function embeddedFontFaces(text: Record<FontKey, string>): Promise<string> {
  const rules: string[] = [];
  for (const key of Object.keys(text) as FontKey[]) {
    if (text[key].trim() === "") continue;
    const [family, weight] = key.split("-") as [keyof typeof families, string];
    const dir = path.join(process.cwd(), "node_modules", families[family].pkg);
    const used = codePoints(text[key]);
    const withMarkup = codePoints(text[key] + always);
    for (const face of parseFontFaces(await fs.readFile(path.join(dir, `${weight}.css`), "utf8"))) {
      // a face is worth its bytes only for a visible character of the text (ZWNJ and its kin draw nothing)
      if (!coveredBy(face, used).some((cp) => !invisible.has(cp)) || !face.src.endsWith(".woff2")) continue;
      const chars = coveredBy(face, withMarkup);
      const font = await subset(path.join(dir, face.src), String.fromCodePoint(...chars));
      rules.push(
        `@font-face{font-family:"${families[family].name}";font-style:normal;font-weight:${weight};font-display:block;` +
          `src:url(data:font/woff2;base64,${font.toString("base64")}) format("woff2");unicode-range:${face.unicodeRange ?? "U+0-10FFFF"}}`,
      );
    }
  }
  return rules.join("");
}
