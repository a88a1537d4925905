import { fold } from "./normalize";

/**
 * Script-neutral keys for search across scripts. `toLatin` spells folded Cyrillic and Persian text
 * in Latin letters (a rough, lossless-enough reading, not a scholarly transliteration);
 * `skeleton` reduces Latin text to the consonants that survive every spelling of a name:
 * Persian writes no short vowels, Russian writes "kh" where Tajik writes "h", and English writers
 * choose between y/i, w/v, q/k freely. So "Ansarullah", "Ансаруллах", "Ансоруллоҳ" and "انصارالله"
 * all become "ansrl", and "Tobarov", "Tabarov" and "تباروف" all become "tbrv".
 */

const cyrillic: Record<string, string> = {
  а: "a", б: "b", в: "v", г: "g", д: "d", е: "e", ж: "zh", з: "z", и: "i", й: "y", к: "k", л: "l", м: "m",
  н: "n", о: "o", п: "p", р: "r", с: "s", т: "t", у: "u", ф: "f", х: "kh", ц: "ts", ч: "ch", ш: "sh",
  щ: "shch", ъ: "", ы: "y", ь: "", э: "e", ю: "yu", я: "ya", ё: "yo",
};

const persian: Record<string, string> = {
  ا: "a", ب: "b", پ: "p", ت: "t", ث: "s", ج: "j", چ: "ch", ح: "h", خ: "kh", د: "d", ذ: "z", ر: "r", ز: "z",
  ژ: "zh", س: "s", ش: "sh", ص: "s", ض: "z", ط: "t", ظ: "z", ع: "", غ: "gh", ف: "f", ق: "q", ک: "k", گ: "g",
  ل: "l", م: "m", ن: "n", و: "u", ه: "h", ی: "i", ء: "", ئ: "i", ؤ: "u",
};

/** Latin reading of already folded text (Latin stays as it is). */
export function toLatin(folded: string): string {
  let out = "";
  for (const ch of folded) out += cyrillic[ch] ?? persian[ch] ?? ch;
  return out;
}

const vowels = /[aeiouy]/;

/** Consonant skeleton of one word: first letter kept, vowels dropped, spelling variants merged. */
function skeletonWord(latin: string): string {
  const merged = latin
    .replace(/[^a-z0-9]/g, "")
    .replace(/^u(?=[^aeiouy])/, "v") // Persian و at the start of a word is a consonant
    .replace(/dzh|dj|zh|tch|ch|j/g, "J")
    .replace(/kh/g, "h")
    .replace(/gh/g, "g")
    .replace(/sh|ts/g, "s")
    .replace(/ph|f|w/g, "v")
    .replace(/q|c/g, "k")
    .replace(/J/g, "j");
  if (merged === "") return "";
  let out = merged[0]!;
  for (let i = 1; i < merged.length; i++) {
    const ch = merged[i]!;
    if (vowels.test(ch)) continue;
    if (out[out.length - 1] !== ch) out += ch;
  }
  // a final h is often a silent vowel letter in Persian (دوشنبه) and an optional ending elsewhere
  return out.length > 2 && out.endsWith("h") ? out.slice(0, -1) : out;
}

/** The cross-script key of a name or a query: the skeletons of its words, joined by spaces. */
export function skeleton(text: string): string {
  return skeletonOfFolded(fold(text));
}

/** The same of text already folded (fold). */
export function skeletonOfFolded(folded: string): string {
  return toLatin(folded)
    .split(/[\s\-'/]+/)
    .map(skeletonWord)
    .filter(Boolean)
    .join(" ");
}
