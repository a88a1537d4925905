import { routing } from "../i18n/routing";

export const locales = routing.locales;
export type Locale = (typeof locales)[number];
export const defaultLocale: Locale = routing.defaultLocale;

/** Each locale's name in its own language, for language choices. */
export const endonyms: Record<Locale, string> = { en: "English", ru: "Русский", tg: "Тоҷикӣ", fa: "فارسی" };

/**
 * What each locale's text is written with: its script, and the letters it adds to that script's
 * basic alphabet (Tajik's ғ қ ҳ ҷ ӣ ӯ). The fonts a page loads follow from this (lib/fonts/faces.ts).
 */
export const writing: Record<Locale, { script: "latin" | "cyrillic" | "arabic"; extraLetters?: string }> = {
  en: { script: "latin" },
  ru: { script: "cyrillic" },
  tg: { script: "cyrillic", extraLetters: "ҒғҚқҲҳҶҷӢӣӮӯ" },
  fa: { script: "arabic" },
};

const rtl: ReadonlySet<string> = new Set(["fa", "prs", "ar", "he", "ps", "ur", "ckb", "dv", "sd", "ug", "yi", "syr"]);
const rtlScripts: ReadonlySet<string> = new Set(["Arab", "Hebr", "Thaa", "Syrc", "Nkoo", "Adlm"]);
/** The writing direction of a locale or any BCP 47 tag (its script if it names one, else its language). */
export function directionOf(tag: string): "ltr" | "rtl" {
  const [language = "", ...rest] = tag.split("-");
  const script = rest.find((p) => p.length === 4 && /^[A-Za-z]+$/.test(p));
  if (script) return rtlScripts.has(script[0]!.toUpperCase() + script.slice(1).toLowerCase()) ? "rtl" : "ltr";
  return rtl.has(language.toLowerCase()) ? "rtl" : "ltr";
}

/** The reading locale a tag's language is, or null ("fa-AF" → "fa", "prs" → null). */
export const localeOfTag = (tag: string): Locale | null => {
  const language = tag.split("-")[0]!.toLowerCase();
  return isLocale(language) ? language : null;
};

/**
 * The best of some values in several languages for a reader: the reader's locale (its bare tag
 * first), else the default locale, else the first; with whether it fell back.
 */
export function forReader<T extends { tag: string }>(items: readonly T[], locale: Locale): { item: T; fallback: boolean } | null {
  const of = (l: Locale) => items.find((i) => i.tag === l) ?? items.find((i) => localeOfTag(i.tag) === l);
  const own = of(locale);
  if (own) return { item: own, fallback: false };
  const other = of(defaultLocale) ?? items[0];
  return other ? { item: other, fallback: true } : null;
}

/** One value for each locale, in routing order. */
export const byLocale = <T>(value: (locale: Locale) => T): Record<Locale, T> =>
  Object.fromEntries(locales.map((l) => [l, value(l)])) as Record<Locale, T>;

export const isLocale = (value: unknown): value is Locale =>
  typeof value === "string" && (locales as readonly string[]).includes(value);

/** The best supported locale for an Accept-Language header (q-values respected), else the default. */
export function negotiateLocale(header: string | null | undefined): Locale {
  const ranked = (header ?? "")
    .split(",")
    .map((part, index) => {
      const [tag = "", ...params] = part.trim().split(";");
      const q = Number(params.find((p) => p.trim().startsWith("q="))?.trim().slice(2) ?? "1");
      return { base: tag.trim().toLowerCase().split("-")[0], q: Number.isFinite(q) ? q : 0, index };
    })
    .filter((r) => r.q > 0)
    .sort((a, b) => b.q - a.q || a.index - b.index);
  return ranked.map((r) => r.base).find(isLocale) ?? defaultLocale;
}
