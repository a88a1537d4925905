import "server-only";
import { z } from "zod";
import { db } from "../db/client";
import type { EditorAccount } from "../db/editors";
import { linkText } from "../db/linking";
import { articleExists, existingTermSlugs, knownFeedItems, listArticleRecords, loadArticle, storeArticle, type ArticleListItem, type ArticleRecord } from "../db/newsroom";
import { getTermCards, termNames } from "../db/terms";
import { extractArticle, ExtractError, type ExtractedArticle } from "../extract/article";
import { FeedReadError, readFeed } from "../extract/feed";
import { MAX_BLOCKS, MAX_EDITION_CHARS, originalOf, type ArticleBlock, type ArticleDocument, type EditionDocument } from "../import/article-document";
import { parseArticleBody, parseInline, type BodyProblem } from "../import/article-markdown";
import { isLocale, locales, type Locale } from "../locales";
import { FetchError, guardedFetch, MAX_BYTES, privateAddressesAllowed } from "../net/fetch";
import { slugify, slugSchema } from "../slug";
import { alignBlocks, type AlignmentIssue } from "../text/alignment";
import { findCandidateNames, hasCapitals, type CandidateName } from "../text/names";
import { fold } from "../text/normalize";
import { toSegments } from "../text/segments";
import type { BlockView, TermCard } from "../types";
import { EditError, ImportProblem, NotAlignedError } from "./errors";

/**
 * Articles as a newsroom writes them: the original and its translations, drafts and publishing,
 * deletion (a revision that can be undone), the preview as readers will see it, the alignment check
 * a translation must pass to be published, the names the glossary lacks, and bringing articles in
 * from a web page or a feed. Every rule for an article is here or in its schemas.
 */

// ---------------------------------------------------------------------------------------------
// The form: one schema, with variants for a new article and for a translation

const text = (max: number) => z.string().trim().min(1, "required").max(max, "tooLong");

export const articleFormSchema = z.object({
  slug: slugSchema,
  locale: z.enum(locales),
  title: text(300),
  /** Separated by ";". */
  authors: z
    .string()
    .max(2000, "tooLong")
    .transform((s) => s.split(";").map((a) => a.trim()).filter(Boolean))
    .pipe(z.array(z.string().max(120, "tooLong")).max(20, "tooMany")),
  publisher: text(120),
  date: z.string().trim().regex(/^\d{4}-\d{2}-\d{2}$/, "day"),
  sourceUrl: z
    .string()
    .trim()
    .max(2000, "tooLong")
    .transform((s) => s || null)
    .pipe(z.url({ protocol: /^https?$/, error: "url" }).nullable()),
  /** The text as Markdown: paragraphs separated by blank lines, "## " subheadings. */
  body: z.string().max(MAX_EDITION_CHARS * 2, "tooBig"),
  /** The version of the edition the editor started from (0 for a new one). */
  version: z.coerce.number().int().min(0),
  intent: z.enum(["save", "publish", "unpublish"]),
});

/** A new article's slug may be left empty: one is made from its title. */
export const newArticleSchema = articleFormSchema.omit({ version: true }).extend({ slug: slugSchema.or(z.literal("")) });
export const originalEditSchema = articleFormSchema;
export const translationSchema = articleFormSchema
  .pick({ slug: true, locale: true, title: true, authors: true, version: true, intent: true })
  .extend({
    rows: z.array(z.string().max(MAX_EDITION_CHARS, "tooBig")).max(MAX_BLOCKS, "tooMany"),
    /** The editor's language, for naming the concepts of an alignment problem. */
    uiLocale: z.enum(locales).optional(),
  });

export type ArticleForm = z.input<typeof articleFormSchema>;

function parseForm<T extends z.ZodType>(schema: T, input: unknown): z.infer<T> {
  const parsed = schema.safeParse(input);
  if (!parsed.success) throw new EditError(parsed.error.issues.map((i) => ({ path: i.path.join("."), code: /^[a-zA-Z]+$/.test(i.message) ? i.message : i.code })));
  return parsed.data;
}

