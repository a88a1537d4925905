import "server-only";
import { defaultStatus, type NameRole, type NameStatus } from "../import/glossary-schema";
import { forReader, type Locale } from "../locales";
import { fold } from "../text/normalize";
import { matchKinds, nearPrefix, rankMatch, typoBudget, type MatchKind } from "../text/search";
import { skeleton } from "../text/transliterate";
import type { SearchResult, TermKind } from "../types";
import { db } from "./client";

const END = "\u{10FFFF}";
/** How many keys one range read may bring back; enough for the best matches to be among them. */
const SCAN = 200;

interface Hit {
  termId: number;
  labelId: number;
  key: string;
  kind: MatchKind;
}

const keyFields = { termId: true, labelId: true, key: true } as const;

/**
 * Finds terms by any of their names in any script: exact name first, then names that start with
 * the query, then names with a word that does, then the same consonants in another script, then
 * (when nothing else matched) names one or two typos away. Every read is an indexed range on
 * SearchKey with bound parameters.
 */
export async function searchTerms(query: string, locale: Locale, limit: number): Promise<SearchResult[]> {
  const q = fold(query);
  if (!q) return [];
  const client = db();
  const hits: Hit[] = [];
  const direct = await client.searchKey.findMany({
    where: { phonetic: false, key: { gte: q, lt: q + END } },
    select: keyFields,
    orderBy: { key: "asc" },
    take: SCAN,
  });
  const sq = skeleton(query);
  const phonetic =
    sq.replace(/ /g, "").length >= 3
      ? await client.searchKey.findMany({
          where: { phonetic: true, key: { gte: sq, lt: sq + END } },
          select: keyFields,
          orderBy: { key: "asc" },
          take: SCAN,
        })
      : [];
  // typos only when nothing matched as typed or by sound: names that start with the same two
  // letters, or with the first two swapped, or with the second one left out or added
  const typos =
    direct.length === 0 && phonetic.length === 0 && typoBudget(q) > 0
      ? (
          await Promise.all(
            [...new Set([q.slice(0, 2), q[1]! + q[0]!, q[0]! + q.slice(2, 3)])].map((prefix) =>
              client.searchKey.findMany({
                where: { phonetic: false, key: { gte: prefix, lt: prefix + END } },
                select: keyFields,
                take: SCAN * 5,
              }),
            ),
          )
        )
          .flat()
          .filter((h) => nearPrefix(q, h.key))
      : [];
  const labels = await client.label.findMany({
    where: { id: { in: [...new Set([...direct, ...phonetic, ...typos].map((h) => h.labelId))] } },
    select: { id: true, text: true, language: true, tag: true, role: true, status: true },
  });
  const labelById = new Map(labels.map((l) => [l.id, l]));
  for (const h of direct) hits.push({ ...h, kind: rankMatch(q, h.key, labelById.get(h.labelId)?.text ?? h.key) });
  for (const h of phonetic) hits.push({ ...h, kind: "phonetic" });
  for (const h of typos) hits.push({ ...h, kind: "typo" });

  // the best hit per term: better kind, then the reader's own locale, then the shorter name
  const order = (h: Hit) => {
    const label = labelById.get(h.labelId);
    return [matchKinds.indexOf(h.kind), label?.language === locale ? 0 : 1, label?.text.length ?? 0] as const;
  };
  const better = (a: Hit, b: Hit) => {
    const [x, y] = [order(a), order(b)];
    return x[0] - y[0] || x[1] - y[1] || x[2] - y[2];
  };
  const best = new Map<number, Hit>();
  for (const h of hits) {
    const current = best.get(h.termId);
    if (!current || better(h, current) < 0) best.set(h.termId, h);
  }
  const top = [...best.values()].sort(better).slice(0, limit);
  if (top.length === 0) return [];

  const terms = await client.term.findMany({
    where: { id: { in: top.map((h) => h.termId) } },
    select: { id: true, slug: true, kind: true, labels: { where: { role: "preferred" }, select: { tag: true, text: true }, orderBy: { position: "asc" } } },
  });
  const termById = new Map(terms.map((t) => [t.id, t]));
  return top.flatMap((h) => {
    const term = termById.get(h.termId);
    const label = labelById.get(h.labelId);
    if (!term || !label) return [];
    const status = (label.status as NameStatus | null) ?? defaultStatus[label.role as NameRole] ?? null;
    return [
      {
        slug: term.slug,
        kind: term.kind as TermKind,
        name: forReader(term.labels, locale)?.item.text ?? label.text,
        matched: { text: label.text, tag: label.tag, status },
        match: h.kind,
      },
    ];
  });
}
