import "server-only";
import { ArticleParseError, unknownLinks, type ParsedArticle } from "../import/article-markdown";
import type { ArticleDocument, EditionDocument } from "../import/article-document";
import { languageOf, namesWithRoles, type SourceFile, type TermFile } from "../import/glossary-schema";
import type { Locale } from "../locales";
import { searchKeysOf } from "../text/search";
import { TermMatcher } from "../text/matcher";
import { suffixesFor } from "../text/inflection";
import type { Db } from "./client";
import { inChunks, insertRow, insertRows, insertValues, type Value } from "./bulk";

/**
 * Writes of the glossary and the articles. Each unit (a term, an edition) is written in one short
 * transaction, so a reader never sees half of it; search keys and mentions are kept in step here,
 * by the same code that writes labels and blocks.
 */

/** The client inside an interactive transaction. */
export type Tx = Parameters<Parameters<Db["$transaction"]>[0]>[0];

export async function writeSources(db: Db, sources: readonly SourceFile[]): Promise<void> {
  await db.$transaction((tx) => writeSourcesIn(tx, sources));
}

export async function writeSourcesIn(tx: Tx, sources: readonly SourceFile[]) {
  for (const s of sources) {
    const data = { title: s.title, url: s.url, date: s.date };
    await tx.source.upsert({ where: { key: s.key }, create: { key: s.key, ...data }, update: data });
  }
}

/**
 * Writes a whole glossary import in ONE transaction: its sources, its terms and their related-term
 * links. Any error rolls everything back, so the database is exactly as it was.
 */
export async function writeGlossaryAtomically(db: Db, glossary: { sources: readonly SourceFile[]; terms: readonly TermFile[] }): Promise<void> {
  await db.$transaction(
    async (tx) => {
      await writeSourcesIn(tx, glossary.sources);
      await writeTermsIn(tx, glossary.terms);
      await writeRelationsIn(tx, glossary.terms);
    },
    { timeout: 10 * 60_000, maxWait: 30_000 },
  );
}

/** How many terms one transaction writes: short enough that readers and other writers wait little. */
export const TERM_BATCH = 500;

/**
 * Creates or replaces terms, TERM_BATCH to a transaction: each batch is written whole or not at all,
 * with its search keys, so search never sees a term without its keys.
 */
export async function writeTerms(db: Db, terms: readonly TermFile[]): Promise<void> {
  for (let i = 0; i < terms.length; i += TERM_BATCH) {
    const batch = terms.slice(i, i + TERM_BATCH);
    await db.$transaction((tx) => writeBatch(tx, batch), { timeout: 60_000 });
  }
}

/** Writes terms inside a transaction the caller holds (with their search keys). */
export async function writeTermsIn(tx: Tx, terms: readonly TermFile[]) {
  for (let i = 0; i < terms.length; i += TERM_BATCH) await writeBatch(tx, terms.slice(i, i + TERM_BATCH));
}

async function writeBatch(tx: Tx, terms: readonly TermFile[]) {
  const sourceIds = new Map((await tx.source.findMany({ select: { id: true, key: true } })).map((s) => [s.key, s.id] as const));
  // stored terms are updated (and their rows cleared), new ones inserted
  const stored = new Map((await tx.term.findMany({ where: { slug: { in: terms.map((t) => t.slug) } }, select: { id: true, slug: true } })).map((t) => [t.slug, t.id] as const));
  const termRow = (term: TermFile) => ({
    slug: term.slug,
    kind: term.kind,
    subject: term.subject ?? null,
    asOf: term.asOf ?? null,
    // the place's link to the unit it is part of is written by writeRelationsIn, once every term exists
    lat: term.place?.lat ?? null,
    lon: term.place?.lon ?? null,
    geoSourceId: term.place ? sourceIdOf(sourceIds, term, term.place.source) : null,
    iso3166: term.place?.iso3166 ?? null,
    placeUnit: term.place?.unit ?? null,
  });
  for (const term of terms.filter((t) => stored.has(t.slug))) {
    const { slug, ...data } = termRow(term);
    await tx.term.update({ where: { slug }, data, select: { id: true } });
  }
  if (stored.size > 0) await clearTerms(tx, [...stored.values()]);
  const ids = new Map(stored);
  for (const term of terms) {
    if (ids.has(term.slug)) continue;
    const row = termRow(term);
    ids.set(term.slug, insertRow("Term", termColumns, termColumns.map((c) => row[c])));
  }
  writeTermRows(terms, ids, sourceIds);
}

