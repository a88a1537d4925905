import { isLocale, type Locale } from "../locales";

/**
 * A language's name for a reader: the interface's own word for a reading locale (messages,
 * "Languages"), else CLDR's name for the tag in the reader's language (Intl.DisplayNames:
 * "fa-AF" and "prs" are "Dari"), else the tag itself.
 */
export function languageLabel(tag: string, reader: Locale, own: (locale: Locale) => string): string {
  if (isLocale(tag)) return own(tag);
  try {
    return new Intl.DisplayNames([reader], { type: "language", fallback: "none" }).of(tag) ?? tag;
  } catch {
    return tag;
  }
}

/** The names of several languages, by tag. */
export const languageLabels = (tags: Iterable<string>, reader: Locale, own: (locale: Locale) => string): Record<string, string> =>
  Object.fromEntries([...new Set(tags)].map((tag) => [tag, languageLabel(tag, reader, own)]));
