import { locales } from "../locales";

/**
 * Languages as BCP 47 tags. A name's language is the tag's primary subtag ("en" for "en-US", "prs"
 * for "prs"); the whole tag is kept as written (only its letter case is normalised: "EN-us" is
 * "en-US") so that it is exported again. Tags are never rewritten to another language: "prs"
 * (Dari) stays "prs", although CLDR would make it "fa-AF".
 */

/** A primary language subtag of 2 or 3 letters (ISO 639), then any subtags. */
const wellFormed = /^[a-z]{2,3}(?:-[a-z0-9]{1,8})*$/i;

/** Tags already normalised: a file names a few languages thousands of times (kept small whatever the file says). */
const normalized = new Map<string, string | null>();

/** The tag with BCP 47's letter case (language lower, Script title, REGION upper), or null if it is not a usable tag. */
export function normalizeTag(raw: string): string | null {
  let tag = normalized.get(raw);
  if (tag === undefined) {
    if (normalized.size >= 1000) normalized.clear();
    normalized.set(raw, (tag = normalizeNew(raw)));
  }
  return tag;
}

function normalizeNew(raw: string): string | null {
  const value = raw.trim().replace(/_/g, "-");
  if (!wellFormed.test(value)) return null;
  try {
    Intl.getCanonicalLocales(value);
  } catch {
    return null;
  }
  let afterSingleton = false;
  return value
    .split("-")
    .map((part, i) => {
      if (i === 0 || afterSingleton) return part.toLowerCase();
      if (part.length === 1) {
        afterSingleton = true;
        return part.toLowerCase();
      }
      if (part.length === 4 && /^[a-z]+$/i.test(part)) return part[0]!.toUpperCase() + part.slice(1).toLowerCase();
      if ((part.length === 2 && /^[a-z]+$/i.test(part)) || /^\d{3}$/.test(part)) return part.toUpperCase();
      return part.toLowerCase();
    })
    .join("-");
}

/** The language of a (normalised) tag: its primary subtag. */
export const languageOf = (tag: string): string => tag.split("-")[0]!.toLowerCase();

/** The same tag in Latin script ("ru" → "ru-Latn", "fa-AF" → "fa-Latn-AF"): where a transliteration is exported. */
export function latinTag(tag: string): string {
  const [language, ...rest] = tag.split("-");
  const tail = rest.filter((p) => !(p.length === 4 && /^[A-Za-z]+$/.test(p)));
  return [language, "Latn", ...tail].join("-");
}

/** The tag a Latin-script tag transliterates ("ru-Latn" → "ru"), or null when it names no script. */
export function unlatinTag(tag: string): string | null {
  const parts = tag.split("-");
  if (parts[1] !== "Latn") return null;
  return [parts[0], ...parts.slice(2)].join("-");
}

const rank = (tag: string) => {
  const i = (locales as readonly string[]).indexOf(languageOf(tag));
  return i === -1 ? locales.length : i;
};

/** Reading order of tags: the four reading locales first (in routing order, the bare tag before regional ones), then the rest alphabetically. */
export const compareTags = (a: string, b: string): number =>
  rank(a) - rank(b) || Number(a.includes("-")) - Number(b.includes("-")) || (a < b ? -1 : a > b ? 1 : 0);

/** An object's keys (tags) in reading order. */
export const sortedByTag = <T>(record: Record<string, T>): Record<string, T> =>
  Object.fromEntries(Object.entries(record).sort(([a], [b]) => compareTags(a, b)));