const termColumns = ["slug", "kind", "subject", "asOf", "lat", "lon", "geoSourceId", "iso3166", "placeUnit"] as const;
const labelColumns = ["termId", "language", "tag", "text", "role", "status", "translit", "partOfSpeech", "termType", "gender", "region", "position"];
const matchingOnly: ReadonlySet<string> = new Set(["form", "exact"]);

function sourceIdOf(sourceIds: ReadonlyMap<string, number>, term: TermFile, key: string): number {
  const id = sourceIds.get(key);
  if (id === undefined) throw new Error(`term ${term.slug}: unknown source "${key}"`);
  return id;
}

/**
 * Writes the rows that store some terms (their ids given): labels with their details and search
 * keys, notes (on the concept, a language or a name), definitions, claims, sources.
 */
function writeTermRows(terms: readonly TermFile[], ids: ReadonlyMap<string, number>, sourceIds: ReadonlyMap<string, number>) {
  const keys: Value[][] = [];
  const notes: Value[][] = [];
  const definitions: Value[][] = [];
  const claims: Value[][] = [];
  const termSources: Value[][] = [];
  for (const term of terms) {
    const termId = ids.get(term.slug)!;
    const sourceId = (key: string) => sourceIdOf(sourceIds, term, key);
    let position = 0;
    let notePosition = 0;
    const note = (kind: string, text: string, tag: string | null, labelId: number | null, source: string | null = null) =>
      notes.push([termId, labelId, tag, kind, text, source, notePosition++]);
    for (const text of term.notes) note("note", text, null, null);
    for (const [tag, block] of Object.entries(term.names)) {
      const language = languageOf(tag);
      const seen = new Set<string>();
      for (const { role, name } of namesWithRoles(block)) {
        if (seen.has(name.text)) continue;
        seen.add(name.text);
        const translit = role === "preferred" ? block.translit : null;
        const labelId = insertRow("Label", labelColumns, [
          termId, language, tag, name.text, role, name.status ?? null, translit,
          name.partOfSpeech ?? null, name.termType ?? null, name.gender ?? null, name.region ?? null, position++,
        ]);
        if (!matchingOnly.has(role)) for (const k of searchKeysOf(name.text, translit)) keys.push([termId, labelId, k.key, k.phonetic ? 1 : 0]);
        name.notes?.forEach((text) => note("note", text, tag, labelId));
        name.usage?.forEach((text) => note("usage", text, tag, labelId));
        name.contexts?.forEach((c) => note("context", c.text, tag, labelId, c.source ?? null));
        name.sources?.forEach((text) => note("source", text, tag, labelId));
      }
      for (const text of block.notes) note("note", text, tag, null);
    }
    for (const [tag, d] of Object.entries(term.definitions)) {
      d.sources.forEach(sourceId);
      definitions.push([termId, languageOf(tag), tag, d.text, d.sources.join(" ")]);
    }
    term.claims.forEach((c, i) => {
      for (const [tag, value] of Object.entries(c.value)) claims.push([termId, c.property, languageOf(tag), tag, value, sourceId(c.source), i]);
    });
    const cited = new Set([
      ...Object.values(term.definitions).flatMap((d) => d.sources),
      ...term.claims.map((c) => c.source),
      ...(term.place ? [term.place.source] : []),
    ]);
    [...cited].forEach((key, i) => termSources.push([termId, sourceId(key), i]));
  }
  insertValues("SearchKey", ["termId", "labelId", "key", "phonetic"], keys);
  insertValues("Note", ["termId", "labelId", "tag", "kind", "text", "source", "position"], notes);
  insertValues("Definition", ["termId", "language", "tag", "text", "sources"], definitions);
  insertValues("Claim", ["termId", "property", "language", "tag", "value", "sourceId", "position"], claims);
  insertValues("TermSource", ["termId", "sourceId", "position"], termSources);
}

async function clearTerms(tx: Tx, ids: number[]) {
  const termId = { in: ids };
  await tx.searchKey.deleteMany({ where: { termId } });
  await tx.note.deleteMany({ where: { termId } });
  await tx.label.deleteMany({ where: { termId } });
  await tx.definition.deleteMany({ where: { termId } });
  await tx.claim.deleteMany({ where: { termId } });
  await tx.termSource.deleteMany({ where: { termId } });
}

type Links = Pick<TermFile, "slug" | "related" | "place">;

/**
 * Replaces the links between terms of the given terms (all terms must exist): their related terms
 * and the unit each place is part of.
 */
export async function writeRelations(db: Db, terms: readonly Links[]): Promise<void> {
  await db.$transaction((tx) => writeRelationsIn(tx, terms));
}

