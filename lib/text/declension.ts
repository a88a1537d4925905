import type { Locale } from "../locales";

/**
 * The case a language puts a name in where a sentence of the interface says "a district OF
 * Badakhshan Province" (genitive) or "on the border WITH Tajikistan" (instrumental). Only Russian
 * changes the name itself: English and Persian use prepositions and the ezafe, Tajik the ezafe, and
 * their sentences (messages/*.json) are written so that the name stays as it is.
 */
export type GrammaticalCase = "genitive" | "instrumental";

/**
 * Declines the first `words` words of a Russian noun phrase (all of them by default): a place name
 * as the glossary writes it, in the nominative ("провинция Бадахшан" with words 1 gives "провинции
 * Бадахшан"; "Горно-Бадахшанская автономная область" gives "Горно-Бадахшанской автономной
 * области"; "Таджикистан" gives "Таджикистана" and, instrumental, "Таджикистаном"). Regular
 * endings of adjectives and of singular nouns; a word ending in a vowel that Russian does not
 * decline in borrowed names (Душанбе, Токио) and a word in another script stay as they are.
 */
export function declineRussian(phrase: string, grammaticalCase: GrammaticalCase, words = Infinity): string {
  let left = words;
  return phrase
    .split(" ")
    .map((word) => (left-- > 0 ? declineWord(word, grammaticalCase) : word))
    .join(" ");
}

const genitive = 0;
const instrumental = 1;
/** Ending → [genitive, instrumental], longest first: adjectives, then nouns. */
const endings: [string, [string, string]][] = [
  // adjectives: feminine, masculine (hard, after к г х, soft), neuter, plural
  ["ая", ["ой", "ой"]],
  ["яя", ["ей", "ей"]],
  ["кий", ["кого", "ким"]],
  ["гий", ["гого", "гим"]],
  ["хий", ["хого", "хим"]],
  ["ий", ["его", "им"]],
  ["ый", ["ого", "ым"]],
  ["ое", ["ого", "ым"]],
  ["ые", ["ых", "ыми"]],
  ["ие", ["их", "ими"]],
  // nouns: -ия, -ья, -я, -а (after к г х ж ш ч щ the genitive is -и), -сть (feminine), -ь, -й
  ["ия", ["ии", "ией"]],
  ["ья", ["ьи", "ьей"]],
  ["я", ["и", "ей"]],
  ["ка", ["ки", "кой"]],
  ["га", ["ги", "гой"]],
  ["ха", ["хи", "хой"]],
  ["жа", ["жи", "жей"]],
  ["ша", ["ши", "шей"]],
  ["ча", ["чи", "чей"]],
  ["ща", ["щи", "щей"]],
  ["а", ["ы", "ой"]],
  ["сть", ["сти", "стью"]],
  ["ь", ["я", "ем"]],
  ["й", ["я", "ем"]],
];
const cyrillicConsonant = /[бвгджзклмнпрстфхцчшщ]$/;

function declineWord(word: string, grammaticalCase: GrammaticalCase): string {
  // a hyphenated name declines its last part ("Горно-Бадахшанская" → "Горно-Бадахшанской")
  const cut = word.lastIndexOf("-") + 1;
  const head = word.slice(0, cut);
  const last = word.slice(cut);
  const lower = last.toLowerCase();
  const index = grammaticalCase === "genitive" ? genitive : instrumental;
  for (const [ending, forms] of endings) {
    if (lower.endsWith(ending) && lower.length > ending.length) return head + last.slice(0, last.length - ending.length) + forms[index];
  }
  if (cyrillicConsonant.test(lower)) return head + last + (grammaticalCase === "genitive" ? "а" : /[жшчщц]$/.test(lower) ? "ем" : "ом");
  return word;
}

/** How each language puts a name into a case: only Russian changes it. */
const decliners: Record<Locale, ((phrase: string, grammaticalCase: GrammaticalCase, words?: number) => string) | null> = {
  en: null,
  ru: declineRussian,
  tg: null,
  fa: null,
};

/** The name in that case in the locale's language (unchanged where the language does not decline it). */
export function inCase(locale: Locale, phrase: string, grammaticalCase: GrammaticalCase, words?: number): string {
  return decliners[locale]?.(phrase, grammaticalCase, words) ?? phrase;
}
