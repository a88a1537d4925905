import type { DefinedTerm, NewsArticle, WithContext } from "schema-dts";

/**
 * schema.org structured data (JSON-LD) for articles and glossary entries. Pure: addresses are
 * absolute; the types come from schema-dts, so only schema.org's own properties compile.
 */

export interface EditionRef {
  url: string;
  lang: string;
}

export interface NewsArticleInput extends EditionRef {
  headline: string;
  description: string;
  datePublished: string;
  authors: string[];
  publisher: string;
  /** The site that translated it, for a translation. */
  translator: string;
  image: string;
  /** The report the original was published as. */
  source: string | null;
  /** For a translation: the original edition. */
  original: EditionRef | null;
  /** For the original: its translations. */
  translations: EditionRef[];
}

const edition = (e: EditionRef) => ({ "@type": "NewsArticle" as const, "@id": e.url, url: e.url, inLanguage: e.lang });

export function newsArticle(a: NewsArticleInput): WithContext<NewsArticle> {
  return {
    "@context": "https://schema.org",
    "@type": "NewsArticle",
    "@id": a.url,
    url: a.url,
    mainEntityOfPage: a.url,
    headline: a.headline,
    description: a.description,
    inLanguage: a.lang,
    datePublished: a.datePublished,
    author: a.authors.map((name) => ({ "@type": "Person", name })),
    publisher: { "@type": "Organization", name: a.publisher },
    image: a.image,
    ...(a.source ? { isBasedOn: a.source } : {}),
    ...(a.original
      ? { translationOfWork: edition(a.original), translator: { "@type": "Organization", name: a.translator } }
      : a.translations.length > 0
        ? { workTranslation: a.translations.map(edition) }
        : {}),
  };
}

export interface DefinedTermInput {
  url: string;
  lang: string;
  name: string;
  description: string | null;
  /** The term's names in other languages and scripts. */
  alternateNames: string[];
  slug: string;
  image: string;
  glossary: { url: string; name: string };
}

export function definedTerm(t: DefinedTermInput): WithContext<DefinedTerm> {
  return {
    "@context": "https://schema.org",
    "@type": "DefinedTerm",
    "@id": t.url,
    url: t.url,
    name: t.name,
    ...(t.description ? { description: t.description } : {}),
    termCode: t.slug,
    ...(t.alternateNames.length > 0 ? { alternateName: t.alternateNames } : {}),
    image: t.image,
    inDefinedTermSet: { "@type": "DefinedTermSet", "@id": t.glossary.url, url: t.glossary.url, name: t.glossary.name, inLanguage: t.lang },
  };
}
