/**
 * One normaliser for matching, search and import. It folds what readers and writers type
 * differently for the same name, and keeps a map back to the original text.
 *
 * Rules (each a deliberate choice):
 * - Case folded (toLowerCase), compatibility forms unfolded and every combining mark removed (NFKD):
 *   é → e, Arabic presentation forms (ﻃ) → letters (ط), full-width Ｔ → t,
 *   Tajik ӣ → и and ӯ → у, Russian й → и and ё → е, Arabic harakat and hamza/madda marks (أ إ آ → ا).
 * - Tajik letters without a decomposition folded to the Russian look-alikes people type instead:
 *   ҳ → х, ҷ → ч, қ → к, ғ → г.
 * - Arabic letter forms folded to Persian: ي ى → ی, ك → ک, ة → ه, ە → ه; tatweel (ـ) removed;
 *   Persian and Arabic-Indic digits → 0-9.
 * - ZWNJ (U+200C) is a morpheme boundary in Persian (ازبک‌ها = ازبک + ها): it becomes a space, so it
 *   separates words for matching; search adds a second key with it joined (see searchKeys).
 * - ZWJ, soft hyphen and bidi controls are removed; every space becomes one plain space; curly
 *   apostrophes become ', dashes become -.
 */

const special = new Map<number, string>([
  [0x064a, "ی"], // ARABIC YEH
  [0x0649, "ی"], // ALEF MAKSURA
  [0x0643, "ک"], // ARABIC KAF
  [0x0629, "ه"], // TEH MARBUTA
  [0x06d5, "ه"], // AE (from HEH WITH YEH ABOVE after NFD)
  [0x06c1, "ه"], // HEH GOAL
  [0x0640, ""], // TATWEEL
  [0x200c, " "], // ZWNJ
  [0x200d, ""], // ZWJ
  [0x00ad, ""], // SOFT HYPHEN
  [0x04b3, "х"], // ҳ
  [0x04b7, "ч"], // ҷ
  [0x049b, "к"], // қ
  [0x0493, "г"], // ғ
  [0x2018, "'"],
  [0x2019, "'"],
  [0x02bc, "'"],
  [0x2010, "-"],
  [0x2011, "-"],
  [0x2013, "-"],
  [0x2014, "-"],
]);
for (let d = 0; d < 10; d++) {
  special.set(0x06f0 + d, String(d));
  special.set(0x0660 + d, String(d));
}
const removed = /[\u200e\u200f\u202a-\u202e\u2066-\u2069\ufeff]/;
const space = /\s/u;
const mark = /\p{M}/gu;

const cache = new Map<number, string>();

function foldChar(char: string, cp: number): string {
  const hit = cache.get(cp);
  if (hit !== undefined) return hit;
  let out = "";
  if (removed.test(char)) out = "";
  else if (space.test(char)) out = " ";
  else {
    for (const part of char.toLowerCase().normalize("NFKD").replace(mark, "")) {
      const code = part.codePointAt(0)!;
      out += special.get(code) ?? part;
    }
  }
  cache.set(cp, out);
  return out;
}

export interface Folded {
  /** The folded text. */
  text: string;
  /** For each UTF-16 unit of `text` (and one past the end), the offset it came from in the original. */
  origin: Int32Array;
}

/** Plain lower-case ASCII letters, digits and punctuation: they fold to themselves. */
const plain = (code: number) => (code >= 0x61 && code <= 0x7a) || (code >= 0x30 && code <= 0x39) || (code >= 0x21 && code <= 0x40 && code !== 0x20);

/**
 * The one folding loop: hands each run of unchanged text (`same`) and each folded character to
 * `emit` with the offset it starts at in the original.
 */
function foldEach(text: string, emit: (part: string, from: number, same: boolean) => void) {
  let run = 0; // start of the current run of plain lower-case ASCII
  for (let i = 0; i < text.length; ) {
    const code = text.charCodeAt(i);
    if (plain(code)) {
      i++;
      continue;
    }
    if (i > run) emit(text.slice(run, i), run, true);
    const cp = text.codePointAt(i)!;
    const width = cp > 0xffff ? 2 : 1;
    const folded = code >= 0x41 && code <= 0x5a ? String.fromCharCode(code + 32) : foldChar(text.slice(i, i + width), cp);
    if (folded.length > 0) emit(folded, i, false);
    i += width;
    run = i;
  }
  if (text.length > run) emit(text.slice(run), run, true);
}

/** Folds `text` and keeps, for each folded unit, the offset of the original character. */
export function foldWithMap(text: string): Folded {
  const parts: string[] = [];
  let origin = new Int32Array(text.length + 1);
  let length = 0;
  foldEach(text, (part, from, same) => {
    parts.push(part);
    if (length + part.length >= origin.length) {
      const grown = new Int32Array(Math.max(origin.length * 2, length + part.length + 1));
      grown.set(origin);
      origin = grown;
    }
    // a run keeps its offsets one for one; a folded character's units all point at it
    for (let k = 0; k < part.length; k++) origin[length++] = same ? from + k : from;
  });
  origin[length] = text.length;
  return { text: parts.join(""), origin: origin.subarray(0, length + 1) };
}

/** The folded text alone (no offsets): what foldWithMap(text).text is. */
export function foldText(text: string): string {
  let out = "";
  foldEach(text, (part) => (out += part));
  return out;
}

/** Folds text for comparison (see the rules above), collapsing runs of spaces and trimming. */
export function fold(text: string): string {
  return foldText(text).replace(/ {2,}/g, " ").trim();
}

const wordChar = /[\p{L}\p{N}]/u;
/** True when the UTF-16 unit at `index` of already folded text is part of a word. */
export function isWordAt(folded: string, index: number): boolean {
  if (index < 0 || index >= folded.length) return false;
  const code = folded.charCodeAt(index);
  if (code < 0x80) return (code >= 0x61 && code <= 0x7a) || (code >= 0x30 && code <= 0x39);
  // a low surrogate belongs to the character that starts one unit earlier
  const start = code >= 0xdc00 && code <= 0xdfff ? index - 1 : index;
  return wordChar.test(String.fromCodePoint(folded.codePointAt(start)!));
}
