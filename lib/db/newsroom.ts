import "server-only";
import type { Prisma } from "./generated/client";
import { articleDocumentSchema, documentChanges, type ArticleDocument, type ArticleStatus } from "../import/article-document";
import { isLocale, locales, type Locale } from "../locales";
import type { Db } from "./client";
import type { EditorAccount } from "./editors";
import { linkedTerms, matcherFor, writeArticleIn, type Matcher, type Tx } from "./write";
import { withWriteLock } from "./write-lock";

/**
 * The newsroom's side of the articles: whole article documents for the editor (drafts included),
 * their writes with a revision each, one writer at a time, and the feed items already imported.
 * Readers' queries (lib/db/articles.ts) see published editions only.
 */

const documentFields = {
  slug: true,
  original: true,
  publisher: true,
  publishedOn: true,
  sourceUrl: true,
  editions: {
    select: {
      locale: true,
      title: true,
      authors: true,
      status: true,
      version: true,
      updatedAt: true,
      blocks: {
        select: { kind: true, text: true, mentions: { where: { explicit: true }, select: { start: true, length: true, term: { select: { slug: true } } }, orderBy: { start: "asc" } } },
        orderBy: { position: "asc" },
      },
    },
  },
} satisfies Prisma.ArticleSelect;

type DocumentRow = Prisma.ArticleGetPayload<{ select: typeof documentFields }>;

export interface ArticleRecord {
  doc: ArticleDocument;
  /** Each edition's version, for telling a save made from an older one. */
  versions: Partial<Record<Locale, number>>;
  updatedAt: Partial<Record<Locale, string | null>>;
}

const byRoutingOrder = (a: { locale: string }, b: { locale: string }) => locales.indexOf(a.locale as Locale) - locales.indexOf(b.locale as Locale);

function toRecord(row: DocumentRow): ArticleRecord {
  const editions = row.editions.filter((e) => isLocale(e.locale)).sort(byRoutingOrder);
  return {
    doc: {
      slug: row.slug,
      original: row.original as Locale,
      publisher: row.publisher,
      date: row.publishedOn,
      sourceUrl: row.sourceUrl,
      editions: editions.map((e) => ({
        locale: e.locale as Locale,
        title: e.title,
        authors: e.authors.split(";").map((a) => a.trim()).filter(Boolean),
        status: e.status as ArticleStatus,
        blocks: e.blocks.map((b) => ({
          kind: b.kind as "paragraph" | "heading",
          text: b.text,
          ...(b.mentions.length ? { links: b.mentions.map((m) => ({ start: m.start, end: m.start + m.length, slug: m.term.slug })) } : {}),
        })),
      })),
    },
    versions: Object.fromEntries(editions.map((e) => [e.locale, e.version])),
    updatedAt: Object.fromEntries(editions.map((e) => [e.locale, e.updatedAt?.toISOString() ?? null])),
  };
}

export async function loadArticle(db: Pick<Db, "article">, slug: string): Promise<ArticleRecord | null> {
  const row = await db.article.findUnique({ where: { slug }, select: documentFields });
  return row ? toRecord(row) : null;
}

export class ArticleConflictError extends Error {
  constructor(readonly current: ArticleRecord) {
    super("the article was changed by someone else since it was opened");
  }
}

export class ArticleMissingError extends Error {}
export class ArticleExistsError extends Error {}

export type ArticleAction = "create" | "update" | "publish" | "unpublish" | "delete" | "revert" | "import";

export interface StoreOptions {
  editor: EditorAccount | null;
  action: ArticleAction;
  /** The edition the change is about (null: the whole article). */
  locale: Locale | null;
  /** The version the editor started from: a save over a newer one is refused with ArticleConflictError. */
  expectedVersion?: number;
  /** A new article must not exist yet. */
  create?: boolean;
  /** A feed item this article comes from, recorded with it. */
  feedItem?: { key: string; feedUrl: string };
}

