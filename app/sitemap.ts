import type { MetadataRoute } from "next";
import { getPathname } from "@/i18n/paths";
import { routing } from "@/i18n/routing";
import { listArticles } from "@/lib/db/articles";
import { listTermSlugs } from "@/lib/db/terms";
import { siteUrl } from "@/lib/env";
import { byLocale, type Locale } from "@/lib/locales";

/**
 * /sitemap.xml (sitemaps.org): every public page in every locale, each with its language
 * alternates (xhtml:link hreflang, x-default the default locale). Static, revalidated with the pages.
 */
export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  const url = (locale: Locale, href: string) => new URL(getPathname({ locale, href }), siteUrl()).href;
  const [articles, terms] = await Promise.all([listArticles(routing.defaultLocale), listTermSlugs()]);
  const pages: { href: string; lastModified?: string }[] = [
    { href: "/" },
    { href: "/glossary" },
    ...articles.map((a) => ({ href: `/articles/${a.slug}`, lastModified: a.publishedOn })),
    ...terms.map((slug) => ({ href: `/glossary/${slug}` })),
  ];
  return pages.flatMap(({ href, lastModified }) =>
    routing.locales.map((locale) => ({
      url: url(locale, href),
      ...(lastModified ? { lastModified } : {}),
      alternates: { languages: { ...byLocale((l) => url(l, href)), "x-default": url(routing.defaultLocale, href) } },
    })),
  );
}