/** A parsed block as the document keeps it (no line numbers; links only where there are some). */
const toBlock = (b: { kind: "paragraph" | "heading"; text: string; links?: readonly { start: number; end: number; slug: string }[] }): ArticleBlock => ({
  kind: b.kind,
  text: b.text,
  ...(b.links?.length ? { links: b.links.map(({ start, end, slug }) => ({ start, end, slug })) } : {}),
});

/** Explicit links to terms that do not exist, as issues of `path` with their line. */
async function unknownLinkIssues(path: string, blocks: readonly { links?: readonly { slug: string; line: number }[] }[]) {
  const links = blocks.flatMap((b) => b.links ?? []);
  const known = await existingTermSlugs(db(), links.map((l) => l.slug));
  return links.filter((l) => !known.has(l.slug)).map((l) => ({ path, code: "linkUnknown", line: l.line }));
}

/** The Markdown text as blocks; problems name their line. */
async function bodyBlocks(body: string): Promise<ArticleBlock[]> {
  const { blocks, problems } = parseArticleBody(body);
  const issues: { path: string; code: string; line: number }[] = problems.map((p) => ({ path: "body", code: p.code, line: p.line }));
  if (!blocks.some((b) => b.kind === "paragraph")) issues.push({ path: "body", code: "noParagraphs", line: 1 });
  if (blocks.reduce((n, b) => n + b.text.length, 0) > MAX_EDITION_CHARS) issues.push({ path: "body", code: "tooBig", line: 1 });
  if (blocks.length > MAX_BLOCKS) issues.push({ path: "body", code: "tooMany", line: 1 });
  issues.push(...(await unknownLinkIssues("body", blocks)));
  if (issues.length) throw new EditError(issues.slice(0, 5));
  return blocks.map(toBlock);
}

const statusFor = (intent: "save" | "publish" | "unpublish", current: "draft" | "published" | undefined) =>
  intent === "publish" ? "published" : intent === "unpublish" ? "draft" : (current ?? "draft");

const actionFor = (intent: "save" | "publish" | "unpublish", created: boolean) => (created ? "create" : intent === "save" ? "update" : intent);

// ---------------------------------------------------------------------------------------------
// Reading

export const getArticleRecord = (slug: string) => loadArticle(db(), slug);

export interface ArticleQuery {
  q?: string;
  sort?: "newest" | "oldest";
}

/** The editor's list: every article (drafts too), found by any edition's title or the slug, by date. */
export async function listForEditor({ q = "", sort = "newest" }: ArticleQuery): Promise<ArticleListItem[]> {
  const needle = fold(q);
  const all = await listArticleRecords(db());
  const found = needle ? all.filter((a) => fold(a.slug).includes(needle) || a.editions.some((e) => fold(e.title).includes(needle))) : all;
  const order = sort === "oldest" ? 1 : -1;
  return found.sort((a, b) => order * (a.date.localeCompare(b.date) || (a.changedAt ?? "").localeCompare(b.changedAt ?? "")) || a.slug.localeCompare(b.slug));
}

/** A free slug made from a title: "dushanbe-reinforces-border", else with -2, -3, ... */
export async function freeSlug(title: string): Promise<string> {
  const base = slugify(title, 70) || "article";
  for (let n = 1; ; n++) {
    const slug = n === 1 ? base : `${base}-${n}`;
    if (!(await articleExists(db(), slug))) return slug;
  }
}

// ---------------------------------------------------------------------------------------------
// Writing the original

/** Creates an article from the new-article form (a draft unless published at once). */
export async function createArticle(editor: EditorAccount, input: unknown): Promise<{ slug: string }> {
  const form = parseForm(newArticleSchema, input);
  const blocks = await bodyBlocks(form.body);
  const slug = form.slug || (await freeSlug(form.title));
  const doc: ArticleDocument = {
    slug,
    original: form.locale,
    publisher: form.publisher,
    date: form.date,
    sourceUrl: form.sourceUrl,
    editions: [{ locale: form.locale, title: form.title, authors: form.authors, status: statusFor(form.intent, undefined), blocks }],
  };
  if (await articleExists(db(), slug)) throw new EditError([{ path: "slug", code: "slugTaken" }]);
  await storeArticle(db(), slug, doc, { editor, action: "create", locale: form.locale, create: true });
  return { slug };
}

