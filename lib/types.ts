import type { Locale } from "./locales";
import type { claimProperties, placeUnits, termKinds } from "./import/glossary-schema";

/** App types: what the data layer returns and components render. Never Prisma rows. */

export type TermKind = (typeof termKinds)[number];
export type ClaimProperty = (typeof claimProperties)[number];
export type PlaceUnit = (typeof placeUnits)[number];
export type LabelStatus = "preferred" | "variant" | "alias" | "form" | "exact";

export interface SourceRef {
  key: string;
  title: string;
  url: string | null;
  date: string | null;
}

export interface TermName {
  locale: Locale;
  text: string;
  translit: string | null;
}

export interface Definition {
  text: string;
  /** The locale the text is in: the reader's, or English when it falls back. */
  locale: Locale;
  fallback: boolean;
}

/** What a term's card shows: small, carried by the page for its own terms only. */
export interface TermCard {
  slug: string;
  kind: TermKind;
  /** The name in the reader's locale. */
  name: string;
  /** The preferred name in every locale, in routing order. */
  names: TermName[];
  definition: Definition | null;
  sources: SourceRef[];
  asOf: string;
}

/** Where a place or feature is: its point and the units it lies in, named in the reader's locale. */
export interface PlaceView {
  slug: string;
  name: string;
  /** What it is (district, city, river, ...), when the glossary says. */
  unit: PlaceUnit | null;
  lat: number;
  lon: number;
  /** ISO 3166-1 numeric code, when the place is a country. */
  iso3166: string | null;
  /** The code of the country at the end of its chain (its own for a country), or null. */
  country: string | null;
  /** The units it lies in, nearest first: district's province, then country. */
  chain: { slug: string; name: string; unit: PlaceUnit | null }[];
}

export interface Claim {
  property: ClaimProperty;
  value: string;
  source: SourceRef;
}

export interface TermEntry extends TermCard {
  variants: { locale: Locale; text: string; status: "variant" | "alias" }[];
  definitions: (Definition & { sources: SourceRef[] })[];
  /** Claims grouped by property; a property with more than one value is disputed. */
  claims: { property: ClaimProperty; values: Claim[]; disputed: boolean }[];
  related: { slug: string; name: string }[];
  appearances: Appearance[];
}

export type Segment = { text: string } | { text: string; term: string; first: boolean };

export interface BlockView {
  kind: "paragraph" | "heading";
  anchor: string;
  segments: Segment[];
}

export interface ArticleSummary {
  slug: string;
  title: string;
  authors: string[];
  publisher: string;
  publishedOn: string;
  /** The locale of the edition shown. */
  locale: Locale;
}

export interface ArticleView extends ArticleSummary {
  sourceUrl: string | null;
  originalLocale: Locale;
  /** Locales that have an edition of this article. */
  editions: Locale[];
  blocks: BlockView[];
  /** Cards of the terms this edition mentions, and only those. */
  cards: TermCard[];
}

export interface SearchResult {
  slug: string;
  kind: TermKind;
  /** The term's name in the reader's locale. */
  name: string;
  /** The name the query matched (in whatever script), to show why it was found. */
  matched: { text: string; locale: Locale };
  match: "exact" | "prefix" | "word" | "phonetic" | "typo";
}

/** A paragraph of an article that mentions a term, with a snippet around the mention. */
export interface Appearance {
  articleSlug: string;
  articleTitle: string;
  /** The edition's locale (the reader's, or the original when there is none). */
  locale: Locale;
  anchor: string;
  snippet: { before: string; name: string; after: string };
}
