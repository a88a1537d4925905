import "server-only";
import fs from "node:fs/promises";
import path from "node:path";
import { Resvg } from "@resvg/resvg-js";
import { decompress } from "wawoff2";
import { escapeHtml } from "@/lib/offline/pages";
import { directionOf, type Locale } from "@/lib/locales";

/**
 * Share images (Open Graph, Twitter): the title over the site's name, 1200 × 630 PNG, drawn with
 * resvg from the site's own fonts. resvg shapes text with HarfBuzz's rules (rustybuzz) and
 * applies the Unicode bidirectional algorithm, so Persian is joined and right to left.
 */
export const shareImageSize = { width: 1200, height: 630 };
const { width: W, height: H } = shareImageSize;
const PAD = 80;

const families = {
  serif: { name: "Noto Serif", pkg: "@fontsource/noto-serif" },
  sans: { name: "Noto Sans", pkg: "@fontsource/noto-sans" },
  persian: { name: "Vazirmatn", pkg: "@fontsource/vazirmatn" },
};

/** Every file of a family at a weight (each script is its own file), as TrueType for resvg. */
async function fontFiles({ pkg }: { pkg: string }, weight: number): Promise<Buffer[]> {
  const dir = path.join(process.cwd(), "node_modules", pkg, "files");
  const names = (await fs.readdir(dir)).filter((f) => f.endsWith(`-${weight}-normal.woff2`) && /-(latin|latin-ext|cyrillic|cyrillic-ext|arabic)-/.test(f));
  return Promise.all(names.map(async (f) => Buffer.from(await decompress(await fs.readFile(path.join(dir, f))))));
}

let fonts: Promise<Buffer[]> | undefined;
const allFonts = () => (fonts ??= Promise.all(Object.values(families).map((f) => fontFiles(f, 700))).then((lists) => lists.flat()));

const textElement = (text: string, family: string, size: number, attrs = "") =>
  `<text font-family="${family}" font-weight="700" font-size="${size}" ${attrs}>${escapeHtml(text)}</text>`;

const svg = (body: string) => `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" viewBox="0 0 ${W} ${H}">${body}</svg>`;

/** The title cut into lines that fit the width, measured by resvg itself with the same font. */
function lines(title: string, family: string, size: number, fontBuffers: Buffer[]): string[] {
  const widthOf = (text: string) =>
    new Resvg(svg(textElement(text, family, size, `x="0" y="${size}"`)), { font: { fontBuffers, loadSystemFonts: false } }).getBBox()?.width ?? 0;
  const out: string[] = [];
  for (const word of title.split(/\s+/).filter(Boolean)) {
    const last = out.at(-1);
    if (last !== undefined && widthOf(`${last} ${word}`) <= W - 2 * PAD) out[out.length - 1] = `${last} ${word}`;
    else out.push(word);
  }
  return out;
}

/** A PNG with the title (in the page's script and direction) over the site's name. */
export async function shareImage({ title, siteName, locale, label }: { title: string; siteName: string; locale: Locale; label: string }): Promise<Buffer> {
  const fontBuffers = await allFonts();
  const rtl = directionOf(locale) === "rtl";
  const family = rtl ? families.persian.name : families.serif.name;
  const ui = rtl ? families.persian.name : families.sans.name;
  // the largest size (from 68 px down) at which the title fits in five lines
  let size = 68;
  let cut = lines(title, family, size, fontBuffers);
  while (cut.length > 5 && size > 36) {
    size -= 8;
    cut = lines(title, family, size, fontBuffers);
  }
  const lineHeight = Math.round(size * (rtl ? 1.6 : 1.25));
  const x = rtl ? W - PAD : PAD;
  const anchor = `x="${x}" text-anchor="start" direction="${rtl ? "rtl" : "ltr"}" xml:lang="${locale}"`;
  const body =
    `<rect width="${W}" height="${H}" fill="#fdfcf8"/><rect width="${W}" height="14" fill="#0b5394"/>` +
    cut.map((line, i) => textElement(line, family, size, `${anchor} y="${PAD + size + i * lineHeight}" fill="#1d1d1f"`)).join("") +
    `<rect x="${PAD}" y="${H - PAD - 62}" width="${W - 2 * PAD}" height="2" fill="#d9d6cc"/>` +
    textElement(siteName, families.sans.name, 40, `x="${rtl ? W - PAD : PAD}" y="${H - PAD}" text-anchor="start" direction="${rtl ? "rtl" : "ltr"}" fill="#0b5394"`) +
    textElement(label, ui, 28, `${anchor.replace(`x="${x}"`, `x="${rtl ? PAD : W - PAD}"`).replace('text-anchor="start"', 'text-anchor="end"')} y="${H - PAD}" fill="#595959"`);
  return new Resvg(svg(body), { font: { fontBuffers, loadSystemFonts: false, defaultFontFamily: families.sans.name } }).render().asPng();
}
