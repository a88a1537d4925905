import type { Prisma } from "./generated/client";

/**
 * Field lists, declared once, for every read of the data layer (nothing else is selected); each
 * checked against Prisma's select type, so a field that is renamed or removed fails here.
 */

export const sourceFields = { key: true, title: true, url: true, date: true } as const satisfies Prisma.SourceSelect;

/** Where a place or feature is: its point, the source of it, the unit it is part of, a country's code. */
export const placeFields = {
  lat: true,
  lon: true,
  iso3166: true,
  placeUnit: true,
  geoSource: { select: { key: true } },
  parent: { select: { slug: true } },
} as const satisfies Prisma.TermSelect;

export const labelFields = { language: true, tag: true, text: true, role: true, status: true, translit: true } as const satisfies Prisma.LabelSelect;

/** Everything the file format holds of a term (for export, diffs and revisions). */
export const termFileFields = {
  slug: true,
  kind: true,
  subject: true,
  asOf: true,
  labels: {
    select: { id: true, tag: true, text: true, role: true, status: true, translit: true, partOfSpeech: true, termType: true, gender: true, region: true },
    orderBy: { position: "asc" },
  },
  notes: { select: { labelId: true, tag: true, kind: true, text: true, source: true }, orderBy: { position: "asc" } },
  definitions: { select: { tag: true, text: true, sources: true } },
  claims: { select: { property: true, tag: true, value: true, position: true, source: { select: { key: true } } }, orderBy: [{ position: "asc" }] },
  relatedTo: { select: { to: { select: { slug: true } } } },
  ...placeFields,
} satisfies Prisma.TermSelect;

/** Label roles shown to readers (the others only find names in text). */
export const shownRoles = ["preferred", "variant", "alias"];

export const cardFields = {
  id: true,
  slug: true,
  kind: true,
  subject: true,
  asOf: true,
  labels: { select: labelFields, where: { role: { in: shownRoles } }, orderBy: { position: "asc" } },
  definitions: { select: { tag: true, text: true, sources: true } },
  sources: { select: { source: { select: sourceFields } }, orderBy: { position: "asc" } },
} as const satisfies Prisma.TermSelect;

export const blockFields = {
  id: true,
  kind: true,
  anchor: true,
  text: true,
  mentions: { select: { start: true, length: true, term: { select: { slug: true } } }, orderBy: { start: "asc" } },
} as const satisfies Prisma.BlockSelect;

export const editionSummaryFields = {
  locale: true,
  title: true,
  authors: true,
  article: { select: { slug: true, publisher: true, publishedOn: true, sourceUrl: true, original: true } },
} as const satisfies Prisma.EditionSelect;

export const entryFields = {
  ...cardFields,
  labels: {
    select: { ...labelFields, id: true, partOfSpeech: true, termType: true, gender: true, region: true },
    where: { role: { in: shownRoles } },
    orderBy: { position: "asc" },
  },
  notes: { select: { labelId: true, tag: true, kind: true, text: true, source: true }, orderBy: { position: "asc" } },
  claims: { select: { property: true, language: true, value: true, source: { select: sourceFields } }, orderBy: { position: "asc" } },
  relatedTo: { select: { to: { select: { slug: true, labels: { select: { tag: true, text: true }, where: { role: "preferred" } } } } } },
} as const satisfies Prisma.TermSelect;
