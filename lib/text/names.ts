import { fold } from "./normalize";
import { snippetAround } from "./snippet";
import { skeleton } from "./transliterate";

/**
 * Names in an edition's text that look like proper names and are not linked to the glossary, so an
 * editor can turn them into terms. Pure: the caller passes each block's text and the spans the
 * glossary matcher linked in it.
 *
 * - Latin and Cyrillic: runs of capitalised words ("Latif Pedram", "Ministry of Defence", "РФЕ/РС"),
 *   joined only by spaces and a few lower-case particles ("of", "al", "bin"); a run that starts a
 *   sentence loses its leading common words ("The", "In", "После"), and a lone word that starts a
 *   sentence counts only when the text also capitalises it elsewhere.
 * - Scripts without capitals (Persian): the counterparts of names found in the other editions,
 *   recognised by their cross-script consonant skeleton ("Pedram" and "پدرام" are both "pdrm").
 */

export interface NameBlock {
  /** The block's anchor (p1, s1, ...). */
  anchor: string;
  text: string;
  /** Spans the glossary already links (UTF-16 offsets), never part of a candidate. */
  linked: readonly { start: number; end: number }[];
}

export interface CandidateName {
  /** The name as first written. */
  text: string;
  /** How often it occurs (every spelling that folds the same). */
  count: number;
  /** Where it first occurs. */
  anchor: string;
  snippet: { before: string; name: string; after: string };
}

/** Words that start sentences and titles rather than names (folded). */
const common = new Set(
  [
    // English
    "the a an in on at by for from to of and but or as so he she it they we i you his her its their our my this that these those there here",
    "when while after before since during until according some many most all one two three four five last first next if what who which why how",
    "no not yes also however meanwhile although though because then now today yesterday tomorrow earlier later such other another each every",
    "mr mrs ms dr president minister prime general colonel commander chairman spokesman spokeswoman deputy head chief former acting sheikh mullah",
    "january february march april may june july august september october november december monday tuesday wednesday thursday friday saturday sunday",
    // Russian
    "в во на но и а он она оно они это этот эта эти то по с со к ко из за для как что когда после до при также однако кроме же уже его ее их мы вы я у о об от не ни",
    "президент министр генерал глава бывший господин по-словам",
    "январь январе января февраль феврале февраля март марте марта апрель апреле апреля май мае мая июнь июне июня июль июле июля август августе августа",
    "сентябрь сентябре сентября октябрь октябре октября ноябрь ноябре ноября декабрь декабре декабря",
    // Tajik (folded: ҳ→х, ҷ→ч, қ→к, ғ→г, ӣ→и, ӯ→у)
    "дар ва аз ба бо он ин онхо вай ки барои пас то хамчунин аммо вале мо шумо ман баъд пеш тибки хануз",
  ]
    .join(" ")
    .split(" "),
);

/** Lower-case words that may join the capitalised words of one name ("Ministry of Defence", "Abu al-Hasan"). */
const particles = new Set(["of", "al", "el", "bin", "ibn", "bint", "abu", "de", "del", "da", "van", "von", "der", "ul", "ud", "e", "i"]);

