import "server-only";
import { defaultLocale, isLocale, locales, type Locale } from "../locales";
import type { SourceRef, TermCard, TermKind, TermName } from "../types";
import { db } from "./client";
import { cardFields } from "./fields";

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
