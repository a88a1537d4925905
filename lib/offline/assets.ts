/**
 * What a kept page needs besides its HTML: the build's scripts, styles and fonts it refers to.
 * Pure, for the service worker (which saves them with the page) and the tests.
 */
import { codePoints, coveredBy, parseFontFaces } from "./font-faces";

/** The build's files (/_next/static/...) that an HTML page refers to, in its tags or its React payload. */
export function assetsOf(html: string): string[] {
  const found = new Set<string>();
  for (const [, path] of html.matchAll(/(?:\/_next\/)?(static\/(?:chunks|css|media)\/[^"'\s\\)?#]+)/g)) found.add(`/_next/${path}`);
  return [...found];
}

/** The text of an HTML page, roughly: its markup removed. Enough to tell which scripts it uses. */
export const textOf = (html: string) => html.replace(/<[^>]*>/g, " ");

/**
 * The font files of a stylesheet's @font-face rules that cover a visible character of the text (every
 * weight and family: a little more than a browser would load, never less), resolved against the
 * stylesheet's address.
 */
export function fontFilesFor(css: string, cssUrl: string, text: string): string[] {
  // a file is needed for a character it draws: spaces alone (which Persian's file has too) ask for none
  const used = codePoints(text.replace(/\s/g, ""));
  const rules = parseFontFaces(css).filter((rule) => coveredBy(rule, used).length > 0);
  return [...new Set(rules.map((rule) => new URL(rule.src, cssUrl).pathname))];
}
