import type { Locale } from "./locales";
import type { claimProperties, NameRole, NameStatus, placeUnits, termKinds } from "./import/glossary-schema";

/** App types: what the data layer returns and components render. Never Prisma rows. */

export type TermKind = (typeof termKinds)[number];
export type ClaimProperty = (typeof claimProperties)[number];
export type { NameRole, NameStatus };
export type PlaceUnit = (typeof placeUnits)[number];

export interface SourceRef {
  key: string;
  title: string;
  url: string | null;
  date: string | null;
}

/** A name as cards show it: the one shown for its language. */
export interface TermName {
  /** BCP 47 tag, as stored ("ru", "fa-AF", "prs") */
  tag: string;
  text: string;
  translit: string | null;
  /** TBX status when it is one a reader must see: deprecated ("not to be used") or superseded. */
  status: "deprecated" | "superseded" | null;
}

export interface Definition {
  text: string;
  /** The tag of the language the text is in: the reader's, else English, else another. */
  tag: string;
  fallback: boolean;
}

/** What a term's card shows: small, carried by the page for its own terms only. */
export interface TermCard {
  slug: string;
  kind: TermKind;
  /** A free-text subject (TBX subjectField) that is not one of our kinds. */
  subject: string | null;
  /** The name in the reader's locale, else English, else any (nameTag says which). */
  name: string;
  nameTag: string;
  /** True when the reader's locale has no name and another language's is shown. */
  nameFallback: boolean;
  /** The name shown for each reading locale that has one, in routing order. */
  names: TermName[];
  /** The name shown for every other language, in tag order. */
  otherNames: TermName[];
  definition: Definition | null;
  sources: SourceRef[];
  asOf: string | null;
}

/** A name on the entry page, with everything TBX says about it. */
export interface EntryName extends TermName {
  role: Exclude<NameRole, "form" | "exact">;
  /** The TBX status it has (its own, or its role's). */
  tbxStatus: NameStatus | null;
  partOfSpeech: string | null;
  termType: string | null;
  gender: string | null;
  region: string | null;
  notes: string[];
  usage: string[];
  contexts: { text: string; source: string | null }[];
  sources: string[];
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
  /** Every name that is shown (not forms used only for matching), reading locales first. */
  entryNames: EntryName[];
  definitions: (Definition & { sources: SourceRef[] })[];
  /** Notes on the concept, and on one language's names. */
  notes: { tag: string | null; text: string }[];
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
  /** The name the query matched (in whatever language and script), to show why it was found. */
  matched: { text: string; tag: string; status: NameStatus | null };
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
