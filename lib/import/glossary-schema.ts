import { z } from "zod";
import { byLocale } from "../locales";

/**
 * The reviewable glossary files in prisma/data/glossary: one JSON file per term plus sources.json.
 * Every file is validated with these schemas before anything is written to the database.
 */

export const termKinds = [
  "person",
  "place",
  "feature",
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

/** Kinds that are somewhere on the map: they carry `place` (coordinates and administrative chain). */
export const placeKinds = ["place", "feature"] as const satisfies readonly (typeof termKinds)[number][];

/**
 * What kind of unit or feature a place is, which the map's caption and text alternative name in the
 * reader's language ("Maymay, a district of Badakhshan Province"): a small closed list, fitted to
 * the glossary's places. "province" is a first-level unit (an Afghan or Pakistani province, a Tajik
 * viloyat); "district" a second-level one (an Afghan woleswali, a Tajik nohiya).
 */
export const placeUnits = [
  "country",
  "province",
  "autonomous-region",
  "district",
  "city",
  "town",
  "village",
  "river",
  "mountains",
  "valley",
  "historical-region",
  "tribal-areas",
] as const;

/** Decimal degrees with at most 4 decimals (about 11 m), as the content decisions ask. */
const degrees = (what: "latitude" | "longitude", limit: number) =>
  z
    .number({ error: `${what} must be a number of decimal degrees` })
    .min(-limit, `${what} must be between -${limit} and ${limit}`)
    .max(limit, `${what} must be between -${limit} and ${limit}`)
    .refine((x) => Number(x.toFixed(4)) === x, `${what} has at most 4 decimals`);

/**
 * Where a place or feature is (docs: /work/briefing/content-decisions.md): a point (WGS84) with the
 * source that states it, the administrative unit it lies in (district -> province -> country), and
 * for a country its ISO 3166-1 numeric code.
 */
export const placeSchema = z
  .strictObject({
    /** What it is (country, province, district, city, river, ...): one of placeUnits. */
    unit: z.enum(placeUnits, { error: `unit is one of ${placeUnits.join(", ")}` }).nullable().default(null),
    lat: degrees("latitude", 90),
    lon: degrees("longitude", 180),
    /** Key in sources.json of a source that states these coordinates. */
    source: sourceKey,
    /** Slug of the unit it lies in; null for a country, or a feature in no single unit. */
    partOf: slug.nullable().default(null),
    /** ISO 3166-1 numeric code, 3 digits ("004"): only on a country, which is part of nothing. */
    iso3166: z.string().regex(/^\d{3}$/, "iso3166 is an ISO 3166-1 numeric code of 3 digits, such as \"004\"").nullable().default(null),
  })
  .refine((p) => p.iso3166 === null || p.partOf === null, {
    message: "iso3166 is only for a country: a place with partOf null",
    path: ["iso3166"],
  })
  .refine((p) => (p.unit === "country") === (p.iso3166 !== null) || p.unit === null, {
    message: "a country (unit country) has iso3166, and only a country",
    path: ["unit"],
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
  place: placeSchema.optional(),
}).superRefine((t, ctx) => {
  const located = (placeKinds as readonly string[]).includes(t.kind);
  if (t.place && !located) {
    ctx.addIssue({ code: "custom", path: ["place"], message: `only a term of kind ${placeKinds.join(" or ")} has a place (this one is ${t.kind})` });
  }
  if (t.place?.partOf === t.slug) ctx.addIssue({ code: "custom", path: ["place", "partOf"], message: "a place cannot be part of itself" });
});

export type TermFile = z.infer<typeof termFileSchema>;
export type PlaceFile = z.infer<typeof placeSchema>;
export type SourceFile = z.infer<typeof sourceSchema>;
