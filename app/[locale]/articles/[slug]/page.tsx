import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { notFound } from "next/navigation";
import { ArticleBody } from "@/components/article/article-body";
import { ArticleHeader } from "@/components/article/article-header";
import { HighlightSetting } from "@/components/article/highlight-setting";
import { OfflineReading } from "@/components/article/offline-reading";
import { TermCards } from "@/components/glossary/term-cards";
import { TermPopovers } from "@/components/glossary/term-popovers";
import { alternates } from "@/i18n/alternates";
import { routing } from "@/i18n/routing";
import { getArticle, listArticleSlugs } from "@/lib/db/articles";
import { buildOfflineEdition } from "@/lib/offline-edition/build";
import { articleParams } from "@/lib/params";


// Rendered once at build time from the database; never per request.
export const dynamic = "error";
export async function generateStaticParams() {
  const slugs = await listArticleSlugs();
  return routing.locales.flatMap((locale) => slugs.map((slug) => ({ locale, slug })));
}

export async function generateMetadata({ params }: PageProps<"/[locale]/articles/[slug]">): Promise<Metadata> {
  const parsed = articleParams.safeParse(await params);
  if (!parsed.success) return {};
  const article = await getArticle(parsed.data.slug, parsed.data.locale);
  if (!article) return {};
  return {
    title: article.title,
    description: article.blocks.find((b) => b.kind === "paragraph")?.segments.map((s) => s.text).join(""),
    alternates: await alternates(parsed.data.locale, `/articles/${parsed.data.slug}`),
  };
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
      <ArticleHeader article={article} locale={locale} />
      <HighlightSetting legend={t("legend")} labels={{ all: t("all"), first: t("first"), none: t("none") }} />
      <ArticleBody blocks={article.blocks} locale={article.locale} />
      {edition && <OfflineReading slug={slug} locale={locale} edition={edition} />}
      <TermCards cards={article.cards} locale={locale} />
      <TermPopovers />
    </article>
  );
}
