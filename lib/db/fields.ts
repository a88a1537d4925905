/** Field lists, declared once, for every read of the data layer (nothing else is selected). */

export const sourceFields = { key: true, title: true, url: true, date: true } as const;

/** Where a place or feature is: its point, the source of it, the unit it is part of, a country's code. */
export const placeFields = {
  lat: true,
  lon: true,
  iso3166: true,
  placeUnit: true,
  geoSource: { select: { key: true } },
  parent: { select: { slug: true } },
} as const;

export const labelFields = { locale: true, text: true, status: true, translit: true } as const;

export const cardFields = {
  id: true,
  slug: true,
  kind: true,
  asOf: true,
  labels: { select: labelFields, where: { status: "preferred" }, orderBy: { position: "asc" } },
  definitions: { select: { locale: true, text: true, sources: true } },
  sources: { select: { source: { select: sourceFields } }, orderBy: { position: "asc" } },
} as const;

export const blockFields = {
  id: true,
  kind: true,
  anchor: true,
  text: true,
  mentions: { select: { start: true, length: true, term: { select: { slug: true } } } },
} as const;

export const editionSummaryFields = {
  locale: true,
  title: true,
  authors: true,
  article: { select: { slug: true, publisher: true, publishedOn: true, sourceUrl: true, original: true } },
} as const;

/** Label statuses used only for finding names in text, never shown. */
const matchingOnly: string[] = ["form", "exact"];

export const entryFields = {
  ...cardFields,
  labels: { select: labelFields, where: { status: { notIn: matchingOnly } }, orderBy: { position: "asc" } },
  claims: { select: { property: true, locale: true, value: true, source: { select: sourceFields } }, orderBy: { position: "asc" } },
  relatedTo: { select: { to: { select: { slug: true, labels: { select: { locale: true, text: true }, where: { status: "preferred" } } } } } },
} as const;
