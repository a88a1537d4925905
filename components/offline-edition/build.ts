import "server-only";
import { createHash } from "node:crypto";
import fs from "node:fs/promises";
import path from "node:path";
import { getTranslations } from "next-intl/server";
import { getPathname } from "@/i18n/paths";
import { getLocators } from "@/components/map/locator-maps";
import { getEditions } from "@/lib/db/articles";
import { siteUrl } from "@/lib/env";
import { formatIsoDate } from "@/lib/format/date";
import type { Locale } from "@/lib/locales";
import { embeddedFontFaces } from "./fonts";
import { fontsSlot, renderEdition, type EditionStrings } from "./render";

export interface OfflineEdition {
  html: string;
  bytes: number;
  sha256: string;
  filename: string;
}

/** The site's stylesheet for the file: comments, whitespace, web-font rules and imports removed. */
async function siteCss(): Promise<string> {
  const css = await fs.readFile(path.join(process.cwd(), "app/globals.css"), "utf8");
  return css
    .replace(/\/\*[\s\S]*?\*\//g, "")
    .replace(/@font-face\s*{[^}]*}|@import[^;]*;/g, "")
    .replace(/\s+/g, " ")
    .replace(/\s*([{};:,>])\s*/g, "$1")
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
    fallback: tc("fallback", { language: languages(locale) }),
    entry: (name) => tc("entry", { name }),
    asOf: (date) => tc("asOf", { date: formatIsoDate(date, locale) }),
    kind: (kind) => kinds(kind),
    language: (l) => languages(l),
    by: (authors) => t("by", { authors: new Intl.ListFormat(locale, { type: "conjunction" }).format(authors), count: authors.length }),
    published: (date) => t("published", { date: formatIsoDate(date, locale) }),
    source: t("source"),
    translation: (original) => t("translation", { language: languages(original) }),
  };
  const cards = [...new Map(editions.flatMap((e) => e.cards).map((c) => [c.slug, c])).values()];
  const maps = (await getLocators(locale)).cards(cards.map((c) => c.slug));
  const { html, text } = renderEdition({
    locale,
    articleUrl: (l) => absolute(l, `/articles/${slug}`),
    entryUrl: (term) => absolute(locale, `/glossary/${term}`),
    maps,
    site,
    editions,
    cards,
    strings,
    css: await siteCss(),
  });
  const file = Buffer.from(html.replace(fontsSlot, await embeddedFontFaces(text)), "utf8");
  return {
    html: file.toString("utf8"),
    bytes: file.byteLength,
    sha256: createHash("sha256").update(file).digest("hex"),
    filename: `tarjuma-${slug}-${locale}.html`,
  };
}
