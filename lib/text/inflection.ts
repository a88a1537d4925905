import type { Locale } from "../locales";

/**
 * Endings that may follow a glossary name inside the same word, per language (folded forms).
 * English: possessive and plural are separate tokens or handled by the apostrophe boundary.
 * Russian: noun case endings ("Бадахшан-е", "Табаров-а", "Таджикистан-ом").
 * Tajik: the object marker -ро, the izofa -и, plural -ҳо/-он (folded ҳ → х) and combinations.
 * Persian: attached suffixes usually follow a ZWNJ, which the normaliser treats as a word boundary;
 * the izafe -ی written attached and the plural -ها written without ZWNJ are listed here.
 */
const suffixes: Record<Locale, readonly string[]> = {
  en: [],
  ru: ["а", "у", "ом", "е", "ы", "ой", "ского", "ской", "ском", "ов", "ами", "ах", "ам", "ям", "ями", "ях", "ю", "я", "ей", "ии", "ию", "ией"],
  tg: ["и", "ро", "ию", "хо", "хои", "хоро", "он", "они", "ии", "ву", "ю", "е"],
  fa: ["ی", "ها", "های", "هایی"],
};

export const suffixesFor = (locale: Locale): readonly string[] => suffixes[locale];
