import "server-only";
import { defaultStatus, type NameRole, type NameStatus } from "../import/glossary-schema";
import { compareTags } from "../import/language";
import { forReader, isLocale, localeOfTag, locales, type Locale } from "../locales";
import { snippetAround } from "../text/snippet";
import type { Appearance, ClaimProperty, EntryName, SourceRef, TermCard, TermEntry, TermKind, TermName } from "../types";
import { db } from "./client";
import { cardFields, entryFields } from "./fields";

type LabelRow = { tag: string; text: string; role: string; status: string | null; translit: string | null };
type CardRow = {
  slug: string;
  kind: string;
  subject: string | null;
  asOf: string | null;
  labels: LabelRow[];
  definitions: { tag: string; text: string; sources: string }[];
  sources: { source: SourceRef }[];
};

/** The TBX status a stored name has: its own, or its role's. */
const tbxStatus = (l: Pick<LabelRow, "role" | "status">): NameStatus | null => (l.status as NameStatus | null) ?? defaultStatus[l.role as NameRole] ?? null;
/** The status a reader is told about: a name not to be used, or no longer used. */
const shownStatus = (l: LabelRow): TermName["status"] => {
  const s = tbxStatus(l);
  return s === "deprecated" || s === "superseded" ? s : null;
};
const toName = (l: LabelRow): TermName => ({ tag: l.tag, text: l.text, translit: l.translit, status: shownStatus(l) });

/** The name each language shows: its preferred name, else its first name that may be used, else its first. */
function displayNames(labels: readonly LabelRow[]): TermName[] {
  const byTag = new Map<string, LabelRow[]>();
  for (const l of labels) byTag.set(l.tag, [...(byTag.get(l.tag) ?? []), l]);
  return [...byTag.entries()]
    .sort(([a], [b]) => compareTags(a, b))
    .map(([, mine]) => toName(mine.find((l) => l.role === "preferred") ?? mine.find((l) => shownStatus(l) === null) ?? mine[0]!));
}

/** Maps a term row (selected with cardFields) to the card a reader in `locale` sees. */
export function toCard(row: CardRow, locale: Locale): TermCard {
  const all = displayNames(row.labels);
  const names = locales.flatMap((l) => all.find((n) => n.tag === l) ?? all.find((n) => localeOfTag(n.tag) === l) ?? []);
  const otherNames = all.filter((n) => localeOfTag(n.tag) === null);
  const shown = forReader([...names, ...otherNames], locale);
  const definition = forReader(row.definitions, locale);
  return {
    slug: row.slug,
    kind: row.kind as TermKind,
    subject: row.subject,
    name: shown?.item.text ?? row.slug,
    nameTag: shown?.item.tag ?? locale,
    nameFallback: shown?.fallback ?? false,
    names,
    otherNames,
    definition: definition && { text: definition.item.text, tag: definition.item.tag, fallback: definition.fallback },
    sources: row.sources.map((s) => s.source),
    asOf: row.asOf,
  };
}

/** The cards of the given terms, in the reader's locale. */
export async function getTermCards(ids: readonly number[], locale: Locale): Promise<TermCard[]> {
  if (ids.length === 0) return [];
  const rows = await db().term.findMany({ where: { id: { in: [...ids] } }, select: cardFields, orderBy: { slug: "asc" } });
  return rows.map((row) => toCard(row, locale));
}

/** One term's card by slug, or null. */
export async function getTermCard(slug: string, locale: Locale): Promise<TermCard | null> {
  const row = await db().term.findUnique({ where: { slug }, select: cardFields });
  return row ? toCard(row, locale) : null;
}

export async function listTermSlugs(): Promise<string[]> {
  return (await db().term.findMany({ select: { slug: true }, orderBy: { slug: "asc" } })).map((t) => t.slug);
}

export interface TermListItem {
  slug: string;
  kind: TermKind;
  name: string;
  /** The tag of the name's language (another than the reader's when it has none in theirs). */
  tag: string;
}

/** Every term with its name for the reader (sorted by the caller, the way the locale sorts). */
export async function listTerms(locale: Locale): Promise<TermListItem[]> {
  const rows = await db().term.findMany({
    // no orderBy on the labels: Prisma can then split the query for a glossary of any size
    select: { slug: true, kind: true, labels: { where: { role: "preferred" }, select: { tag: true, text: true } } },
  });
  return rows.map((r) => {
    const name = forReader(r.labels, locale)?.item;
    return { slug: r.slug, kind: r.kind as TermKind, name: name?.text ?? r.slug, tag: name?.tag ?? locale };
  });
}

