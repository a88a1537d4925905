import { z } from "zod";
import { byLocale } from "../locales";

/**
 * The reviewable glossary files in prisma/data/glossary: one JSON file per term plus sources.json.
 * Every file is validated with these schemas before anything is written to the database.
 */

export const termKinds = [
  "person",
  "place",
  "organisation",
  "people",
  "event",
  "media",
  "concept",
  "material",
] as const;

export const claimProperties = [
  "founded",
  "born",
  "birthplace",
  "died",
  "captured",
  "period",
  "leader",
  "location",
] as const;

const slug = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "a slug is lower-case letters, digits and single hyphens")
  .max(80);
const isoDate = z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, "a date is YYYY, YYYY-MM or YYYY-MM-DD");
const name = z
  .string()
  .trim()
  .min(1)
  .max(200)
  .refine((s) => !s.includes("|"), "a name cannot contain |");
const sourceKey = z.string().regex(/^[A-Za-z0-9][A-Za-z0-9_-]*$/).max(40);
/** Plain text: markup is never interpreted; "<b>" is kept as typed and shown as those characters. */
const plainText = z
  .string()
  .trim()
  .min(1)
  .max(2000)
  .refine((s) => !/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/.test(s), "control characters are not allowed");

export const sourceSchema = z.strictObject({
  key: sourceKey,
  title: z.string().trim().min(1).max(300),
  url: z.url({ protocol: /^https?$/ }).nullable(),
  date: isoDate.nullable(),
});

export const localeNamesSchema = z.strictObject({
  /** The preferred name in this locale (TBX administrativeStatus "preferred"). */
  preferred: name,
  /** Latin transliteration of the preferred name; null for Latin-script locales. */
  translit: name.nullable(),
  /** Other spellings of the same name (TBX "admitted"), shown on the card and entry page. */
  variants: z.array(name).default([]),
  /** Other names for the same concept: abbreviations, short forms, nicknames. */
  aliases: z.array(name).default([]),
  /** Inflected forms used only to find the term in running text (never shown). */
  forms: z.array(name).default([]),
  /**
   * Names found in running text only with exactly this capitalisation: a proper noun that is also
   * a common word (Tajik "Ҷурм", the district, against "ҷурм", an offence). Never shown.
   */
  exact: z.array(name).default([]),
});

const perLocale = <T extends z.ZodType>(schema: T) =>
  z.strictObject(byLocale(() => schema));

export const termFileSchema = z.strictObject({
  slug,
  kind: z.enum(termKinds),
  asOf: isoDate,
  names: perLocale(localeNamesSchema),
  definitions: perLocale(z.strictObject({ text: plainText, sources: z.array(sourceKey).min(1) }).nullable()),
  claims: z
    .array(
      z.strictObject({
        property: z.enum(claimProperties),
        value: perLocale(plainText),
        source: sourceKey,
      }),
    )
    .default([]),
  related: z.array(slug).default([]),
});

export type TermFile = z.infer<typeof termFileSchema>;
export type SourceFile = z.infer<typeof sourceSchema>;
