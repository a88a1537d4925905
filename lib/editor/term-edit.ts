import { z } from "zod";
import { byLocale, locales, type Locale } from "../locales";
import { romanize } from "../text/romanize";
import { romanizedLocales } from "../import/translit-edit";
import { termKinds, type TermFile } from "../import/glossary-schema";

/**
 * What the editor's form sends for one term. Messages are codes, shown to the editor in their
 * locale (messages/*.json, Editor.errors).
 */
const name = z.string().trim().min(1, "required").max(200, "tooLong").refine((s) => !s.includes("|"), "pipe");
const names = z.array(name).max(50, "tooMany");

const localeNames = z.object({
  preferred: name,
  translit: z
    .string()
    .trim()
    .max(200, "tooLong")
    .transform((s) => s || null),
  variants: names,
  aliases: names,
});

const localeDefinition = z.object({
  text: z.string().trim().max(2000, "tooLong"),
  sources: z.array(z.string().trim().min(1)).max(20, "tooMany"),
});

const perLocale = <T extends z.ZodType>(schema: T) =>
  z.object(byLocale(() => schema));

export const termEditSchema = z.object({
  slug: z.string().trim().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "slug").max(80, "tooLong"),
  kind: z.enum(termKinds, { error: "required" }),
  asOf: z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, "date"),
  names: perLocale(localeNames),
  definitions: perLocale(localeDefinition),
});

export type TermEdit = z.infer<typeof termEditSchema>;
export type TermEditInput = z.input<typeof termEditSchema>;

/** The translit the term file stores: generated from the name where the script determines it (ru, tg). */
const translitOf = (locale: Locale, names: TermEdit["names"][Locale]) =>
  isRomanized(locale) ? romanize(names.preferred, locale) : names.translit;
const isRomanized = (locale: Locale): locale is (typeof romanizedLocales)[number] => (romanizedLocales as readonly string[]).includes(locale);

/**
 * The edited fields over the term as it is (forms, exact names, claims, related terms and place are
 * kept). The Russian and Tajik translit is generated from the preferred name (BGN/PCGN,
 * lib/text/romanize.ts): a value typed in the form is replaced by it, so it can never disagree.
 */
export function applyEdit(current: TermFile | null, edit: TermEdit): TermFile {
  return {
    slug: edit.slug,
    kind: edit.kind,
    asOf: edit.asOf,
    names: Object.fromEntries(
      locales.map((l) => [
        l,
        { ...edit.names[l], translit: translitOf(l, edit.names[l]), forms: current?.names[l].forms ?? [], exact: current?.names[l].exact ?? [] },
      ]),
    ) as TermFile["names"],
    definitions: Object.fromEntries(
      locales.map((l) => [l, edit.definitions[l].text ? { text: edit.definitions[l].text, sources: edit.definitions[l].sources } : null]),
    ) as TermFile["definitions"],
    claims: current?.claims ?? [],
    related: current?.related ?? [],
    ...(current?.place ? { place: current.place } : {}),
  };
}

/** The form's starting values for a term (or an empty new term). */
export function toEdit(term: TermFile | null): TermEditInput {
  return {
    slug: term?.slug ?? "",
    kind: term?.kind ?? "place",
    asOf: term?.asOf ?? new Date().toISOString().slice(0, 10),
    names: Object.fromEntries(
      locales.map((l) => [
        l,
        {
          preferred: term?.names[l].preferred ?? "",
          translit: term?.names[l].translit ?? "",
          variants: term?.names[l].variants ?? [],
          aliases: term?.names[l].aliases ?? [],
        },
      ]),
    ) as TermEditInput["names"],
    definitions: Object.fromEntries(
      locales.map((l) => [l, { text: term?.definitions[l]?.text ?? "", sources: term?.definitions[l]?.sources ?? [] }]),
    ) as TermEditInput["definitions"],
  };
}
