import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { notFound } from "next/navigation";
import { ArticleBody } from "@/components/article/article-body";
import { ArticleHeader } from "@/components/article/article-header";
import { HighlightSetting } from "@/components/article/highlight-setting";
import { OfflineReading } from "@/components/article/offline-reading";
import { QuietNames } from "@/components/article/quiet-names";
import { TermCards } from "@/components/glossary/term-cards";
import { TermPopovers } from "@/components/glossary/term-popovers";
import { JsonLd } from "@/components/layout/json-ld";
import { alternates } from "@/i18n/alternates";
import { getPathname } from "@/i18n/paths";
import { routing } from "@/i18n/routing";
import { getArticle, listArticleSlugs } from "@/lib/db/articles";
import { buildOfflineEdition } from "@/lib/offline-edition/build";
import { siteUrl } from "@/lib/env";
import type { Locale } from "@/lib/locales";
import { articleParams } from "@/lib/params";
import { shareMetadata } from "@/lib/share/metadata";
import { leadText } from "@/lib/text/segments";
import { newsArticle } from "@/lib/structured-data";
import type { ArticleView } from "@/lib/types";


// Rendered once at build time from the database; never per request.
export const dynamic = "error";
// a article added after the build (by an import or the editor) is rendered on its first request, then kept
export const dynamicParams = true;
export async function generateStaticParams() {
  const slugs = await listArticleSlugs();
  return routing.locales.flatMap((locale) => slugs.map((slug) => ({ locale, slug })));
}

export async function generateMetadata({ params }: PageProps<"/[locale]/articles/[slug]">): Promise<Metadata> {
  const parsed = articleParams.safeParse(await params);
  if (!parsed.success) return {};
  const { locale, slug } = parsed.data;
  const article = await getArticle(slug, locale);
  if (!article) return {};
  const nav = await getTranslations({ locale, namespace: "Navigation" });
  return {
    title: article.title,
    description: leadText(article.blocks),
    alternates: await alternates(locale, `/articles/${slug}`),
    ...shareMetadata({
      title: article.title,
      description: leadText(article.blocks),
      url: getPathname({ locale, href: `/articles/${slug}` }),
      image: getPathname({ locale, href: `/articles/${slug}/share.png` }),
      locale: article.locale,
      siteName: nav("brand"),
      article: { publishedTime: article.publishedOn, authors: article.authors },
    }),
  };
}

/** The article as schema.org's NewsArticle, linked to its original or its translations. */
async function structuredData(article: ArticleView, locale: Locale) {
  const nav = await getTranslations({ locale, namespace: "Navigation" });
  const url = (l: Locale, href = `/articles/${article.slug}`) => new URL(getPathname({ locale: l, href }), siteUrl()).href;
  const isOriginal = article.locale === article.originalLocale;
  return newsArticle({
    url: url(locale),
    lang: article.locale,
    headline: article.title,
    description: leadText(article.blocks),
    datePublished: article.publishedOn,
    authors: article.authors,
    publisher: article.publisher,
    translator: nav("brand"),
    image: url(locale, `/articles/${article.slug}/share.png`),
    source: article.sourceUrl,
    original: isOriginal ? null : { url: url(article.originalLocale), lang: article.originalLocale },
    translations: isOriginal ? article.editions.filter((l) => l !== article.locale).map((l) => ({ url: url(l), lang: l })) : [],
  });
}

export default async function ArticlePage({ params }: PageProps<"/[locale]/articles/[slug]">) {
  const parsed = articleParams.safeParse(await params);
  if (!parsed.success) notFound();
  const { locale, slug } = parsed.data;
  setRequestLocale(locale);
  const article = await getArticle(slug, locale);
  if (!article) notFound();
  const t = await getTranslations({ locale, namespace: "Highlight" });
  const edition = await buildOfflineEdition(slug, locale);
  return (
    <article className="article">
      <JsonLd data={await structuredData(article, locale)} />
      <QuietNames slugs={article.cards.map((c) => c.slug)} />
      <ArticleHeader article={article} locale={locale} />
      <HighlightSetting
        legend={t("legend")}
        labels={{ all: t("all"), first: t("first"), none: t("none") }}
        known={{ title: t("known"), none: t("knownNone"), forget: t("forget") }}
      />
      <ArticleBody blocks={article.blocks} locale={article.locale} glossaryPath={getPathname({ locale, href: "/glossary" })} />
      {edition && <OfflineReading slug={slug} locale={locale} edition={edition} />}
      <TermCards cards={article.cards} locale={locale} />
      <TermPopovers />
    </article>
  );
}
