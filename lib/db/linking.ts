import "server-only";
import type { Locale } from "../locales";
import type { Span } from "../text/segments";
import { db } from "./client";
import { matcherFor, type Matcher } from "./write";

/**
 * The glossary's names found in text that is not stored yet (the editor's preview and alignment
 * check), by the same matcher that links stored articles. The matcher of a locale is kept while
 * that locale's names are unchanged (same count, same highest id: an edit writes new label rows).
 */
const cache = new Map<Locale, { signature: string; matcher: Matcher }>();

async function currentMatcher(locale: Locale): Promise<Matcher> {
  const { _count, _max } = await db().label.aggregate({ where: { language: locale }, _count: true, _max: { id: true } });
  const signature = `${_count} ${_max?.id ?? 0}`;
  const hit = cache.get(locale);
  if (hit?.signature === signature) return hit.matcher;
  const matcher = await matcherFor(db(), locale);
  cache.set(locale, { signature, matcher });
  return matcher;
}

export interface LinkedText {
  /** Per block, the glossary names in it (term slugs); headings are never linked. */
  spans: Span[][];
  /** The ids of every term found, for their cards. */
  termIds: number[];
}

/** The names in the blocks: their explicit links first, then what the matcher finds outside them. */
export async function linkText(locale: Locale, blocks: readonly { kind: "paragraph" | "heading"; text: string; links?: readonly { start: number; end: number; slug: string }[] }[]): Promise<LinkedText> {
  const matcher = await currentMatcher(locale);
  const found = blocks.map((b) => {
    if (b.kind !== "paragraph") return [];
    const links = b.links ?? [];
    return matcher.find(b.text).filter((m) => !links.some((l) => m.start < l.end && l.start < m.end));
  });
  const ids = [...new Set(found.flat().map((m) => m.value))];
  const linkedSlugs = [...new Set(blocks.flatMap((b) => (b.links ?? []).map((l) => l.slug)))];
  const terms = await db().term.findMany({ where: { OR: [{ id: { in: ids } }, { slug: { in: linkedSlugs } }] }, select: { id: true, slug: true } });
  const slugOf = new Map(terms.map((t) => [t.id, t.slug] as const));
  const known = new Set(terms.map((t) => t.slug));
  return {
    spans: found.map((matches, i) =>
      [
        ...(blocks[i]!.kind === "paragraph" ? (blocks[i]!.links ?? []).filter((l) => known.has(l.slug)).map((l) => ({ start: l.start, end: l.end, term: l.slug })) : []),
        ...matches.flatMap((m) => (slugOf.has(m.value) ? [{ start: m.start, end: m.end, term: slugOf.get(m.value)! }] : [])),
      ].sort((a, b) => a.start - b.start),
    ),
    termIds: terms.map((t) => t.id),
  };
}
