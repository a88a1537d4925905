import { locales, writing, type Locale } from "../locales";

/**
 * The web fonts, as data: which families, weights and character subsets the site serves, cut at
 * build time (scripts/fonts.ts) from the @fontsource packages. Interface text uses the device's own
 * sans-serif; only reading text (titles, article text) and Persian use these. A page downloads only
 * the subsets whose characters it shows (each face has its unicode-range), never a script it lacks.
 */

export type Subset = "latin" | "cyrillic" | "cyrillic-extra" | "arabic";
export type Weight = 400 | 700;

export interface Family {
  /** The CSS family name. */
  name: string;
  /** The @fontsource package (node_modules/@fontsource/<pkg>). */
  pkg: string;
  /** The metric-compatible local font its fallback face is fitted to (a @capsizecss/metrics name). */
  fallback: "timesNewRoman" | "arial";
  /** More local names of fonts with the same metrics as that fallback. */
  fallbackAliases: string[];
  generic: "serif" | "sans-serif";
  /** The custom property that names the stack in CSS (app/fonts.css). */
  variable: string;
  subsets: Subset[];
}

export const serif: Family = {
  name: "Noto Serif",
  pkg: "noto-serif",
  fallback: "timesNewRoman",
  fallbackAliases: ["Times New Roman", "TimesNewRomanPSMT", "Liberation Serif", "Tinos"],
  generic: "serif",
  variable: "--serif",
  subsets: ["latin", "cyrillic", "cyrillic-extra"],
};

export const persian: Family = {
  name: "Vazirmatn",
  pkg: "vazirmatn",
  fallback: "arial",
  fallbackAliases: ["Arial", "ArialMT", "Liberation Sans", "Arimo"],
  generic: "sans-serif",
  variable: "--persian",
  subsets: ["arabic"],
};

export const families: readonly Family[] = [serif, persian];

export const weights: readonly Weight[] = [400, 700];

type Ranges = readonly (readonly [number, number])[];
const single = (...codes: number[]): Ranges => codes.map((c) => [c, c] as const);
const lettersOf = (text: string): Ranges => single(...[...new Set(text)].map((c) => c.codePointAt(0)!).sort((a, b) => a - b));

/** Letters that some locale adds to the Cyrillic alphabet (Tajik's), in one small file of their own. */
const cyrillicExtra = locales.map((l) => writing[l].extraLetters ?? "").join("");

/** Each subset: the @fontsource file it is cut from and the code points it keeps. */
export const subsets: Record<Subset, { from: string; ranges: Ranges }> = {
  // ASCII, Latin-1 (« » é ü), dashes, quotes, ellipsis, the euro sign
  latin: { from: "latin", ranges: [[0x20, 0x7e], [0xa0, 0xff], [0x2010, 0x2027], [0x2030, 0x203a], [0x20ac, 0x20ac]] },
  // the Russian alphabet (and the rest of the basic Cyrillic block), the numero sign
  cyrillic: { from: "cyrillic", ranges: [[0x400, 0x45f], [0x490, 0x491], [0x2116, 0x2116]] },
  "cyrillic-extra": { from: "cyrillic-ext", ranges: lettersOf(cyrillicExtra) },
  // the Persian alphabet with Arabic ي ك ة and hamza forms, harakat, digits, punctuation, ZWNJ, and
  // the spaces between its words (in the package's Arabic file too: Persian text is Vazirmatn's throughout)
  arabic: {
    from: "arabic",
    ranges: [
      [0x20, 0x20], [0xa0, 0xa0], [0x60c, 0x60c], [0x61b, 0x61b], [0x61f, 0x61f], [0x621, 0x63a], [0x640, 0x655], [0x660, 0x66c],
      [0x670, 0x670], [0x67e, 0x67e], [0x686, 0x686], [0x698, 0x698], [0x6a9, 0x6a9], [0x6af, 0x6af],
      [0x6c0, 0x6c0], [0x6cc, 0x6cc], [0x6f0, 0x6f9], [0x200c, 0x200f],
    ],
  },
};

/** The characters of a subset, for the subsetter. */
export const charactersOf = (subset: Subset): string =>
  subsets[subset].ranges.flatMap(([from, to]) => Array.from({ length: to - from + 1 }, (_, i) => String.fromCodePoint(from + i))).join("");

const hex = (n: number) => n.toString(16).toUpperCase().padStart(4, "0");
/** A subset's CSS unicode-range. */
export const unicodeRange = (subset: Subset): string =>
  subsets[subset].ranges.map(([from, to]) => (from === to ? `U+${hex(from)}` : `U+${hex(from)}-${hex(to)}`)).join(",");

/**
 * The web font a locale's text is set in (app/globals.css says the same): reading text (titles,
 * article text) in the serif, Persian in Vazirmatn, whatever it is; interface text in the device's
 * own sans-serif (null: no download), except Persian, which is Vazirmatn's everywhere.
 */
export function familyFor(locale: Locale, role: "reading" | "interface"): Family | null {
  if (writing[locale].script === "arabic") return persian;
  return role === "reading" ? serif : null;
}

/** Whether a subset has a code point. */
export const subsetHas = (subset: Subset, codePoint: number): boolean => subsets[subset].ranges.some(([from, to]) => codePoint >= from && codePoint <= to);

/**
 * The @fontsource file a face is cut from, inside node_modules/@fontsource/ (readers name that
 * folder themselves, so the build's file tracing sees where they read): the site's fonts
 * (scripts/fonts.ts), the offline edition's and the share images' all start from these files.
 */
export const sourceFile = (family: Family, subset: Subset, weight: Weight): string =>
  `${family.pkg}/files/${family.pkg}-${subsets[subset].from}-${weight}-normal.woff2`;

/** The name of the local face fitted to a family's metrics (app/fonts.css). */
export const fallbackName = (family: Family) => `${family.name} Fallback`;

/** The font stack a family's custom property names: the web font, its fitted fallback where there is one, the generic family. */
export const stackOf = (family: Family, { fitted }: { fitted: boolean }): string =>
  [`"${family.name}"`, ...(fitted ? [`"${fallbackName(family)}"`] : []), family.generic].join(",");

/** One face's @font-face rule: the family, weight and unicode-range of a subset, from a file (an address or a data: URL). */
export const fontFaceRule = (family: Family, subset: Subset, weight: Weight, url: string, display: "swap" | "block" = "swap"): string =>
  `@font-face{font-family:"${family.name}";font-style:normal;font-weight:${weight};font-display:${display};` +
  `src:url(${url}) format("woff2");unicode-range:${unicodeRange(subset)}}`;

/** The key of one face in the build's manifest (public/fonts/manifest.json). */
export const faceKey = (family: Family, subset: Subset, weight: Weight) => `${family.pkg}/${subset}/${weight}`;

/**
 * The faces a locale's pages show above the fold, to preload: the regular weight of its reading
 * font, in the subsets of its script (Latin punctuation and digits come with Cyrillic text).
 */
export function preloadedFaces(locale: Locale): string[] {
  const { script, extraLetters } = writing[locale];
  if (script === "arabic") return [faceKey(persian, "arabic", 400)];
  const wanted: Subset[] = script === "latin" ? ["latin"] : ["latin", "cyrillic", ...(extraLetters ? (["cyrillic-extra"] as const) : [])];
  return wanted.map((s) => faceKey(serif, s, 400));
}
