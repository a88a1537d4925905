/**
 * Romanization of names written in Cyrillic, where the native script determines the Latin spelling
 * (docs/style-guide.md):
 *
 * - Russian: BGN/PCGN 1947 (the PCGN's "Romanization of Russian", checked June 2019), with its
 *   notes: е is "ye" at the start of a word, after a vowel and after й ъ ь, else "e"; ё likewise
 *   "yë"/"ë"; ъ is ” and ь is ’ (U+201D, U+2019).
 * - Tajik: BGN/PCGN 1994 (the PCGN's "Romanization of Tajik", confirmed 2017), with its notes on the
 *   letters abolished in 1998: ц = s, or ts between vowels; щ = sh; ь not written; ы = i. One
 *   binding change from the published table (content decisions of issue 9): ӣ is ī and ӯ is ū (the
 *   table has í and ŭ), as the Persian romanization writes long vowels. Otherwise the table as
 *   published: е is always e, э is ė, ё is yo, ъ is ’ (U+2019).
 * - No middle dot in either. Both systems allow it, optionally ("may be romanized"), to tell an
 *   unusual sequence from a digraph (Russian тс t·s against ц ts, Tajik кҳ k·h against х kh);
 *   readers took "ūzbek·ho" for a typo, so the team writes "ūzbekho", "Sovetskaya".
 *
 * Capitals: a letter written with two or more Latin letters is all capitals inside a word in
 * capitals (ДОИШ → DOISH, ЦИК → TSIK) and capitalised otherwise (Шаҳр → Shahr). Anything that is not
 * a Cyrillic letter (Latin, digits, spaces, hyphens, slashes) is kept as it is.
 */

export type RomanizedLocale = "ru" | "tg";

const russian: Record<string, string> = {
  а: "a", б: "b", в: "v", г: "g", д: "d", е: "e", ё: "ë", ж: "zh", з: "z", и: "i", й: "y", к: "k", л: "l",
  м: "m", н: "n", о: "o", п: "p", р: "r", с: "s", т: "t", у: "u", ф: "f", х: "kh", ц: "ts", ч: "ch", ш: "sh",
  щ: "shch", ъ: "\u201d", ы: "y", ь: "\u2019", э: "e", ю: "yu", я: "ya",
};

const tajik: Record<string, string> = {
  а: "a", б: "b", в: "v", г: "g", ғ: "gh", д: "d", е: "e", ё: "yo", ж: "zh", з: "z", и: "i", ӣ: "ī", й: "y",
  к: "k", қ: "q", л: "l", м: "m", н: "n", о: "o", п: "p", р: "r", с: "s", т: "t", у: "u", ӯ: "ū", ф: "f",
  х: "kh", ҳ: "h", ч: "ch", ҷ: "j", ш: "sh", ъ: "\u2019", э: "ė", ю: "yu", я: "ya",
  // abolished in 1998, romanized as the table's notes say
  ц: "s", щ: "sh", ь: "", ы: "i",
};

const russianVowels = new Set("аеёиоуыэюя");
const tajikVowels = new Set("аеёиӣоуӯэюя");

/** The romanization of `text` in the scheme of `locale` (see above). */
export function romanize(text: string, locale: RomanizedLocale): string {
  const chars = [...text];
  const lower = chars.map((c) => c.toLowerCase());
  const table = locale === "ru" ? russian : tajik;
  const isLetter = (i: number) => i >= 0 && i < chars.length && /\p{L}/u.test(chars[i]!);
  const isUpper = (i: number) => isLetter(i) && chars[i] !== lower[i];
  let out = "";
  for (let i = 0; i < chars.length; i++) {
    const c = lower[i]!;
    const latin = table[c] === undefined ? chars[i]! : locale === "ru" ? russianLetter(lower, i) : tajikLetter(lower, i);
    if (!isUpper(i) || latin === chars[i]) {
      out += latin;
      continue;
    }
    // capitals: the whole group inside a word in capitals, else only its first letter
    const allCaps = isUpper(i + 1) || (!isLetter(i + 1) && isUpper(i - 1));
    out += allCaps ? latin.toUpperCase() : latin.charAt(0).toUpperCase() + latin.slice(1);
  }
  return out;
}

function russianLetter(s: string[], i: number): string {
  const c = s[i]!;
  const before = s[i - 1];
  const initial = before === undefined || !/\p{L}/u.test(before);
  const afterVowelOrSign = before !== undefined && (russianVowels.has(before) || "йъь".includes(before));
  switch (c) {
    case "е":
      return initial || afterVowelOrSign ? "ye" : "e";
    case "ё":
      return initial || afterVowelOrSign ? "yë" : "ë";
    default:
      return russian[c]!;
  }
}

function tajikLetter(s: string[], i: number): string {
  const c = s[i]!;
  const before = s[i - 1];
  const after = s[i + 1];
  switch (c) {
    case "ц":
      return before !== undefined && after !== undefined && tajikVowels.has(before) && tajikVowels.has(after) ? "ts" : "s";
    default:
      return tajik[c]!;
  }
}
