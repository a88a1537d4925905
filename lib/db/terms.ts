import "server-only";
import { defaultLocale, isLocale, locales, type Locale } from "../locales";
import { snippetAround } from "../text/snippet";
import type { Appearance, ClaimProperty, SourceRef, TermCard, TermEntry, TermKind, TermName } from "../types";
import { db } from "./client";
import { cardFields, entryFields } from "./fields";

type CardRow = {
  slug: string;
  kind: string;
  asOf: string;
  labels: { locale: string; text: string; status: string; translit: string | null }[];
  definitions: { locale: string; text: string; sources: string }[];
  sources: { source: SourceRef }[];
};

/** Maps a term row (selected with cardFields) to the card a reader in `locale` sees. */
export function toCard(row: CardRow, locale: Locale): TermCard {
  const names: TermName[] = locales.flatMap((l) => {
    const label = row.labels.find((x) => x.locale === l);
    return label ? [{ locale: l, text: label.text, translit: label.translit }] : [];
  });
  const own = row.definitions.find((d) => d.locale === locale);
  const english = row.definitions.find((d) => d.locale === defaultLocale);
  const chosen = own ?? english;
  return {
    slug: row.slug,
    kind: row.kind as TermKind,
    name: names.find((n) => n.locale === locale)?.text ?? names[0]?.text ?? row.slug,
    names,
    definition: chosen && isLocale(chosen.locale) ? { text: chosen.text, locale: chosen.locale, fallback: chosen !== own } : null,
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
}

/** Every term with its name in the reader's locale (sorted by the caller, the way the locale sorts). */
export async function listTerms(locale: Locale): Promise<TermListItem[]> {
  const rows = await db().term.findMany({
    select: { slug: true, kind: true, labels: { where: { status: "preferred", locale }, select: { text: true } } },
  });
  return rows.map((r) => ({ slug: r.slug, kind: r.kind as TermKind, name: r.labels[0]?.text ?? r.slug }));
}

/** Everything the glossary knows about one term, for its entry page and the API; or null. */
export async function getTermEntry(slug: string, locale: Locale): Promise<TermEntry | null> {
  const row = await db().term.findUnique({ where: { slug }, select: entryFields });
  if (!row) return null;
  const card = toCard({ ...row, labels: row.labels.filter((l) => l.status === "preferred") }, locale);
  const sources = new Map(row.sources.map((s) => [s.source.key, s.source]));
  const claims = new Map<string, TermEntry["claims"][number]>();
  for (const c of row.claims.filter((c) => c.locale === locale)) {
    const group = claims.get(c.property) ?? { property: c.property as ClaimProperty, values: [], disputed: false };
    group.values.push({ property: group.property, value: c.value, source: c.source });
    group.disputed = new Set(group.values.map((v) => v.value)).size > 1;
    claims.set(c.property, group);
  }
  return {
    ...card,
    variants: row.labels
      .filter((l): l is typeof l & { status: "variant" | "alias" } => l.status === "variant" || l.status === "alias")
      .flatMap((l) => (isLocale(l.locale) ? [{ locale: l.locale, text: l.text, status: l.status }] : [])),
    definitions: locales.flatMap((l) => {
      const d = row.definitions.find((x) => x.locale === l);
      return d
        ? [{ text: d.text, locale: l, fallback: false, sources: d.sources.split(" ").flatMap((k) => sources.get(k) ?? []) }]
        : [];
    }),
    claims: [...claims.values()],
    related: row.relatedTo.map((r) => ({
      slug: r.to.slug,
      name: r.to.labels.find((l) => l.locale === locale)?.text ?? r.to.labels[0]?.text ?? r.to.slug,
    })),
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
    select: { slug: true, labels: { where: { status: "preferred" }, select: { locale: true, text: true } } },
  });
  return new Map(
    rows.map((r) => [r.slug, (r.labels.find((l) => l.locale === locale) ?? r.labels.find((l) => l.locale === defaultLocale) ?? r.labels[0])?.text ?? r.slug] as const),
  );
}
