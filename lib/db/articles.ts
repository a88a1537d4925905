import "server-only";
import { isLocale, locales, type Locale } from "../locales";
import { toSegments } from "../text/segments";
import type { ArticleSummary, ArticleView, BlockView } from "../types";
import { db } from "./client";
import { blockFields, editionSummaryFields } from "./fields";
import { getTermCards } from "./terms";

type EditionRow = {
  locale: string;
  title: string;
  authors: string;
  article: { slug: string; publisher: string; publishedOn: string; sourceUrl: string | null; original: string };
};

const toSummary = (e: EditionRow): ArticleSummary => ({
  slug: e.article.slug,
  title: e.title,
  authors: e.authors.split(";").map((a) => a.trim()),
  publisher: e.article.publisher,
  publishedOn: e.article.publishedOn,
  locale: e.locale as Locale,
});

/** Picks the reader's edition, else the original. */
function pick<T extends { locale: string }>(editions: T[], locale: Locale, original: string): T | undefined {
  return editions.find((e) => e.locale === locale) ?? editions.find((e) => e.locale === original);
}

/** Readers see published editions of published articles only; drafts never leave the editor. */
const published = { status: "published" } as const;

/** Every article, newest first, each in the reader's edition (or the original). */
export async function listArticles(locale: Locale): Promise<ArticleSummary[]> {
  const articles = await db().article.findMany({
    where: published,
    select: { original: true, editions: { select: editionSummaryFields, where: published } },
    orderBy: [{ publishedOn: "desc" }, { slug: "asc" }],
  });
  return articles.flatMap((a) => {
    const e = pick(a.editions, locale, a.original);
    return e ? [toSummary(e)] : [];
  });
}

export async function listArticleSlugs(): Promise<string[]> {
  return (await db().article.findMany({ where: published, select: { slug: true }, orderBy: { slug: "asc" } })).map((a) => a.slug);
}

/**
 * One article in the reader's edition (or the original, or the edition asked for), with its blocks
 * cut into segments and the cards (in the reader's locale) of exactly the terms it mentions.
 */
export async function getArticle(slug: string, locale: Locale, editionLocale: Locale = locale): Promise<ArticleView | null> {
  const article = await db().article.findUnique({
    where: { slug },
    select: { original: true, status: true, editions: { select: { id: true, ...editionSummaryFields }, where: published } },
  });
  if (!article || article.status !== published.status) return null;
  const edition = pick(article.editions, editionLocale, article.original);
  if (!edition) return null;
  const rows = await db().block.findMany({ where: { editionId: edition.id }, select: blockFields, orderBy: { position: "asc" } });
  const termIds = await db().mention.findMany({
    where: { block: { editionId: edition.id } },
    select: { termId: true },
    distinct: ["termId"],
  });

  let seen = new Set<string>();
  const blocks: BlockView[] = rows.map((row) => {
    if (row.kind === "heading") {
      seen = new Set();
      return { kind: "heading", anchor: row.anchor, segments: [{ text: row.text }] };
    }
    const spans = row.mentions.map((m) => ({ start: m.start, end: m.start + m.length, term: m.term.slug }));
    return { kind: "paragraph", anchor: row.anchor, segments: toSegments(row.text, spans, seen) };
  });

  return {
    ...toSummary(edition),
    sourceUrl: edition.article.sourceUrl,
    originalLocale: isLocale(article.original) ? article.original : (edition.locale as Locale),
    editions: article.editions.map((e) => e.locale).filter(isLocale),
    blocks,
    cards: await getTermCards(
      termIds.map((t) => t.termId),
      locale,
    ),
  };
}

/** Each article with the locales it has an edition in. */
export async function listEditions(): Promise<{ slug: string; locales: Locale[] }[]> {
  const articles = await db().article.findMany({ where: published, select: { slug: true, editions: { select: { locale: true }, where: published } }, orderBy: { slug: "asc" } });
  return articles.map((a) => ({ slug: a.slug, locales: a.editions.map((e) => e.locale).filter(isLocale) }));
}

/**
 * Every edition of an article (the original first, then in routing order), each with the cards
 * of its terms in the reader's locale; empty for an unknown slug.
 */
export async function getEditions(slug: string, locale: Locale): Promise<ArticleView[]> {
  const article = await db().article.findUnique({ where: { slug }, select: { original: true, editions: { select: { locale: true } } } });
  if (!article) return [];
  const order = locales.filter((l) => article.editions.some((e) => e.locale === l)).sort((a, b) => Number(b === article.original) - Number(a === article.original));
  const editions = await Promise.all(order.map((l) => getArticle(slug, locale, l)));
  return editions.filter((e): e is ArticleView => e !== null);
}
