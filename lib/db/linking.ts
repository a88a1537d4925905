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
  const { _count, _max } = await db().label.aggregate({ where: { locale }, _count: true, _max: { id: true } });
  const signature = `${_count} ${_max.id ?? 0}`;
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

export async function linkText(locale: Locale, blocks: readonly { kind: "paragraph" | "heading"; text: string }[]): Promise<LinkedText> {
  const matcher = await currentMatcher(locale);
  const found = blocks.map((b) => (b.kind === "paragraph" ? matcher.find(b.text) : []));
  const ids = [...new Set(found.flat().map((m) => m.value))];
  const slugs = new Map((await db().term.findMany({ where: { id: { in: ids } }, select: { id: true, slug: true } })).map((t) => [t.id, t.slug] as const));
  return {
    spans: found.map((matches) => matches.flatMap((m) => (slugs.has(m.value) ? [{ start: m.start, end: m.end, term: slugs.get(m.value)! }] : []))),
    termIds: ids.filter((id) => slugs.has(id)),
  };
}
