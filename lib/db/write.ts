import "server-only";
import { ArticleParseError, unknownLinks, type ParsedArticle } from "../import/article-markdown";
import type { SourceFile, TermFile } from "../import/glossary-schema";
import { locales, type Locale } from "../locales";
import { searchKeysOf } from "../text/search";
import { TermMatcher } from "../text/matcher";
import { suffixesFor } from "../text/inflection";
import type { Db } from "./client";

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

async function writeSourcesIn(tx: Tx, sources: readonly SourceFile[]) {
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
export const TERM_BATCH = 200;

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
  const ids = new Map<string, number>();
  const knownSource = (term: TermFile, key: string) => {
    const id = sourceIds.get(key);
    if (id === undefined) throw new Error(`term ${term.slug}: unknown source "${key}"`);
    return id;
  };
  for (const term of terms) {
    // the place's link to the unit it is part of is written by writeRelationsIn, once every term exists
    const place = term.place
      ? { lat: term.place.lat, lon: term.place.lon, geoSourceId: knownSource(term, term.place.source), iso3166: term.place.iso3166, placeUnit: term.place.unit }
      : { lat: null, lon: null, geoSourceId: null, iso3166: null, placeUnit: null };
    const data = { kind: term.kind, asOf: term.asOf, ...place };
    const { id } = await tx.term.upsert({
      where: { slug: term.slug },
      create: { slug: term.slug, ...data },
      update: data,
      select: { id: true },
    });
    ids.set(term.slug, id);
  }
  await clearTerms(tx, [...ids.values()]);

  const labels: { termId: number; locale: Locale; text: string; status: string; translit: string | null; position: number }[] = [];
  const definitions: { termId: number; locale: Locale; text: string; sources: string }[] = [];
  const claims: { termId: number; property: string; locale: Locale; value: string; sourceId: number; position: number }[] = [];
  const termSources: { termId: number; sourceId: number; position: number }[] = [];
  for (const term of terms) {
    const termId = ids.get(term.slug)!;
    const sourceId = (key: string) => knownSource(term, key);
    let position = 0;
    for (const locale of locales) {
      const names = term.names[locale];
      const seen = new Set<string>();
      const add = (text: string, status: string, translit: string | null = null) => {
        if (seen.has(text)) return;
        seen.add(text);
        labels.push({ termId, locale, text, status, translit, position: position++ });
      };
      add(names.preferred, "preferred", names.translit);
      names.variants.forEach((t) => add(t, "variant"));
      names.aliases.forEach((t) => add(t, "alias"));
      names.forms.forEach((t) => add(t, "form"));
      names.exact.forEach((t) => add(t, "exact"));
      const d = term.definitions[locale];
      if (d) {
        d.sources.forEach(sourceId);
        definitions.push({ termId, locale, text: d.text, sources: d.sources.join(" ") });
      }
    }
    term.claims.forEach((c, i) =>
      locales.forEach((locale) =>
        claims.push({ termId, property: c.property, locale, value: c.value[locale], sourceId: sourceId(c.source), position: i }),
      ),
    );
    const keys = new Set([
      ...locales.flatMap((l) => term.definitions[l]?.sources ?? []),
      ...term.claims.map((c) => c.source),
      ...(term.place ? [term.place.source] : []),
    ]);
    [...keys].forEach((key, i) => termSources.push({ termId, sourceId: sourceId(key), position: i }));
  }
  await tx.label.createMany({ data: labels });
  const stored = await tx.label.findMany({
    where: { termId: { in: [...ids.values()] }, status: { notIn: ["form", "exact"] } },
    select: { id: true, termId: true, text: true, translit: true },
  });
  await tx.searchKey.createMany({
    data: stored.flatMap((l) => searchKeysOf(l.text, l.translit).map((k) => ({ termId: l.termId, labelId: l.id, ...k }))),
  });
  await tx.definition.createMany({ data: definitions });
  await tx.claim.createMany({ data: claims });
  await tx.termSource.createMany({ data: termSources });
}

async function clearTerms(tx: Tx, ids: number[]) {
  const termId = { in: ids };
  await tx.searchKey.deleteMany({ where: { termId } });
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
  for (const term of terms) {
    const fromId = ids.get(term.slug)!;
    await tx.relation.deleteMany({ where: { fromId } });
    const toIds = term.related.map((slug) => {
      const toId = ids.get(slug);
      if (toId === undefined) throw new Error(`term ${term.slug}: unknown related term "${slug}"`);
      return toId;
    });
    await tx.relation.createMany({ data: [...new Set(toIds)].map((toId) => ({ fromId, toId })) });
  }
}

/** Creates or replaces one edition of an article, and links the glossary terms in it (its explicit links and the names the matcher finds). */
export async function writeEdition(db: Db, edition: ParsedArticle): Promise<void> {
  const matcher = await matcherFor(db, edition.locale);
  const termIds = await linkedTerms(db, edition);
  const unknown = unknownLinks(edition, new Set(termIds.keys()));
  if (unknown.length > 0) throw new ArticleParseError(unknown);
  await db.$transaction(async (tx) => {
    const meta = { publisher: edition.publisher, publishedOn: edition.date, sourceUrl: edition.source ?? null };
    const original = edition.translationOf ?? edition.locale;
    const article = await tx.article.upsert({
      where: { slug: edition.slug },
      create: { slug: edition.slug, original, ...meta },
      update: edition.translationOf ? {} : { original, ...meta },
      select: { id: true },
    });
    await tx.edition.deleteMany({ where: { articleId: article.id, locale: edition.locale } });
    const { id: editionId } = await tx.edition.create({
      data: { articleId: article.id, locale: edition.locale, title: edition.title, authors: edition.authors.join("; ") },
      select: { id: true },
    });
    await tx.block.createMany({
      data: edition.blocks.map((b, position) => ({ editionId, position, kind: b.kind, anchor: b.anchor, text: b.text })),
    });
    const blocks = await tx.block.findMany({ where: { editionId, kind: "paragraph" }, select: { id: true, text: true, position: true } });
    const explicit = blocks.flatMap((b) =>
      (edition.blocks[b.position]!.links ?? []).map((l) => ({ blockId: b.id, termId: termIds.get(l.slug)!, start: l.start, length: l.end - l.start, explicit: true })),
    );
    await tx.mention.createMany({ data: [...explicit, ...mentionsOf(blocks, matcher, explicit)] });
  });
}

/** The terms an edition links to by hand, by slug (those that exist). */
async function linkedTerms(db: Db, edition: ParsedArticle): Promise<Map<string, number>> {
  const slugs = [...new Set(edition.blocks.flatMap((b) => b.links ?? []).map((l) => l.slug))];
  if (slugs.length === 0) return new Map();
  const terms = await db.term.findMany({ where: { slug: { in: slugs } }, select: { id: true, slug: true } });
  return new Map(terms.map((t) => [t.slug, t.id] as const));
}

/** The explicit links of an edition to no existing term, each with its line (empty when every one is known). */
export async function editionLinkProblems(db: Db, edition: ParsedArticle): Promise<string[]> {
  return unknownLinks(edition, new Set((await linkedTerms(db, edition)).keys()));
}

type Matcher = TermMatcher<number>;

async function matcherFor(db: Db, locale: Locale): Promise<Matcher> {
  const labels = await db.label.findMany({ where: { locale }, select: { text: true, termId: true, status: true }, orderBy: { id: "asc" } });
  return new TermMatcher(
    labels.map((l) => ({ text: l.text, value: l.termId, caseSensitive: l.status === "exact" })),
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
