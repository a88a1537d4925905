import "server-only";
import { createHash } from "node:crypto";
import fs from "node:fs/promises";
import path from "node:path";
import { getTranslations } from "next-intl/server";
import { PurgeCSS } from "purgecss";
import { getPathname } from "@/i18n/paths";
import { getLocators } from "@/lib/places/locators";
import { getEditions } from "@/lib/db/articles";
import { siteUrl } from "@/lib/env";
import { formatIsoDate } from "@/lib/format/date";
import { languageLabel } from "@/lib/format/language";
import type { Locale } from "@/lib/locales";
import { embeddedFontFaces } from "./fonts";
import { renderEdition, stylesSlot, type EditionStrings } from "./render";

export interface OfflineEdition {
  html: string;
  bytes: number;
  sha256: string;
  filename: string;
}

/**
 * The site's stylesheet as the file needs it: only the rules whose selectors its markup can match
 * (PurgeCSS; the rest are the editor's, the search form's, the parallel page's...), then comments
 * and whitespace removed.
 */
async function stylesFor(html: string, fileCss: string): Promise<string> {
  const site = (await fs.readFile(path.join(process.cwd(), "app/globals.css"), "utf8")).replace(/@font-face\s*{[^}]*}|@import[^;]*;/g, "");
  const [purged] = await new PurgeCSS().purge({
    content: [{ raw: html, extension: "html" }],
    css: [{ raw: site + fileCss }],
    variables: true,
    // selectors that are only pseudo-classes (":focus-visible", ":lang(fa)") match any markup: kept
    safelist: { standard: [/^:/] },
  });
  return purged!.css
    .replace(/\/\*[\s\S]*?\*\//g, "")
    .replace(/\s+/g, " ")
    // (not around ":", which may be a descendant's pseudo-class: ".edition :target")
    .replace(/\s*([{};,>])\s*/g, "$1")
    .replace(/:\s+/g, ":")
    .replace(/;}/g, "}")
    .trim();
}

/**
 * The offline edition of an article for a reader's locale (see render.ts), built from the
 * database: the same bytes for the same content, so its SHA-256 identifies it. Null for an
 * unknown article.
 */
export async function buildOfflineEdition(slug: string, locale: Locale): Promise<OfflineEdition | null> {
  const editions = await getEditions(slug, locale);
  if (editions.length === 0) return null;
  const [t, tc, kinds, languages, offline, nav] = await Promise.all([
    getTranslations({ locale, namespace: "Article" }),
    getTranslations({ locale, namespace: "TermCard" }),
    getTranslations({ locale, namespace: "Kinds" }),
    getTranslations({ locale, namespace: "Languages" }),
    getTranslations({ locale, namespace: "Offline" }),
    getTranslations({ locale, namespace: "Navigation" }),
  ]);
  const site = siteUrl();
  const absolute = (l: Locale, href: string) => new URL(getPathname({ locale: l, href }), site).href;
  const strings: EditionStrings = {
    brand: nav("brand"),
    editions: offline("editions"),
    intro: offline("editionIntro", { site: new URL(site).host }),
    readOnline: offline("readOnline"),
    close: tc("close"),
    names: tc("names"),
    transliteration: tc("transliteration"),
    sources: tc("sources"),
    noDefinition: tc("noDefinition"),
    fallback: (shown) => tc("fallback", { language: languages(locale), shown: languageLabel(shown, locale, languages) }),
    entry: (name) => tc("entry", { name }),
    asOf: (date) => tc("asOf", { date: formatIsoDate(date, locale) }),
    kind: (kind) => kinds(kind),
    language: (tag) => languageLabel(tag, locale, languages),
    by: (authors) => {
      const [before = "", after = ""] = t("by", { authors: "\u0000", count: authors.length }).split("\u0000");
      return { before, list: new Intl.ListFormat(locale, { type: "conjunction" }).format(authors), after };
    },
    published: (date) => t("published", { date: formatIsoDate(date, locale) }),
    source: t("source"),
    translation: (original) => t("translation", { language: languages(original) }),
  };
  const cards = [...new Map(editions.flatMap((e) => e.cards).map((c) => [c.slug, c])).values()];
  const maps = (await getLocators(locale)).cards(cards.map((c) => c.slug));
  const { html, text, css } = renderEdition({
    locale,
    articleUrl: (l) => absolute(l, `/articles/${slug}`),
    entryUrl: (term) => absolute(locale, `/glossary/${term}`),
    maps,
    site,
    editions,
    cards,
    strings,
  });
  const styles = (await embeddedFontFaces(text)) + (await stylesFor(html, css));
  const file = Buffer.from(html.replace(stylesSlot, () => styles), "utf8");
  return {
    html: file.toString("utf8"),
    bytes: file.byteLength,
    sha256: createHash("sha256").update(file).digest("hex"),
    filename: `tarjuma-${slug}-${locale}.html`,
  };
}