async function matchersFor(db: Db, doc: ArticleDocument) {
  const matchers = new Map<string, Matcher>();
  for (const e of doc.editions) if (!matchers.has(e.locale)) matchers.set(e.locale, await matcherFor(db, e.locale));
  return matchers;
}

async function recordRevision(tx: Tx, slug: string, options: StoreOptions, before: ArticleDocument | null, after: ArticleDocument | null) {
  return tx.articleRevision.create({
    data: {
      articleSlug: slug,
      locale: options.locale,
      editorId: options.editor?.id ?? null,
      action: options.action,
      before: before ? JSON.stringify(before) : null,
      after: after ? JSON.stringify(after) : null,
    },
    select: { id: true },
  });
}

/**
 * Stores a whole article document (validated again here) with a revision, in one transaction, one
 * writer at a time. A `null` document deletes the article (the revision keeps it, so it can be
 * restored).
 */
export async function storeArticle(db: Db, slug: string, next: ArticleDocument | null, options: StoreOptions): Promise<{ revision: number; record: ArticleRecord | null }> {
  const doc = next ? articleDocumentSchema.parse(next) : null;
  return withWriteLock(async () => {
    const matchers = doc ? await matchersFor(db, doc) : new Map<string, Matcher>();
    const termIds = doc ? await linkedTerms(db, doc.editions.flatMap((e) => e.blocks)) : new Map<string, number>();
    return db.$transaction(async (tx) => {
      const current = await loadArticle(tx, slug);
      if (options.create && current) throw new ArticleExistsError(slug);
      if (!options.create && !current && options.action !== "revert" && options.action !== "import") throw new ArticleMissingError(slug);
      if (current && options.expectedVersion !== undefined && options.locale) {
        const version = current.versions[options.locale] ?? 0;
        if (version !== options.expectedVersion) throw new ArticleConflictError(current);
      }
      if (doc) await writeArticleIn(tx, doc, current, matchers, termIds);
      else await tx.article.deleteMany({ where: { slug } });
      if (options.feedItem) await tx.feedItem.create({ data: { key: options.feedItem.key, feedUrl: options.feedItem.feedUrl, articleSlug: slug } });
      const { id } = await recordRevision(tx, slug, options, current?.doc ?? null, doc);
      return { revision: id, record: doc ? await loadArticle(tx, slug) : null };
    });
  });
}

export interface ArticleListItem {
  slug: string;
  original: Locale;
  /** The original's title. */
  title: string;
  date: string;
  editions: { locale: Locale; status: ArticleStatus; title: string }[];
  /** The latest change to any edition (ISO), or null when none is recorded. */
  changedAt: string | null;
}

/** Every article with its editions and their status, for the editor's list (the caller filters and sorts). */
export async function listArticleRecords(db: Pick<Db, "article">): Promise<ArticleListItem[]> {
  const rows = await db.article.findMany({
    select: { slug: true, original: true, publishedOn: true, editions: { select: { locale: true, status: true, title: true, updatedAt: true } } },
  });
  return rows.map((r) => {
    const editions = r.editions.filter((e) => isLocale(e.locale)).sort(byRoutingOrder);
    const times = editions.flatMap((e) => (e.updatedAt ? [e.updatedAt.getTime()] : []));
    return {
      slug: r.slug,
      original: r.original as Locale,
      title: editions.find((e) => e.locale === r.original)?.title ?? r.slug,
      date: r.publishedOn,
      editions: editions.map((e) => ({ locale: e.locale as Locale, status: e.status as ArticleStatus, title: e.title })),
      changedAt: times.length ? new Date(Math.max(...times)).toISOString() : null,
    };
  });
}

export async function articleExists(db: Pick<Db, "article">, slug: string): Promise<boolean> {
  return (await db.article.count({ where: { slug } })) > 0;
}

/** Slugs of articles that an editor or an import has changed (the seed leaves those alone). */
export async function editedArticleSlugs(db: Pick<Db, "articleRevision">): Promise<Set<string>> {
  const rows = await db.articleRevision.findMany({ select: { articleSlug: true }, distinct: ["articleSlug"] });
  return new Set(rows.map((r) => r.articleSlug));
}

