import { z } from "zod";
import { languageOf, normalizeTag, sortedByTag } from "./language";

/**
 * The glossary file format: one JSON file per term (prisma/data/glossary/terms) plus sources.json.
 * Every import (JSON, TBX, CSV, XLSX) becomes these objects, and every file is validated with these
 * schemas before anything is written to the database.
 *
 * Names and definitions are keyed by BCP 47 language tags ("en", "ru", "fa-AF", "prs"): any
 * language, not only the four the site is read in. A name is a plain string, or an object with its
 * TBX details (status, part of speech, term type, notes, usage notes, contexts, region). A concept
 * needs one name in at least one language; the as-of date is optional; an unknown kind becomes the
 * neutral kind, with the text kept as the concept's subject.
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

/** The kind of a concept whose file gives a subject we do not know as a kind ("Astronomy"), or none. */
export const neutralKind = "concept" satisfies (typeof termKinds)[number];

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

/** TBX administrativeStatus, with its TBX meaning: a deprecated name is "not to be used", yet still found. */
export const nameStatuses = ["preferred", "admitted", "deprecated", "superseded"] as const;

/** How this site uses a name: shown (preferred, variant, alias) or only used to find the term in text (form, exact). */
export const nameRoles = ["preferred", "variant", "alias", "form", "exact"] as const;

/** Each role's TBX status when a name does not state its own. */
export const defaultStatus: Record<(typeof nameRoles)[number], (typeof nameStatuses)[number] | null> = {
  preferred: "preferred",
  variant: "admitted",
  alias: "admitted",
  form: null,
  exact: null,
};

/** Plain text on one line: XML whitespace runs become one space (as TBX readers treat them). */
const oneLine = (s: string) => s.replace(/[ \t\r\n]+/g, " ").trim();
const noControl = (s: string) => !/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/.test(s);

const slug = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "a slug is lower-case letters, digits and single hyphens")
  .max(80);
const isoDate = z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, "a date is YYYY, YYYY-MM or YYYY-MM-DD");
const name = z
  .string()
  .transform(oneLine)
  .pipe(z.string().min(1).max(200))
  .refine((s) => !s.includes("|"), "a name cannot contain |")
  .refine(noControl, "control characters are not allowed");
const sourceKey = z.string().regex(/^[A-Za-z0-9][A-Za-z0-9_-]*$/, "a source key is letters, digits, _ and -").max(40);
/** Plain text: markup is never interpreted; "<b>" is kept as typed and shown as those characters. */
const plainText = z
  .string()
  .transform(oneLine)
  .pipe(z.string().min(1).max(2000))
  .refine(noControl, "control characters are not allowed");
/** A short free-text value (a TBX picklist value, a region, a subject). */
const shortText = z
  .string()
  .transform(oneLine)
  .pipe(z.string().min(1).max(200))
  .refine(noControl, "control characters are not allowed");

export const sourceSchema = z.strictObject({
  key: sourceKey,
  title: z.string().trim().min(1).max(300),
  url: z.url({ protocol: /^https?$/ }).nullable(),
  date: isoDate.nullable(),
});

type Context = { text: string; source?: string };
const context = z.union([plainText.transform((text): Context => ({ text })), z.strictObject({ text: plainText, source: shortText.optional() })]);

/** A name with its details; empty lists are dropped, so a name without details compares equal to its plain string. */
const nameObject = z
  .strictObject({
    text: name,
    status: z.enum(nameStatuses).optional(),
    partOfSpeech: shortText.optional(),
    termType: shortText.optional(),
    /** TBX grammaticalGender */
    gender: shortText.optional(),
    /** TBX geographicalUsage: where the name is used ("Afghanistan") */
    region: shortText.optional(),
    notes: z.array(plainText).optional(),
    /** Usage notes: how to use the name */
    usage: z.array(plainText).optional(),
    /** Example sentences, each with its source (free text) */
    contexts: z.array(context).optional(),
    /** Where the name comes from (free text) */
    sources: z.array(shortText).optional(),
  })
  .transform((n) => Object.fromEntries(Object.entries(n).filter(([, v]) => v !== undefined && !(Array.isArray(v) && v.length === 0))) as typeof n);

export type Name = z.output<typeof nameObject>;
const nameEntry = z.union([name.transform((text): Name => ({ text })), nameObject]);

export const languageNamesSchema = z
  .strictObject({
    /** The name shown for this language (TBX status preferred unless it says otherwise). */
    preferred: nameEntry.optional(),
    /** Latin transliteration of the preferred name; null for Latin-script languages. */
    translit: name.nullable().default(null),
    /** Other spellings of the same name (TBX "admitted" unless they say otherwise), shown. */
    variants: z.array(nameEntry).default([]),
    /** Other names for the same concept: abbreviations, short forms, nicknames, shown. */
    aliases: z.array(nameEntry).default([]),
    /** Inflected forms used only to find the term in running text (never shown). */
    forms: z.array(nameEntry).default([]),
    /**
     * Names found in running text only with exactly this capitalisation: a proper noun that is also
     * a common word (Tajik "Ҷурм", the district, against "ҷурм", an offence). Never shown.
     */
    exact: z.array(nameEntry).default([]),
    /** Notes about this language's names (TBX langSec notes). */
    notes: z.array(plainText).default([]),
  })
  .refine((n) => n.preferred || n.variants.length + n.aliases.length + n.forms.length + n.exact.length > 0, "a language lists at least one name")
  .refine((n) => n.preferred || n.translit === null, { message: "a transliteration belongs to a preferred name", path: ["translit"] });