/** Saves the original edition and the article's fields; publishing or unpublishing the original is the article's. */
export async function saveOriginal(editor: EditorAccount, input: unknown): Promise<{ slug: string; version: number }> {
  const form = parseForm(originalEditSchema, input);
  const blocks = await bodyBlocks(form.body);
  const current = await loadArticle(db(), form.slug);
  if (!current) throw new EditError([{ path: "slug", code: "articleGone" }]);
  if (current.doc.original !== form.locale) throw new EditError([{ path: "locale", code: "notOriginal" }]);
  const before = originalOf(current.doc);
  const edition: EditionDocument = { locale: form.locale, title: form.title, authors: form.authors, status: statusFor(form.intent, before.status), blocks };
  const doc: ArticleDocument = {
    ...current.doc,
    publisher: form.publisher,
    date: form.date,
    sourceUrl: form.sourceUrl,
    editions: current.doc.editions.map((e) => (e.locale === form.locale ? edition : e)),
  };
  const stored = await storeArticle(db(), form.slug, doc, { editor, action: actionFor(form.intent, false), locale: form.locale, expectedVersion: form.version });
  return { slug: form.slug, version: stored.record?.versions[form.locale] ?? 0 };
}

// ---------------------------------------------------------------------------------------------
// Translations

/**
 * The rows of the translation form as blocks: row N has the kind of the original's block N; a
 * paragraph's [text](glossary:slug) is an explicit link, as in the original's Markdown.
 */
export function rowsToBlocks(rows: readonly string[], original: readonly ArticleBlock[]): (ArticleBlock & { problems: BodyProblem[]; lineLinks: { slug: string; line: number }[] })[] {
  const blocks = rows.map((row, i) => {
    const kind = original[i]?.kind ?? ("paragraph" as const);
    if (kind === "heading") return { kind, text: row.replace(/\s+/g, " ").trim(), problems: [], lineLinks: [] };
    const parsed = parseInline(row, i + 1);
    return { ...toBlock({ kind, text: parsed.text, links: parsed.links }), problems: parsed.problems, lineLinks: parsed.links };
  });
  // rows past the original's end that are empty are not blocks at all
  while (blocks.length > original.length && blocks[blocks.length - 1]!.text === "") blocks.pop();
  return blocks;
}

/**
 * Where a translation's blocks do not align with the original's (empty when they do); the concepts
 * named in the reader's locale when one is given (else by slug).
 */
export async function alignmentOf(original: EditionDocument, translation: { locale: Locale; blocks: readonly ArticleBlock[] }, readerLocale?: Locale): Promise<AlignmentIssue[]> {
  const concepts = async (locale: Locale, blocks: readonly ArticleBlock[]) => {
    const linked = await linkText(locale, blocks);
    return blocks.map((b, i) => ({ kind: b.kind, empty: b.text.trim() === "", concepts: new Set(linked.spans[i]!.map((s) => s.term)) }));
  };
  const issues = alignBlocks(await concepts(original.locale, original.blocks), await concepts(translation.locale, translation.blocks));
  if (!readerLocale) return issues;
  const names = await termNames([...new Set(issues.flatMap((i) => ("terms" in i ? i.terms : [])))], readerLocale);
  return issues.map((i) => ("terms" in i ? { ...i, terms: i.terms.map((slug) => names.get(slug) ?? slug) } : i));
}