export async function writeRelationsIn(tx: Tx, terms: readonly Links[]) {
  const rows = await tx.term.findMany({ select: { id: true, slug: true, parentId: true } });
  const ids = new Map(rows.map((t) => [t.slug, t.id] as const));
  const parents = new Map(rows.map((t) => [t.id, t.parentId] as const));
  for (const term of terms) {
    const partOf = term.place?.partOf ?? null;
    const parentId = partOf === null ? null : ids.get(partOf);
    if (parentId === undefined) throw new Error(`term ${term.slug}: unknown partOf term "${partOf}"`);
    if (parents.get(ids.get(term.slug)!) !== parentId) {
      await tx.term.update({ where: { slug: term.slug }, data: { parentId }, select: { id: true } });
      parents.set(ids.get(term.slug)!, parentId);
    }
  }
  const slugs = new Map(rows.map((t) => [t.id, t.slug] as const));
  for (const term of terms) {
    const chain = [ids.get(term.slug)!];
    for (let up = parents.get(chain[0]!); up != null; up = parents.get(up)) {
      chain.push(up);
      if (up === chain[0]) throw new Error(`term ${term.slug}: partOf goes round in a circle (${chain.map((id) => slugs.get(id)).join(" -> ")})`);
      if (chain.length > 64) break;
    }
  }
  const links = terms.flatMap((term) => {
    const fromId = ids.get(term.slug)!;
    return [...new Set(term.related)].map((slug) => {
      const toId = ids.get(slug);
      if (toId === undefined) throw new Error(`term ${term.slug}: unknown related term "${slug}"`);
      return { fromId, toId };
    });
  });
  const fromIds = terms.map((t) => ids.get(t.slug)!);
  await inChunks(fromIds, async (chunk) => [await tx.relation.deleteMany({ where: { fromId: { in: chunk } } })]);
  insertRows("Relation", ["fromId", "toId"], links);
}

/**
 * Creates or replaces one edition of an article (published), and links the glossary terms in it
 * (its explicit links and the names the matcher finds).
 */
export async function writeEdition(db: Db, edition: ParsedArticle): Promise<void> {
  const matcher = await matcherFor(db, edition.locale);
  const termIds = await linkedTerms(db, edition.blocks);
  const unknown = unknownLinks(edition, new Set(termIds.keys()));
  if (unknown.length > 0) throw new ArticleParseError(unknown);
  await db.$transaction(async (tx) => {
    const meta = { publisher: edition.publisher, publishedOn: edition.date, sourceUrl: edition.source ?? null };
    const original = edition.translationOf ?? edition.locale;
    const article = await tx.article.upsert({
      where: { slug: edition.slug },
      create: { slug: edition.slug, original, status: "published", ...meta },
      update: edition.translationOf ? {} : { original, status: "published", ...meta },
      select: { id: true },
    });
    const previous = await tx.edition.findUnique({ where: { articleId_locale: { articleId: article.id, locale: edition.locale } }, select: { version: true } });
    await replaceEditionIn(tx, article.id, { ...edition, status: "published" }, matcher, termIds, (previous?.version ?? 0) + 1);
  });
}

/**
 * Writes one edition (its blocks, their explicit links and the names the matcher finds) in place of
 * the stored one, with the given version. A link to a term that no longer exists is dropped.
 */
async function replaceEditionIn(
  tx: Tx,
  articleId: number,
  edition: Omit<EditionDocument, "locale"> & { locale: string },
  matcher: Matcher,
  termIds: ReadonlyMap<string, number>,
  version: number,
) {
  await tx.edition.deleteMany({ where: { articleId, locale: edition.locale } });
  const { id: editionId } = await tx.edition.create({
    data: { articleId, locale: edition.locale, title: edition.title, authors: edition.authors.join("; "), status: edition.status, version, updatedAt: new Date() },
    select: { id: true },
  });
  let paragraphs = 0;
  let headings = 0;
  await tx.block.createMany({
    data: edition.blocks.map((b, position) => ({ editionId, position, kind: b.kind, anchor: b.kind === "heading" ? `s${++headings}` : `p${++paragraphs}`, text: b.text })),
  });
  const blocks = await tx.block.findMany({ where: { editionId, kind: "paragraph" }, select: { id: true, text: true, position: true } });
  const explicit = blocks.flatMap((b) =>
    (edition.blocks[b.position]!.links ?? []).flatMap((l) => {
      const termId = termIds.get(l.slug);
      return termId === undefined ? [] : [{ blockId: b.id, termId, start: l.start, length: l.end - l.start, explicit: true }];
    }),
  );
  await tx.mention.createMany({ data: [...explicit, ...mentionsOf(blocks, matcher, explicit)] });
}

