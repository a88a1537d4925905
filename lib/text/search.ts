import { fold } from "./normalize";
import { skeletonOfFolded } from "./transliterate";

/**
 * Pure search logic shared by the writer (keys of a name) and the reader (ranking a query).
 */

export interface SearchKeyValue {
  key: string;
  phonetic: boolean;
}

/** Every word-start suffix of a space-separated key: "a b c" → "a b c", "b c", "c". */
function fromEachWord(key: string): string[] {
  const words = key.split(" ").filter(Boolean);
  return words.map((_, i) => words.slice(i).join(" "));
}

const romanizationMarks = /[·'"\u2019\u201d]/g;

/**
 * The keys under which a name can be found: its folded text from each word on (so "Ansarullah"
 * finds "Jamaat Ansarullah"), the same joined without spaces (ZWNJ-less Persian spellings), its
 * Latin transliteration likewise, and the cross-script consonant skeletons of both.
 */
export function searchKeysOf(text: string, translit: string | null): SearchKeyValue[] {
  const keys = new Map<string, SearchKeyValue>();
  const add = (key: string, phonetic: boolean) => {
    if (key) keys.set(`${phonetic ? 1 : 0}${key}`, { key, phonetic });
  };
  for (const value of [text, translit]) {
    if (!value) continue;
    const folded = fold(value);
    fromEachWord(folded).forEach((k) => add(k, false));
    add(folded.replace(/ /g, ""), false);
    // a romanization's marks (Ob”yachevo, Kuban’, Ta’rif; a middle dot written elsewhere) are not typed: also the name without them
    const unmarked = folded.replace(romanizationMarks, "");
    if (unmarked !== folded) fromEachWord(unmarked).forEach((k) => add(k, false));
    fromEachWord(skeletonOfFolded(folded)).forEach((k) => add(k, true));
  }
  return [...keys.values()];
}

export const matchKinds = ["exact", "prefix", "word", "phonetic", "typo"] as const;
export type MatchKind = (typeof matchKinds)[number];

/** How a key found by a query matched the whole name it belongs to (lower is better). */
export function rankMatch(query: string, key: string, name: string): MatchKind {
  const folded = fold(name);
  if (key === query && (folded === query || folded.replace(/ /g, "") === query)) return "exact";
  if (folded.startsWith(query) || folded.replace(/ /g, "").startsWith(query)) return "prefix";
  return "word";
}

/** Optimal string alignment distance, stopping early once it exceeds `max`. */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let prev2: number[] = [];
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, prev2[j - 2]! + 1);
      row.push(d);
      best = Math.min(best, d);
    }
    if (best > max) return max + 1;
    prev2 = prev;
    prev = row;
  }
  return prev[b.length]!;
}

/** Typos allowed for a query of this length: none below 4 letters, one up to 7, two beyond. */
export const typoBudget = (query: string) => (query.length < 4 ? 0 : query.length < 8 ? 1 : 2);

/** Whether `key` starts with `query` give or take the typo budget. */
export function nearPrefix(query: string, key: string): boolean {
  const max = typoBudget(query);
  if (max === 0) return false;
  for (let length = query.length - max; length <= query.length + max; length++) {
    if (length > 0 && length <= key.length && editDistance(query, key.slice(0, length), max) <= max) return true;
  }
  return false;
}
