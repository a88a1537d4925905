import { fold, foldText, foldWithMap, isWordAt } from "./normalize";

/**
 * Finds glossary names in running text: an Aho-Corasick automaton over folded UTF-16 code units,
 * stored in typed arrays, so building is linear in the total length of the names and matching is
 * linear in the length of the text, however many names there are.
 *
 * - Whole words only: a match must start and end at a word boundary (Unicode letters and digits
 *   are word characters, in any script). A suffix from `suffixes` may extend the end of a match
 *   (inflected forms: "Бадахшан|е", Persian "ها" after ZWNJ is already a separate word).
 * - Longest match first: of the matches starting at one place the longest wins, and matches never
 *   overlap (leftmost, then longest).
 * - Names written in capitals only (acronyms such as "IS", "RFE/RL") match case-sensitively, and so
 *   do patterns marked caseSensitive (a proper noun that is also a common word).
 * - `skip` ranges (links, code) are never matched into.
 */

export interface Pattern<T> {
  text: string;
  value: T;
  /** Match only this exact capitalisation (implied for names written in capitals only). */
  caseSensitive?: boolean;
}

export interface Match<T> {
  start: number;
  end: number;
  value: T;
}

export interface MatcherOptions {
  /** Endings that may follow a name inside the same word, already folded ("е", "ом", "ро"). */
  suffixes?: readonly string[];
}

interface Entry<T> {
  value: T;
  /** The exact original text, for case-sensitive names; null otherwise. */
  exact: string | null;
}

const isAcronym = (text: string) => /\p{Lu}/u.test(text) && !/\p{Ll}/u.test(text) && text.length <= 8;

export class TermMatcher<T> {
  private next: Map<number, number> = new Map();
  private fail: Int32Array;
  /** The pattern key ending at this node, or -1. */
  private out: Int32Array;
  /** The nearest node on the failure chain (excluding itself) that has an output, or 0. */
  private dict: Int32Array;
  private depth: Int32Array;
  private entries: Entry<T>[][] = [];
  private suffixes: string[];

  constructor(patterns: Iterable<Pattern<T>>, options: MatcherOptions = {}) {
    // folded as the text is, so an ending is compared in the same form ("ской" is "скои" once й is folded)
    this.suffixes = [...new Set((options.suffixes ?? []).map(fold))].filter(Boolean).sort((a, b) => b.length - a.length);
    // the trie, in typed arrays: per node its depth, output, first child, next sibling and edge label
    let capacity = 1024;
    let nodes = 1;
    let out = new Int32Array(capacity).fill(-1);
    let depth = new Int32Array(capacity);
    let firstChild = new Int32Array(capacity).fill(-1);
    let sibling = new Int32Array(capacity).fill(-1);
    let label = new Int32Array(capacity);
    const grow = (a: Int32Array, fill: number) => {
      const b = new Int32Array(capacity).fill(fill);
      b.set(a);
      return b;
    };
    const keyIndex = new Map<string, number>();
    for (const { text, value, caseSensitive } of patterns) {
      const key = foldText(text).trim();
      if (key.length === 0) continue;
      let node = 0;
      for (let i = 0; i < key.length; i++) {
        const code = key.charCodeAt(i);
        const edge = node * 0x10000 + code;
        let child = this.next.get(edge);
        if (child === undefined) {
          if (nodes === capacity) {
            capacity *= 2;
            out = grow(out, -1);
            depth = grow(depth, 0);
            firstChild = grow(firstChild, -1);
            sibling = grow(sibling, -1);
            label = grow(label, 0);
          }
          child = nodes++;
          depth[child] = i + 1;
          label[child] = code;
          sibling[child] = firstChild[node]!;
          firstChild[node] = child;
          this.next.set(edge, child);
        }
        node = child;
      }
      let id = keyIndex.get(key);
      if (id === undefined) {
        id = this.entries.length;
        keyIndex.set(key, id);
        this.entries.push([]);
        out[node] = id;
      }
      this.entries[id]!.push({ value, exact: caseSensitive || isAcronym(text) ? text.normalize("NFC") : null });
    }
    this.out = out.subarray(0, nodes);
    this.depth = depth.subarray(0, nodes);
    this.fail = new Int32Array(nodes);
    this.dict = new Int32Array(nodes);
    this.link(nodes, firstChild, sibling, label);
  }