export type LanguageNames = z.output<typeof languageNamesSchema>;

export const definitionSchema = z.strictObject({ text: plainText, sources: z.array(sourceKey).default([]) });

/** A record keyed by language tags: every key a usable BCP 47 tag (letter case normalised), in reading order. */
const byTag = <T extends z.ZodType>(value: T) =>
  z.record(z.string(), value).transform((record, ctx) => {
    const out: Record<string, z.output<T>> = {};
    for (const [raw, v] of Object.entries(record)) {
      const tag = normalizeTag(raw);
      if (!tag) ctx.addIssue({ code: "custom", path: [raw], message: `"${raw}" is not a BCP 47 language tag (such as en, fa-AF, prs)` });
      else if (tag in out) ctx.addIssue({ code: "custom", path: [raw], message: `language ${tag} is given twice` });
      else out[tag] = v as z.output<T>;
    }
    return sortedByTag(out);
  });

export const claimSchema = z.strictObject({
  property: z.enum(claimProperties),
  value: byTag(plainText).refine((v) => Object.keys(v).length > 0, "a claim needs a value in at least one language"),
  source: sourceKey,
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

export const termFileSchema = z
  .strictObject({
    slug,
    /** One of termKinds; any other text is kept as the subject, with the neutral kind. */
    kind: shortText.optional(),
    /** A free-text subject field (TBX subjectField) that is not one of our kinds. */
    subject: shortText.optional(),
    asOf: isoDate.optional(),
    names: byTag(languageNamesSchema).refine((n) => Object.values(n).some((block) => displayName(block)), "a concept needs a name (not only forms for matching) in at least one language"),
    definitions: byTag(definitionSchema.nullable()).default({}),
    /** Notes about the concept (TBX conceptEntry notes). */
    notes: z.array(plainText).default([]),
    claims: z.array(claimSchema).default([]),
    related: z.array(slug).default([]),
    /** Where a place or feature is (kinds place and feature only). */
    place: placeSchema.optional(),
  })
  .superRefine((t, ctx) => {
    if (t.place && !(placeKinds as readonly string[]).includes(t.kind ?? "")) {
      ctx.addIssue({ code: "custom", path: ["place"], message: `only a term of kind ${placeKinds.join(" or ")} has a place (this one is ${t.kind ?? neutralKind})` });
    }
    if (t.place?.partOf === t.slug) ctx.addIssue({ code: "custom", path: ["place", "partOf"], message: "a place cannot be part of itself" });
  })
  .transform(({ kind, subject, asOf, definitions, ...rest }): TermFile => {
    const known = (termKinds as readonly string[]).includes(kind ?? "");
    return {
      slug: rest.slug,
      kind: (known ? kind : neutralKind) as (typeof termKinds)[number],
      ...((subject ?? (known ? undefined : kind)) ? { subject: subject ?? kind } : {}),
      ...(asOf ? { asOf } : {}),
      names: rest.names,
      definitions: Object.fromEntries(Object.entries(definitions).filter((e): e is [string, z.output<typeof definitionSchema>] => e[1] !== null)),
      notes: rest.notes,
      claims: rest.claims,
      related: rest.related,
      ...(rest.place ? { place: rest.place } : {}),
    };
  });

/** A concept as the file format holds it (what termFileSchema gives). */
export interface TermFile {
  slug: string;
  kind: (typeof termKinds)[number];
  subject?: string;
  asOf?: string;
  names: Record<string, LanguageNames>;
  definitions: Record<string, z.output<typeof definitionSchema>>;
  notes: string[];
  claims: z.output<typeof claimSchema>[];
  related: string[];
  place?: PlaceFile;
}
export type PlaceFile = z.output<typeof placeSchema>;
export type TermFileInput = z.input<typeof termFileSchema>;
export type SourceFile = z.infer<typeof sourceSchema>;
export type NameStatus = (typeof nameStatuses)[number];
export type NameRole = (typeof nameRoles)[number];

/** The TBX status a name has: its own, or its role's. */
export const statusOf = (role: NameRole, n: Name): NameStatus | null => n.status ?? defaultStatus[role];

/** Every name of a language with its role, in file order (preferred first). */
export function namesWithRoles(block: LanguageNames): { role: NameRole; name: Name }[] {
  return [
    ...(block.preferred ? [{ role: "preferred" as const, name: block.preferred }] : []),
    ...block.variants.map((name) => ({ role: "variant" as const, name })),
    ...block.aliases.map((name) => ({ role: "alias" as const, name })),
    ...block.forms.map((name) => ({ role: "form" as const, name })),
    ...block.exact.map((name) => ({ role: "exact" as const, name })),
  ];
}

/** The list a role's names are kept in. */
export const roleList = { variant: "variants", alias: "aliases", form: "forms", exact: "exact" } as const;

/** The name a card shows for a language: the preferred one, else the first shown name that may be used. */
export function displayName(block: LanguageNames): Name | undefined {
  if (block.preferred) return block.preferred;
  const shown = [...block.variants, ...block.aliases];
  return shown.find((n) => n.status !== "deprecated" && n.status !== "superseded") ?? shown[0];
}

/** A stable text form of a term, for comparing: keys in the schema's order, related terms as a set. */
export const canonicalTerm = (t: TermFile) => JSON.stringify(termFileSchema.parse({ ...t, related: [...t.related].sort() }));

export { languageOf };