const revisionFields = {
  id: true,
  articleSlug: true,
  locale: true,
  at: true,
  action: true,
  before: true,
  after: true,
  editor: { select: { name: true } },
} satisfies Prisma.ArticleRevisionSelect;

export interface ArticleRevisionSummary {
  id: number;
  articleSlug: string;
  locale: Locale | null;
  at: string;
  action: ArticleAction;
  /** Null for a command-line import. */
  editor: string | null;
  changed: string[];
}

export interface ArticleRevisionDetail extends ArticleRevisionSummary {
  before: ArticleDocument | null;
  after: ArticleDocument | null;
}

const parseDoc = (json: string | null) => (json ? articleDocumentSchema.parse(JSON.parse(json)) : null);

function toRevision(row: Prisma.ArticleRevisionGetPayload<{ select: typeof revisionFields }>): ArticleRevisionDetail {
  const before = parseDoc(row.before);
  const after = parseDoc(row.after);
  return {
    id: row.id,
    articleSlug: row.articleSlug,
    locale: isLocale(row.locale) ? row.locale : null,
    at: row.at.toISOString(),
    action: row.action as ArticleAction,
    editor: row.editor?.name ?? null,
    changed: documentChanges(before, after),
    before,
    after,
  };
}

const summary = (r: ArticleRevisionDetail): ArticleRevisionSummary => ({
  id: r.id,
  articleSlug: r.articleSlug,
  locale: r.locale,
  at: r.at,
  action: r.action,
  editor: r.editor,
  changed: r.changed,
});

export async function listArticleRevisions(db: Pick<Db, "articleRevision">, slug: string): Promise<ArticleRevisionSummary[]> {
  const rows = await db.articleRevision.findMany({ where: { articleSlug: slug }, select: revisionFields, orderBy: { id: "desc" }, take: 100 });
  return rows.map((r) => summary(toRevision(r)));
}

export async function getArticleRevision(db: Pick<Db, "articleRevision">, id: number): Promise<ArticleRevisionDetail | null> {
  const row = await db.articleRevision.findUnique({ where: { id }, select: revisionFields });
  return row ? toRevision(row) : null;
}

/** Deleted articles that are still gone, newest deletion first, with the revision that restores them. */
export async function listDeletedArticles(db: Pick<Db, "articleRevision" | "article">): Promise<ArticleRevisionSummary[]> {
  const rows = await db.articleRevision.findMany({ where: { action: "delete" }, select: revisionFields, orderBy: { id: "desc" }, take: 50 });
  const present = new Set((await db.article.findMany({ where: { slug: { in: rows.map((r) => r.articleSlug) } }, select: { slug: true } })).map((a) => a.slug));
  const seen = new Set<string>();
  return rows.filter((r) => !present.has(r.articleSlug) && !seen.has(r.articleSlug) && seen.add(r.articleSlug)).map((r) => summary(toRevision(r)));
}

/** Which of these feed item keys were imported before. */
export async function knownFeedItems(db: Pick<Db, "feedItem">, keys: readonly string[]): Promise<Set<string>> {
  if (keys.length === 0) return new Set();
  const rows = await db.feedItem.findMany({ where: { key: { in: [...keys] } }, select: { key: true } });
  return new Set(rows.map((r) => r.key));
}

/** How many glossary names are linked in one edition. */
export async function linkedNames(db: Pick<Db, "mention">, slug: string, locale: string): Promise<number> {
  return db.mention.count({ where: { block: { edition: { locale, article: { slug } } } } });
}

/** Which of these slugs are terms. */
export async function existingTermSlugs(db: Pick<Db, "term">, slugs: readonly string[]): Promise<Set<string>> {
  return new Set((await linkedTerms(db, [{ links: slugs.map((slug) => ({ slug })) }])).keys());
}