  /** Breadth-first failure and dictionary links. */
  private link(nodes: number, firstChild: Int32Array, sibling: Int32Array, label: Int32Array) {
    const queue = new Int32Array(nodes);
    let head = 0;
    let tail = 0;
    for (let child = firstChild[0]!; child >= 0; child = sibling[child]!) queue[tail++] = child;
    while (head < tail) {
      const node = queue[head++]!;
      for (let child = firstChild[node]!; child >= 0; child = sibling[child]!) {
        const target = node === 0 ? 0 : this.step(this.fail[node]!, label[child]!);
        this.fail[child] = target;
        this.dict[child] = this.out[target]! >= 0 ? target : this.dict[target]!;
        queue[tail++] = child;
      }
    }
  }

  private step(node: number, code: number): number {
    for (;;) {
      const child = this.next.get(node * 0x10000 + code);
      if (child !== undefined) return child;
      if (node === 0) return 0;
      node = this.fail[node]!;
    }
  }

  /** Every name in `text`, leftmost-longest, whole words, outside `skip` ranges. */
  find(text: string, skip: readonly { start: number; end: number }[] = []): Match<T>[] {
    const { text: folded, origin } = foldWithMap(text);
    const n = folded.length;
    // best[start] = 1 + index into `found` of the longest acceptable match starting at `start`
    const best = new Int32Array(n);
    const found: { end: number; entry: Entry<T> }[] = [];
    const consider = (start: number, end: number, id: number) => {
      if (isWordAt(folded, start - 1)) return;
      let stop = end;
      if (isWordAt(folded, end)) {
        stop = -1;
        for (const suffix of this.suffixes) {
          if (folded.startsWith(suffix, end) && !isWordAt(folded, end + suffix.length)) {
            stop = end + suffix.length;
            break;
          }
        }
        if (stop < 0) return;
      }
      const from = origin[start]!;
      const to = origin[end]!;
      const entry = this.entries[id]!.find((e) => e.exact === null || text.slice(from, to).normalize("NFC") === e.exact);
      if (entry === undefined) return;
      const current = best[start]!;
      if (current > 0 && found[current - 1]!.end >= stop) return;
      found.push({ end: stop, entry });
      best[start] = found.length;
    };
    let node = 0;
    for (let i = 0; i < n; i++) {
      node = this.step(node, folded.charCodeAt(i));
      let hit = this.out[node]! >= 0 ? node : this.dict[node]!;
      while (hit > 0) {
        consider(i + 1 - this.depth[hit]!, i + 1, this.out[hit]!);
        hit = this.dict[hit]!;
      }
    }
    const matches: Match<T>[] = [];
    const skipped = [...skip].sort((a, b) => a.start - b.start);
    let s = 0;
    for (let i = 0; i < n; ) {
      const k = best[i]!;
      if (k === 0) {
        i++;
        continue;
      }
      const { end, entry } = found[k - 1]!;
      const start = origin[i]!;
      const stop = origin[end]!;
      while (s < skipped.length && skipped[s]!.end <= start) s++;
      if (s < skipped.length && skipped[s]!.start < stop) {
        i++;
        continue;
      }
      matches.push({ start, end: trimEnd(text, start, stop), value: entry.value });
      i = end;
    }
    return matches;
  }
}

/** Drops characters that folding removed (bidi marks, tatweel) from the end of a match. */
function trimEnd(text: string, start: number, end: number): number {
  while (end > start && /[\s\u200c-\u200f\u202a-\u202e\u2066-\u2069\u0640]/.test(text[end - 1]!)) end--;
  return end;
}
