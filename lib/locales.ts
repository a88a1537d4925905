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

const rtl: ReadonlySet<string> = new Set(["fa", "ar", "he", "ps", "ur"]);
export const directionOf = (locale: Locale): "ltr" | "rtl" => (rtl.has(locale) ? "rtl" : "ltr");

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