/** Saves a translation; publishing one that does not align with its original is refused, naming the blocks. */
export async function saveTranslation(editor: EditorAccount, input: unknown): Promise<{ slug: string; version: number }> {
  const form = parseForm(translationSchema, input);
  const current = await loadArticle(db(), form.slug);
  if (!current) throw new EditError([{ path: "slug", code: "articleGone" }]);
  if (current.doc.original === form.locale) throw new EditError([{ path: "locale", code: "isOriginal" }]);
  const original = originalOf(current.doc);
  const rows = rowsToBlocks(form.rows, original.blocks);
  // a problem in row N is said as on line N (the row's number)
  const problems = [
    ...rows.flatMap((r) => r.problems.map((p) => ({ path: "rows", code: p.code, line: p.line }))),
    ...(await unknownLinkIssues("rows", rows.map((r) => ({ links: r.lineLinks })))),
  ];
  if (rows.reduce((n, b) => n + b.text.length, 0) > MAX_EDITION_CHARS) problems.push({ path: "rows", code: "tooBig", line: 1 });
  if (problems.length) throw new EditError(problems.slice(0, 5));
  const blocks = rows.map(toBlock);
  const before = current.doc.editions.find((e) => e.locale === form.locale);
  const status = statusFor(form.intent, before?.status);
  if (status === "published") {
    const issues = await alignmentOf(original, { locale: form.locale, blocks }, form.uiLocale);
    if (issues.length) throw new NotAlignedError(issues);
  }
  const edition: EditionDocument = { locale: form.locale, title: form.title, authors: form.authors, status, blocks };
  const doc: ArticleDocument = {
    ...current.doc,
    editions: [...current.doc.editions.filter((e) => e.locale !== form.locale), edition].sort((a, b) => locales.indexOf(a.locale) - locales.indexOf(b.locale)),
  };
  const stored = await storeArticle(db(), form.slug, doc, {
    editor,
    action: actionFor(form.intent, !before),
    locale: form.locale,
    expectedVersion: before ? form.version : undefined,
  });
  return { slug: form.slug, version: stored.record?.versions[form.locale] ?? 0 };
}

/** Deletes an article; its revision keeps it whole, so reverting that revision restores it. */
export async function deleteArticle(editor: EditorAccount, slug: string): Promise<{ revision: number }> {
  if (!(await articleExists(db(), slug))) throw new EditError([{ path: "slug", code: "articleGone" }]);
  return storeArticle(db(), slug, null, { editor, action: "delete", locale: null });
}

// ---------------------------------------------------------------------------------------------
// Preview and names the glossary lacks

export interface Preview {
  blocks: BlockView[];
  cards: TermCard[];
}

/** Text as a reader will see it: blocks cut into segments by the site's matcher, with their terms' cards. */
export async function previewBlocks(editionLocale: Locale, readerLocale: Locale, blocks: readonly ArticleBlock[]): Promise<Preview> {
  const linked = await linkText(editionLocale, blocks);
  let seen = new Set<string>();
  let p = 0;
  let s = 0;
  const views: BlockView[] = blocks.map((b, i) => {
    if (b.kind === "heading") {
      seen = new Set();
      return { kind: "heading", anchor: `s${++s}`, segments: [{ text: b.text }] };
    }
    return { kind: "paragraph", anchor: `p${++p}`, segments: toSegments(b.text, linked.spans[i]!, seen) };
  });
  return { blocks: views, cards: await getTermCards(linked.termIds, readerLocale) };
}

/** The preview of Markdown text (blocks that cannot be parsed are shown as far as they go). */
export async function previewMarkdown(editionLocale: Locale, readerLocale: Locale, body: string): Promise<Preview> {
  const { blocks } = parseArticleBody(body.slice(0, MAX_EDITION_CHARS * 2));
  return previewBlocks(editionLocale, readerLocale, blocks.slice(0, MAX_BLOCKS).map(toBlock));
}

export interface NameCandidate extends CandidateName {
  /** Existing terms the name may belong to. */
  suggestions: { slug: string; name: string }[];
}

/**
 * The names in an edition that look like proper names and are not linked to the glossary; for text
 * without capitals (Persian), the counterparts of the names found in the other editions.
 */
