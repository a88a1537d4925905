/**
 * Which addresses the service worker keeps for reading offline, and the "save for offline" address
 * of an article. Pure, so the worker and the tests share it; the locales come from i18n/routing.ts.
 */

/** The article list, an article (and its parallel views), the glossary and a glossary entry. */
const keptPage = /^\/([^/]+)(?:\/articles\/[^/]+(?:\/parallel\/[^/]+)?|\/glossary(?:\/[^/]+)?)?$/;
const savePage = /^\/([^/]+)\/articles\/([^/]+)\/save$/;

/** A page the worker keeps once the reader opens it (not a search, not the editor, not a file). */
export function isKeptPage(url: URL, locales: readonly string[]): boolean {
  const locale = keptPage.exec(url.pathname)?.[1];
  return url.search === "" && locale !== undefined && locales.includes(locale);
}

/** The article whose "save for offline" address this is, or null. */
export function saveRequest(url: URL, locales: readonly string[]): { locale: string; slug: string } | null {
  const [, locale = "", slug = ""] = savePage.exec(url.pathname) ?? [];
  return locales.includes(locale) ? { locale, slug } : null;
}

/** The address that saves an article for offline reading (served by the worker; a static page explains it otherwise). */
export const savePath = (locale: string, slug: string) => `/${locale}/articles/${slug}/save`;

/** The list of pages that saving an article keeps (JSON: `SaveList`). */
export const saveListPath = (locale: string, slug: string) => `${savePath(locale, slug)}.json`;

export interface SaveList {
  /** The article page in the reader's locale, to go back to. */
  article: string;
  pages: { url: string; title: string }[];
}

/** The locale an address is in, else the fallback. */
export function localeOfPath(pathname: string, locales: readonly string[], fallback: string): string {
  const first = pathname.split("/")[1] ?? "";
  return locales.includes(first) ? first : fallback;
}
