import { z } from "zod";
import { fold } from "./text/normalize";
import { toLatin } from "./text/transliterate";

/**
 * The one slug schema: the address name of a term or an article (lower-case Latin letters, digits
 * and single hyphens). Its messages are codes (Editor.errors in messages/*.json; `slugProblems`
 * spells them out for the command line).
 */
export const slugSchema = z.string().trim().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "slug").max(120, "tooLong");

export const slugProblems: Record<string, string> = { slug: "lower-case letters, digits and hyphens", tooLong: "at most 120 characters" };

/** A slug made from a title or a name in any script ("Дарвоз" → "darvoz"); "" when nothing is left. */
export function slugify(text: string, max = 80): string {
  const latin = toLatin(fold(text))
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
  return latin.slice(0, max).replace(/-+$/, "");
}