export async function missingNames(record: ArticleRecord, locale: Locale, suggest: (name: string, locale: Locale) => Promise<{ slug: string; name: string }[]>, limit = 30): Promise<NameCandidate[]> {
  const edition = record.doc.editions.find((e) => e.locale === locale);
  if (!edition) return [];
  const nameBlocks = async (e: EditionDocument) => {
    const linked = await linkText(e.locale, e.blocks);
    return e.blocks.map((b, i) => ({ anchor: `${i}`, text: b.text, linked: linked.spans[i]! }));
  };
  const mine = await nameBlocks(edition);
  let others: string[] = [];
  if (!hasCapitals(edition.blocks.map((b) => b.text).join(" "))) {
    for (const other of record.doc.editions.filter((e) => e.locale !== locale)) {
      others = others.concat(findCandidateNames(await nameBlocks(other)).map((c) => c.text));
    }
  }
  const found = findCandidateNames(mine, others).slice(0, limit);
  return Promise.all(found.map(async (c) => ({ ...c, suggestions: await suggest(c.text, locale) })));
}

// ---------------------------------------------------------------------------------------------
// Bringing articles in

/** The original's locale for a page in `language` (BCP 47), else the given fallback. */
export const localeOfLanguage = (language: string | null, fallback: Locale): Locale => {
  const primary = (language ?? "").toLowerCase().split(/[-_]/)[0];
  return isLocale(primary) ? primary : primary === "tj" ? "tg" : fallback;
};

const fetchOptions = () => ({ allowPrivate: privateAddressesAllowed() });

/** A fetch or extraction failure as an import problem with its message code. */
function importProblem(error: unknown): never {
  if (error instanceof FetchError) throw new ImportProblem(error.code, error.message);
  if (error instanceof ExtractError) throw new ImportProblem(error.code, error.message);
  if (error instanceof FeedReadError) throw new ImportProblem("notFeed", error.message);
  throw error;
}

/** A draft made from an extracted page. */
async function draftFrom(page: ExtractedArticle, fallbackLocale: Locale, sourceUrl: string | null): Promise<ArticleDocument> {
  const chars = page.blocks.reduce((n, b) => n + b.text.length, 0);
  if (chars > MAX_EDITION_CHARS || page.blocks.length > MAX_BLOCKS) {
    throw new ImportProblem("articleTooBig", `the article has ${chars} characters in ${page.blocks.length} blocks; the limit is ${MAX_EDITION_CHARS} characters and ${MAX_BLOCKS} blocks`);
  }
  const locale = localeOfLanguage(page.language, fallbackLocale);
  let host: string | null = null;
  try {
    host = sourceUrl ? new URL(sourceUrl).hostname.replace(/^www\./, "") : null;
  } catch {}
  return {
    slug: await freeSlug(page.title),
    original: locale,
    publisher: (page.publisher ?? host ?? "—").slice(0, 120),
    date: page.date ?? new Date().toISOString().slice(0, 10),
    sourceUrl: sourceUrl && sourceUrl.length <= 2000 ? sourceUrl : null,
    editions: [{ locale, title: page.title.slice(0, 300), authors: page.authors.slice(0, 20).map((a) => a.slice(0, 120)), status: "draft", blocks: page.blocks }],
  };
}

export const importPageSchema = z.union([
  z.object({ url: z.string().trim().min(1, "required").max(2000, "tooLong") }),
  z.object({ html: z.string().max(MAX_BYTES, "tooBig"), fileName: z.string().max(300) }),
]);

/** Fetches (or reads an uploaded) page, extracts its article and stores it as a draft. */
export async function importPage(editor: EditorAccount | null, input: z.input<typeof importPageSchema>, fallbackLocale: Locale): Promise<{ slug: string }> {
  const source = parseForm(importPageSchema, input);
  let page: ExtractedArticle;
  let url: string | null = null;
  try {
    if ("url" in source) {
      const fetched = await guardedFetch(source.url, fetchOptions());
      if (!/html|xml/i.test(fetched.contentType) && fetched.contentType) throw new FetchError("notHtml", `the address serves ${fetched.contentType}, not a web page`);
      page = extractArticle(fetched.text, fetched.url);
      url = page.url ?? fetched.url;
    } else {
      page = extractArticle(source.html, null);
      url = page.url;
    }
  } catch (error) {
    importProblem(error);
  }
  const doc = await draftFrom(page, fallbackLocale, url);
  await storeArticle(db(), doc.slug, doc, { editor, action: "import", locale: doc.original, create: true });
  return { slug: doc.slug };
}

