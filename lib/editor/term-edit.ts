import { z } from "zod";
import { byLocale, locales, type Locale } from "../locales";
import { romanize } from "../text/romanize";
import { romanizedLocales } from "../import/translit-edit";
import { displayName, languageOf, namesWithRoles, termKinds, type LanguageNames, type Name, type TermFile } from "../import/glossary-schema";
import { slugSchema } from "../slug";

/**
 * What the editor's form sends for one term. Messages are codes, shown to the editor in their
 * locale (messages/*.json, Editor.errors).
 */
const name = z.string().trim().min(1, "required").max(200, "tooLong").refine((s) => !s.includes("|"), "pipe");
const names = z.array(name).max(50, "tooMany");

const localeNames = z.object({
  /** Empty: the term has no name in this locale (yet). */
  preferred: z.string().trim().max(200, "tooLong").refine((s) => !s.includes("|"), "pipe"),
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
  slug: slugSchema,
  kind: z.enum(termKinds, { error: "required" }),
  /** Empty: not known */
  asOf: z.string().regex(/^(\d{4}(-\d{2}(-\d{2})?)?)?$/, "date"),
  names: perLocale(localeNames),
  definitions: perLocale(localeDefinition),
});

export type TermEdit = z.infer<typeof termEditSchema>;
export type TermEditInput = z.input<typeof termEditSchema>;

/** The stored name with this text (its TBX details kept), or a plain one. */
const keep = (block: LanguageNames | undefined, text: string): Name => (block ? namesWithRoles(block).find((n) => n.name.text === text)?.name : undefined) ?? { text };

/** The translit the term file stores: generated from the name where the script determines it (ru, tg). */
const translitOf = (locale: Locale, names: TermEdit["names"][Locale]) =>
  isRomanized(locale) ? romanize(names.preferred, locale) : names.translit;
const isRomanized = (locale: Locale): locale is (typeof romanizedLocales)[number] => (romanizedLocales as readonly string[]).includes(locale);

/**
 * The edited fields over the term as it is. The form edits the four reading locales' names and
 * definitions; everything else is kept: names in other languages, forms and exact names, the
 * names' TBX details, notes, the subject, claims, related terms and place. The Russian and Tajik
 * translit is generated from the preferred name (BGN/PCGN, lib/text/romanize.ts): a value typed in
 * the form is replaced by it, so it can never disagree.
 */
export function applyEdit(current: TermFile | null, edit: TermEdit): TermFile {
  const names: TermFile["names"] = { ...current?.names };
  const definitions: TermFile["definitions"] = { ...current?.definitions };
  for (const l of locales) {
    const was = current?.names[l];
    const e = edit.names[l];
    const block: LanguageNames = {
      ...(e.preferred ? { preferred: keep(was, e.preferred) } : {}),
      translit: e.preferred ? translitOf(l, e) : null,
      variants: e.variants.map((v) => keep(was, v)),
      aliases: e.aliases.map((v) => keep(was, v)),
      forms: was?.forms ?? [],
      exact: was?.exact ?? [],
      notes: was?.notes ?? [],
    };
    if (namesWithRoles(block).length > 0) names[l] = block;
    else delete names[l];
    const d = edit.definitions[l];
    if (d.text) definitions[l] = { text: d.text, sources: d.sources };
    else delete definitions[l];
  }
  return {
    slug: edit.slug,
    kind: edit.kind,
    ...(current?.subject ? { subject: current.subject } : {}),
    ...(edit.asOf ? { asOf: edit.asOf } : {}),
    names,
    definitions,
    notes: current?.notes ?? [],
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
    asOf: term ? (term.asOf ?? "") : new Date().toISOString().slice(0, 10),
    names: byLocale((l) => {
      const n = term?.names[l];
      return {
        preferred: n?.preferred?.text ?? "",
        translit: n?.translit ?? "",
        variants: n?.variants.map((v) => v.text) ?? [],
        aliases: n?.aliases.map((v) => v.text) ?? [],
      };
    }),
    definitions: byLocale((l) => ({ text: term?.definitions[l]?.text ?? "", sources: term?.definitions[l]?.sources ?? [] })),
  };
}

const lines = (s: string) => s.split("\n").map((x) => x.trim()).filter(Boolean);
const words = (s: string) => s.split(/\s+/).filter(Boolean);

/**
 * What the term form posts (field names are the paths: "names.ru.preferred", "definitions.en.text";
 * spellings and other names one per line, source keys separated by spaces), as the edit schema's input.
 */
export function termEditFromForm(form: { get(name: string): unknown }): TermEditInput {
  const text = (name: string) => {
    const value = form.get(name);
    return typeof value === "string" ? value : "";
  };
  return {
    slug: text("slug"),
    kind: text("kind") as TermEditInput["kind"],
    asOf: text("asOf"),
    names: byLocale((l) => ({
      preferred: text(`names.${l}.preferred`),
      translit: text(`names.${l}.translit`),
      variants: lines(text(`names.${l}.variants`)),
      aliases: lines(text(`names.${l}.aliases`)),
    })),
    definitions: byLocale((l) => ({ text: text(`definitions.${l}.text`), sources: words(text(`definitions.${l}.sources`)) })),
  };
}

/** The reading locales a term has no name in that readers are shown (forms for matching do not count). */
export const missingLocales = (term: Pick<TermFile, "names"> | null) =>
  locales.filter((l) => !Object.entries(term?.names ?? {}).some(([tag, block]) => languageOf(tag) === l && displayName(block)));