/** Everything the glossary knows about one term, for its entry page and the API; or null. */
export async function getTermEntry(slug: string, locale: Locale): Promise<TermEntry | null> {
  const row = await db().term.findUnique({ where: { slug }, select: entryFields });
  if (!row) return null;
  const card = toCard(row, locale);
  const sources = new Map(row.sources.map((s) => [s.source.key, s.source]));
  const claims = new Map<string, TermEntry["claims"][number]>();
  const claimRows = row.claims.filter((c) => c.language === locale);
  for (const c of claimRows.length ? claimRows : row.claims.filter((c) => c.language === locales[0])) {
    const group = claims.get(c.property) ?? { property: c.property as ClaimProperty, values: [], disputed: false };
    group.values.push({ property: group.property, value: c.value, source: c.source });
    group.disputed = new Set(group.values.map((v) => v.value)).size > 1;
    claims.set(c.property, group);
  }
  const notesOf = (labelId: number, kind: string) => row.notes.filter((n) => n.labelId === labelId && n.kind === kind);
  const entryNames: EntryName[] = row.labels
    .map((l, position) => ({ l, position }))
    .sort((a, b) => compareTags(a.l.tag, b.l.tag) || a.position - b.position)
    .map(({ l }) => ({
      ...toName(l),
      role: l.role as EntryName["role"],
      tbxStatus: tbxStatus(l),
      partOfSpeech: l.partOfSpeech,
      termType: l.termType,
      gender: l.gender,
      region: l.region,
      notes: notesOf(l.id, "note").map((n) => n.text),
      usage: notesOf(l.id, "usage").map((n) => n.text),
      contexts: notesOf(l.id, "context").map((n) => ({ text: n.text, source: n.source })),
      sources: notesOf(l.id, "source").map((n) => n.text),
    }));
  return {
    ...card,
    entryNames,
    definitions: [...row.definitions]
      .sort((a, b) => compareTags(a.tag, b.tag))
      .map((d) => ({ text: d.text, tag: d.tag, fallback: false, sources: d.sources.split(" ").flatMap((k) => sources.get(k) ?? []) })),
    notes: row.notes.filter((n) => n.labelId === null).map((n) => ({ tag: n.tag, text: n.text })),
    claims: [...claims.values()],
    related: row.relatedTo.map((r) => ({ slug: r.to.slug, name: forReader(r.to.labels, locale)?.item.text ?? r.to.slug })),
    appearances: await appearancesOf(row.id, locale),
  };
}

/** Every paragraph that mentions the term, in the reader's edition of each article (or the original). */
async function appearancesOf(termId: number, locale: Locale): Promise<Appearance[]> {
  const mentions = await db().mention.findMany({
    // drafts are never shown to readers
    where: { termId, block: { edition: { status: "published", article: { status: "published" } } } },
    select: {
      start: true,
      length: true,
      block: {
        select: {
          anchor: true,
          position: true,
          text: true,
          edition: { select: { locale: true, title: true, article: { select: { slug: true, original: true } } } },
        },
      },
    },
    orderBy: [{ blockId: "asc" }, { start: "asc" }],
  });
  const seen = new Set<string>();
  return mentions.flatMap(({ start, length, block }) => {
    const { edition } = block;
    const wanted = mentions.some((m) => m.block.edition.article.slug === edition.article.slug && m.block.edition.locale === locale)
      ? locale
      : edition.article.original;
    const key = `${edition.article.slug}#${block.anchor}`;
    if (edition.locale !== wanted || seen.has(key) || !isLocale(edition.locale)) return [];
    seen.add(key);
    return [
      {
        articleSlug: edition.article.slug,
        articleTitle: edition.title,
        locale: edition.locale,
        anchor: block.anchor,
        snippet: snippetAround(block.text, start, start + length),
      },
    ];
  });
}

/** The names of terms in the reader's locale (else English, else any), by slug. */
export async function termNames(slugs: readonly string[], locale: Locale): Promise<Map<string, string>> {
  if (slugs.length === 0) return new Map();
  const rows = await db().term.findMany({
    where: { slug: { in: [...slugs] } },
    select: { slug: true, labels: { where: { role: "preferred" }, select: { tag: true, text: true }, orderBy: { position: "asc" } } },
  });
  return new Map(rows.map((r) => [r.slug, forReader(r.labels, locale)?.item.text ?? r.slug] as const));
}