/** The terms blocks link to by hand, by slug (those that exist). */
export async function linkedTerms(db: Pick<Db, "term">, blocks: readonly { links?: readonly { slug: string }[] }[]): Promise<Map<string, number>> {
  const slugs = [...new Set(blocks.flatMap((b) => b.links ?? []).map((l) => l.slug))];
  if (slugs.length === 0) return new Map();
  const terms = await db.term.findMany({ where: { slug: { in: slugs } }, select: { id: true, slug: true } });
  return new Map(terms.map((t) => [t.slug, t.id] as const));
}

/** The explicit links of an edition to no existing term, each with its line (empty when every one is known). */
export async function editionLinkProblems(db: Db, edition: ParsedArticle): Promise<string[]> {
  return unknownLinks(edition, new Set((await linkedTerms(db, edition.blocks)).keys()));
}

/**
 * Writes a whole article document inside the caller's transaction: the article's fields (its status
 * is its original edition's), every edition that differs from `current` (with its version raised),
 * and no edition the document does not have.
 */
export async function writeArticleIn(
  tx: Tx,
  doc: ArticleDocument,
  current: { doc: ArticleDocument; versions: Partial<Record<string, number>> } | null,
  matchers: ReadonlyMap<string, Matcher>,
  termIds: ReadonlyMap<string, number>,
) {
  const status = doc.editions.find((e) => e.locale === doc.original)?.status ?? "draft";
  const fields = { publisher: doc.publisher, publishedOn: doc.date, sourceUrl: doc.sourceUrl, original: doc.original, status };
  const { id: articleId } = await tx.article.upsert({ where: { slug: doc.slug }, create: { slug: doc.slug, ...fields }, update: fields, select: { id: true } });
  for (const edition of doc.editions) {
    const before = current?.doc.editions.find((e) => e.locale === edition.locale);
    if (before && JSON.stringify(before) === JSON.stringify(edition)) continue;
    await replaceEditionIn(tx, articleId, edition, matchers.get(edition.locale)!, termIds, (current?.versions[edition.locale] ?? 0) + 1);
  }
  await tx.edition.deleteMany({ where: { articleId, locale: { notIn: doc.editions.map((e) => e.locale) } } });
}

export type Matcher = TermMatcher<number>;

/** The glossary's names in one locale, ready to be found in text (values are term ids). */
export async function matcherFor(db: Pick<Db, "label">, locale: Locale): Promise<Matcher> {
  const labels = await db.label.findMany({ where: { language: locale }, select: { text: true, termId: true, role: true }, orderBy: { id: "asc" } });
  return new TermMatcher(
    labels.map((l) => ({ text: l.text, value: l.termId, caseSensitive: l.role === "exact" })),
    { suffixes: suffixesFor(locale) },
  );
}

type Span = { blockId: number; start: number; length: number };

/** The names the matcher finds in the blocks, but none inside or across an explicit link (the hand-made link wins). */
function mentionsOf(blocks: { id: number; text: string }[], matcher: Matcher, explicit: readonly Span[]) {
  const overlaps = (blockId: number, start: number, end: number) =>
    explicit.some((e) => e.blockId === blockId && start < e.start + e.length && e.start < end);
  return blocks.flatMap((b) =>
    matcher
      .find(b.text)
      .filter((m) => !overlaps(b.id, m.start, m.end))
      .map((m) => ({ blockId: b.id, termId: m.value, start: m.start, length: m.end - m.start })),
  );
}

/** Finds the terms again in every edition (after the glossary changed); explicit links are kept as they are. */
export async function relinkAll(db: Db): Promise<void> {
  const editions = await db.edition.findMany({ select: { id: true, locale: true } });
  for (const edition of editions) {
    const matcher = await matcherFor(db, edition.locale as Locale);
    await db.$transaction(async (tx) => {
      const blocks = await tx.block.findMany({ where: { editionId: edition.id, kind: "paragraph" }, select: { id: true, text: true } });
      const blockId = { in: blocks.map((b) => b.id) };
      await tx.mention.deleteMany({ where: { blockId, explicit: false } });
      const explicit = await tx.mention.findMany({ where: { blockId, explicit: true }, select: { blockId: true, start: true, length: true } });
      await tx.mention.createMany({ data: mentionsOf(blocks, matcher, explicit) });
    });
  }
}
