import "server-only";
import fs from "node:fs/promises";
import path from "node:path";
import { Resvg, type ResvgRenderOptions } from "@resvg/resvg-js";
import * as hb from "harfbuzzjs";
import { decompress } from "wawoff2";
import { escapeHtml } from "@/lib/text/html";
import { families, familyFor, persian, serif, sourceFile, type Family } from "@/lib/fonts/faces";
import { directionOf, type Locale } from "@/lib/locales";
import { shareImageSize } from "./metadata";

/**
 * Share images (Open Graph, Twitter): the title over the site's name, 1200 × 630 PNG, drawn with
 * resvg from the site's own fonts. resvg shapes text with HarfBuzz's rules (rustybuzz) and
 * applies the Unicode bidirectional algorithm, so Persian is joined and right to left.
 */
const { width: W, height: H } = shareImageSize;
const PAD = 80;

/** A family's files at 700 (one per subset the site serves, lib/fonts/faces.ts), as TrueType for resvg: decompressed once per process. */
const files = new Map<Family, Promise<Buffer[]>>();
function fontFiles(family: Family): Promise<Buffer[]> {
  if (!files.has(family)) {
    files.set(family, Promise.all(family.subsets.map(async (subset) => Buffer.from(await decompress(await fs.readFile(path.join(process.cwd(), "node_modules/@fontsource", sourceFile(family, subset, 700))))))));
  }
  return files.get(family)!;
}

const textElement = (text: string, family: string, size: number, attrs = "") =>
  `<text font-family="${family}" font-weight="700" font-size="${size}" ${attrs}>${escapeHtml(text)}</text>`;

const svg = (body: string) => `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" viewBox="0 0 ${W} ${H}">${body}</svg>`;

/** A font file ready for HarfBuzz, with the characters it has. */
const shapers = new Map<Buffer, { font: hb.Font; upem: number; has: Set<number> }>();
function shaper(ttf: Buffer) {
  if (!shapers.has(ttf)) {
    const face = new hb.Face(new hb.Blob(ttf));
    shapers.set(ttf, { font: new hb.Font(face), upem: face.upem, has: new Set(face.collectUnicodes()) });
  }
  return shapers.get(ttf)!;
}

/**
 * The title's words with their widths at 100 px and the width of a space, shaped by HarfBuzz in
 * the font they will be drawn in (each character in the file of its script; widths scale with size).
 */
function measure(title: string, fontBuffers: Buffer[]) {
  const fonts = fontBuffers.map(shaper);
  const widthOf = (text: string) => {
    let width = 0;
    // runs of characters set in the same file, shaped together
    let run = "";
    let current: (typeof fonts)[number] | undefined;
    const flush = () => {
      if (!run || !current) return;
      const buffer = new hb.Buffer();
      buffer.addText(run);
      buffer.guessSegmentProperties();
      hb.shape(current.font, buffer);
      width += (buffer.getGlyphPositions().reduce((sum, g) => sum + g.xAdvance, 0) / current.upem) * 100;
      run = "";
    };
    for (const ch of text) {
      const font = fonts.find((f) => f.has.has(ch.codePointAt(0)!)) ?? current ?? fonts[0];
      if (font !== current) flush();
      current = font;
      run += ch;
    }
    flush();
    return width;
  };
  const words = title.split(/\s+/).filter(Boolean).map((word) => ({ word, width: widthOf(word) }));
  return { words, space: widthOf(" ") };
}

type Measured = ReturnType<typeof measure>;

/** The words cut into lines no wider than the width at a size. */
function lines({ words, space }: Measured, size: number) {
  const out: { text: string; width: number }[] = [];
  for (const { word, width } of words) {
    const last = out.at(-1);
    const w = (width * size) / 100;
    if (last && last.width + (space * size) / 100 + w <= W - 2 * PAD) out[out.length - 1] = { text: `${last.text} ${word}`, width: last.width + (space * size) / 100 + w };
    else out.push({ text: word, width: w });
  }
  return out;
}

/** A PNG with the title (in the page's script and direction) over the site's name. */
export async function shareImage({ title, siteName, locale, label }: { title: string; siteName: string; locale: Locale; label: string }): Promise<Buffer> {
  const rtl = directionOf(locale) === "rtl";
  // the site's fonts (lib/fonts/faces.ts): the title in the page's reading font; the site's name and
  // the label in Vazirmatn when Persian, else in the serif (an image has no device font to use)
  const titleFamily = familyFor(locale, "reading")!;
  const uiOf = (text: string) => (/\p{Script=Arabic}/u.test(text) ? persian : serif).name;
  // every family, so that a name in another script (Latin in a Persian title) is drawn too
  const fontBuffers = (await Promise.all([titleFamily, ...families.filter((f) => f !== titleFamily)].map(fontFiles))).flat();
  // resvg-js 2.6 reads font files from memory (font.fontBuffers), which its type declarations do not list
  const font: NonNullable<ResvgRenderOptions["font"]> & { fontBuffers: Buffer[] } = { fontBuffers, loadSystemFonts: false, defaultFontFamily: uiOf(siteName) };
  const lineHeightOf = (size: number) => Math.round(size * (rtl ? 1.5 : 1.2));
  const rule = H - PAD - 62;
  // resvg lays out each line by the bidirectional algorithm; right to left, lines are anchored at their right end
  const start = (y: number) => `x="${rtl ? W - PAD : PAD}" y="${y}" text-anchor="${rtl ? "end" : "start"}" xml:lang="${locale}"`;
  const end = (y: number) => `x="${rtl ? PAD : W - PAD}" y="${y}" text-anchor="${rtl ? "start" : "end"}" xml:lang="${locale}"`;
  const titleLine = (text: string, size: number, i: number) => textElement(text, titleFamily.name, size, `${start(PAD + size + i * lineHeightOf(size))} fill="#1d1d1f"`);

  // the largest size (from 68 px down) at which the title fits above the rule
  const fit = (measured: Measured) => {
    let size = 68;
    let cut = lines(measured, size);
    while (PAD + size + (cut.length - 1) * lineHeightOf(size) > rule - 24 && size > 32) cut = lines(measured, (size -= 4));
    return { size, cut };
  };
  let measured = measure(title, fontBuffers);
  let { size, cut } = fit(measured);
  // HarfBuzz's widths and resvg's drawing can differ by a few per cent (spacing, fallback of
  // spaces): draw the widest line once and scale the measures if it came out wider
  const widest = cut.reduce((a, b) => (b.width > a.width ? b : a));
  const drawn = new Resvg(svg(titleLine(widest.text, size, 0)), { font }).getBBox()?.width ?? widest.width;
  if (drawn > widest.width * 1.005) {
    const scale = drawn / widest.width;
    measured = { words: measured.words.map((w) => ({ ...w, width: w.width * scale })), space: measured.space * scale };
    ({ size, cut } = fit(measured));
  }
  const body =
    `<rect width="${W}" height="${H}" fill="#fdfcf8"/><rect width="${W}" height="14" fill="#0b5394"/>` +
    cut.map((line, i) => titleLine(line.text, size, i)).join("") +
    `<rect x="${PAD}" y="${rule}" width="${W - 2 * PAD}" height="2" fill="#d9d6cc"/>` +
    textElement(siteName, uiOf(siteName), 40, `${start(H - PAD)} fill="#0b5394"`) +
    textElement(label, uiOf(label), 28, `${end(H - PAD)} fill="#595959"`);
  return new Resvg(svg(body), { font }).render().asPng();
}

export const pngResponse = (png: Buffer) => new Response(new Uint8Array(png), { headers: { "Content-Type": "image/png" } });