const word = /[\p{L}\p{M}\p{N}]+(?:['’\-/][\p{L}\p{M}\p{N}]+)*/gu;
/** A capitalised word, or a name with a lower-case Arabic article or link ("al-Hasan", "ud-Din"). */
const capital = /^(?:\p{Lu}|(?:al|el|ad|ud|ul|ibn|bin)-\p{Lu})/u;
/** Whether the text before a word ends a sentence (or is the start of the block). */
const sentenceEnd = /(?:[.!?…:;]["»”’)]*\s+|^\s*)["«“„(]*$/u;

interface Token {
  start: number;
  end: number;
  text: string;
}

const tokens = (text: string): Token[] => [...text.matchAll(word)].map((m) => ({ start: m.index, end: m.index + m[0].length, text: m[0] }));

const overlaps = (a: { start: number; end: number }, spans: readonly { start: number; end: number }[]) =>
  spans.some((s) => s.start < a.end && a.start < s.end);

interface Found {
  key: string;
  text: string;
  anchor: string;
  block: string;
  start: number;
  end: number;
}

/** Capitalised runs of one block (Latin and Cyrillic). */
function capitalisedRuns(block: NameBlock, lowerSeen: ReadonlySet<string>, capitalSeenMid: ReadonlySet<string>): Found[] {
  const found: Found[] = [];
  const words = tokens(block.text);
  let i = 0;
  while (i < words.length) {
    const first = words[i]!;
    if (!capital.test(first.text) || overlaps(first, block.linked)) {
      i++;
      continue;
    }
    // extend the run: capitalised words separated by one space, particles allowed between them
    let j = i;
    while (j + 1 < words.length) {
      const gap = block.text.slice(words[j]!.end, words[j + 1]!.start);
      if (!/^ $/.test(gap)) break;
      const next = words[j + 1]!;
      if (overlaps(next, block.linked)) break;
      if (capital.test(next.text)) {
        j++;
        continue;
      }
      const after = words[j + 2];
      if (particles.has(next.text.toLowerCase()) && after && capital.test(after.text) && block.text.slice(next.end, after.start) === " " && !overlaps(after, block.linked)) {
        j += 2;
        continue;
      }
      break;
    }
    const run = words.slice(i, j + 1);
    i = j + 1;
    // leading common words go ("The Taliban" → "Taliban", "President Rahmon" → "Rahmon")
    while (run.length > 0 && common.has(fold(run[0]!.text))) run.shift();
    while (run.length > 0 && (particles.has(run[run.length - 1]!.text.toLowerCase()) || common.has(fold(run[run.length - 1]!.text)))) run.pop();
    if (run.length === 0) continue;
    const text = block.text.slice(run[0]!.start, run[run.length - 1]!.end);
    const key = fold(text);
    if (key.length < 2 || /^\d/.test(key)) continue;
    // a lone word the text also writes in lower case is a common word; a lone word that starts a
    // sentence is a name only if the text also capitalises it mid-sentence
    if (run.length === 1 && (lowerSeen.has(key) || (sentenceEnd.test(block.text.slice(0, run[0]!.start)) && !capitalSeenMid.has(key)))) continue;
    found.push({ key, text, anchor: block.anchor, block: block.text, start: run[0]!.start, end: run[run.length - 1]!.end });
  }
  return found;
}

/** Counterparts of `others` (names in other editions) in text without capitals, by consonant skeleton. */
function counterparts(block: NameBlock, wanted: ReadonlyMap<string, string>): Found[] {
  const found: Found[] = [];
  const words = tokens(block.text.replace(/\u200c/g, " ")); // ZWNJ splits words here as it does for matching
  for (let i = 0; i < words.length; ) {
    let hit: Found | null = null;
    for (let n = Math.min(4, words.length - i); n >= 1 && !hit; n--) {
      const run = words.slice(i, i + n);
      const span = { start: run[0]!.start, end: run[n - 1]!.end };
      if (overlaps(span, block.linked)) continue;
      const key = skeleton(block.text.slice(span.start, span.end));
      if (key.replace(/ /g, "").length < 3 || !wanted.has(key)) continue;
      const text = block.text.slice(span.start, span.end);
      hit = { key: fold(text), text, anchor: block.anchor, block: block.text, ...span };
      i += n;
    }
    if (hit) found.push(hit);
    else i++;
  }
  return found;
}

/** Whether a text is written in a script with capital letters. */
export const hasCapitals = (text: string): boolean => {
  const letters = text.match(/\p{L}/gu) ?? [];
  const cased = letters.filter((l) => l.toLowerCase() !== l.toUpperCase()).length;
  return letters.length === 0 || cased / letters.length > 0.5;
};

/**
 * The candidate names of an edition, most frequent first. `others` are names found in the other
 * editions of the same article, used for text without capitals.
 */
export function findCandidateNames(blocks: readonly NameBlock[], others: readonly string[] = []): CandidateName[] {
  const all = blocks.map((b) => b.text).join("\n");
  let found: Found[];
  if (hasCapitals(all)) {
    // words the text writes in lower case, and capitalised words seen in mid-sentence
    const lowerSeen = new Set<string>();
    const capitalSeenMid = new Set<string>();
    for (const block of blocks) {
      for (const t of tokens(block.text)) {
        if (!capital.test(t.text)) lowerSeen.add(fold(t.text));
        else if (!sentenceEnd.test(block.text.slice(0, t.start))) capitalSeenMid.add(fold(t.text));
      }
    }
    found = blocks.flatMap((b) => capitalisedRuns(b, lowerSeen, capitalSeenMid));
  } else {
    const wanted = new Map(others.map((o) => [skeleton(o), o] as const).filter(([k]) => k.length > 0));
    found = blocks.flatMap((b) => counterparts(b, wanted));
  }
  const byKey = new Map<string, CandidateName>();
  for (const f of found) {
    const seen = byKey.get(f.key);
    if (seen) seen.count++;
    else byKey.set(f.key, { text: f.text, count: 1, anchor: f.anchor, snippet: snippetAround(f.block, f.start, f.end, 60) });
  }
  return [...byKey.values()].sort((a, b) => b.count - a.count || a.text.localeCompare(b.text));
}