export const FEED_ITEMS_PER_RUN = 20;

export interface FeedReport {
  title: string | null;
  added: { slug: string; title: string }[];
  /** Items imported on an earlier run. */
  known: number;
  failed: { url: string; code: string; message: string }[];
  /** New items left for the next run (at most FEED_ITEMS_PER_RUN are imported at once). */
  later: number;
}

/** Reads a feed and makes a draft of each item not imported before (each item's page fetched and extracted). */
export async function importFeed(editor: EditorAccount | null, rawUrl: string, fallbackLocale: Locale): Promise<FeedReport> {
  const url = parseForm(z.string().trim().min(1, "required").max(2000, "tooLong"), rawUrl);
  let feed: ReturnType<typeof readFeed>;
  let feedUrl = url;
  try {
    const fetched = await guardedFetch(url, { ...fetchOptions(), accept: "application/rss+xml, application/atom+xml, application/xml;q=0.9, text/xml;q=0.9, */*;q=0.5" });
    feedUrl = fetched.url;
    feed = readFeed(fetched.text, fetched.url);
  } catch (error) {
    importProblem(error);
  }
  const known = await knownFeedItems(db(), feed.items.map((i) => i.key));
  const fresh = feed.items.filter((i) => !known.has(i.key));
  const report: FeedReport = { title: feed.title, added: [], known: feed.items.length - fresh.length, failed: [], later: Math.max(0, fresh.length - FEED_ITEMS_PER_RUN) };
  for (const item of fresh.slice(0, FEED_ITEMS_PER_RUN)) {
    try {
      const fetched = await guardedFetch(item.url, fetchOptions());
      const page = extractArticle(fetched.text, fetched.url);
      const doc = await draftFrom({ ...page, date: page.date ?? item.published, title: page.title || item.title || "" }, fallbackLocale, page.url ?? fetched.url);
      await storeArticle(db(), doc.slug, doc, { editor, action: "import", locale: doc.original, create: true, feedItem: { key: item.key, feedUrl } });
      report.added.push({ slug: doc.slug, title: originalOf(doc).title });
    } catch (error) {
      if (error instanceof FetchError || error instanceof ExtractError || error instanceof ImportProblem) {
        report.failed.push({ url: item.url, code: error instanceof ImportProblem ? error.code : error.code, message: error.message });
      } else throw error;
    }
  }
  return report;
}

/**
 * One edition from a Markdown file (the command-line import, lib/import/article-markdown.ts), as a
 * revision like any other change: published unless `draft`, replacing the stored edition.
 */
export async function importMarkdownEdition(edition: import("../import/article-markdown").ParsedArticle, options: { draft?: boolean } = {}): Promise<{ slug: string; replaced: boolean }> {
  const current = await loadArticle(db(), edition.slug);
  const next: EditionDocument = {
    locale: edition.locale,
    title: edition.title,
    authors: edition.authors,
    status: options.draft ? "draft" : "published",
    blocks: edition.blocks.map(toBlock),
  };
  const base: ArticleDocument = current?.doc ?? { slug: edition.slug, original: edition.locale, publisher: edition.publisher, date: edition.date, sourceUrl: edition.source ?? null, editions: [] };
  const doc: ArticleDocument = {
    ...base,
    ...(edition.translationOf ? {} : { original: edition.locale, publisher: edition.publisher, date: edition.date, sourceUrl: edition.source ?? null }),
    editions: [...base.editions.filter((e) => e.locale !== edition.locale), next].sort((a, b) => locales.indexOf(a.locale) - locales.indexOf(b.locale)),
  };
  await storeArticle(db(), edition.slug, doc, { editor: null, action: "import", locale: edition.locale });
  return { slug: edition.slug, replaced: Boolean(current?.doc.editions.some((e) => e.locale === edition.locale)) };
}
