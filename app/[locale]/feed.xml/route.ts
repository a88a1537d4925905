import { getTranslations } from "next-intl/server";
import { getPathname } from "@/i18n/paths";
import { routing } from "@/i18n/routing";
import { getArticle, listArticles } from "@/lib/db/articles";
import { siteUrl } from "@/lib/env";
import { atomFeed, FEED_SIZE } from "@/lib/feed/atom";
import type { Locale } from "@/lib/locales";
import { localeParams } from "@/lib/params";
import { leadText } from "@/lib/text/segments";

// Static, like the pages: made at build time from the database, revalidated with them.
export const dynamic = "force-static";
export const dynamicParams = false;
export const generateStaticParams = () => routing.locales.map((locale) => ({ locale }));

/** /{locale}/feed.xml: the newest articles in Atom, titles and summaries in the locale's edition (or the original). */
export async function GET(_request: Request, { params }: RouteContext<"/[locale]/feed.xml">) {
  const { locale } = localeParams.parse(await params);
  const t = await getTranslations({ locale, namespace: "Metadata" });
  const url = (l: Locale, href: string) => new URL(getPathname({ locale: l, href }), siteUrl()).href;
  const articles = await Promise.all((await listArticles(locale)).slice(0, FEED_SIZE).map((a) => getArticle(a.slug, locale)));
  const xml = atomFeed({
    lang: locale,
    title: t("title"),
    subtitle: t("description"),
    self: url(locale, "/feed.xml"),
    home: url(locale, "/"),
    entries: articles.flatMap((a) =>
      a
        ? [
            {
              url: url(locale, `/articles/${a.slug}`),
              title: a.title,
              summary: leadText(a.blocks),
              lang: a.locale,
              published: a.publishedOn,
              // Atom wants an author for every entry: an article that names none is its publisher's
              authors: a.authors.some((name) => name.trim()) ? a.authors.filter((name) => name.trim()) : [a.publisher.trim() || t("title")],
              // this locale's page, and the other editions it links (an article with no edition in this
              // locale is shown here in its original, which is then not an alternate of its own)
              alternates: [locale, ...a.editions.filter((l) => l !== locale && l !== a.locale)].map((l) => ({ lang: l, url: url(l, `/articles/${a.slug}`) })),
            },
          ]
        : [],
    ),
  });
  return new Response(xml, { headers: { "Content-Type": "application/atom+xml; charset=utf-8" } });
}
