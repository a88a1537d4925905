import { XMLBuilder } from "fast-xml-parser";

/** An Atom 1.0 feed (RFC 4287), from app data. Pure: addresses are absolute, dates YYYY-MM-DD. */

/** How many of the newest articles a feed lists. */
export const FEED_SIZE = 30;

export interface AtomEntry {
  /** The entry's page, which is also its permanent id. */
  url: string;
  title: string;
  summary: string;
  /** The language the title and summary are in. */
  lang: string;
  published: string;
  authors: string[];
  /** The same article in each language it has an edition in (this one included). */
  alternates: { lang: string; url: string }[];
}

export interface AtomFeed {
  lang: string;
  title: string;
  subtitle: string;
  /** The feed's own address. */
  self: string;
  /** The page the feed follows (the article list in its locale), also its permanent id. */
  home: string;
  entries: AtomEntry[];
}

const timestamp = (isoDate: string) => new Date(`${isoDate.padEnd(10, "-01").slice(0, 10)}T00:00:00Z`).toISOString().replace(".000Z", "Z");

export function atomFeed(feed: AtomFeed): string {
  const updated = feed.entries.map((e) => e.published).sort().at(-1) ?? "1970-01-01";
  const html = (lang: string, url: string) => ({ "@_rel": "alternate", "@_type": "text/html", "@_hreflang": lang, "@_href": url });
  const doc = {
    "?xml": { "@_version": "1.0", "@_encoding": "utf-8" },
    feed: {
      "@_xmlns": "http://www.w3.org/2005/Atom",
      "@_xml:lang": feed.lang,
      id: feed.home,
      title: { "@_type": "text", "#text": feed.title },
      subtitle: { "@_type": "text", "#text": feed.subtitle },
      updated: timestamp(updated),
      link: [{ "@_rel": "self", "@_type": "application/atom+xml", "@_href": feed.self }, html(feed.lang, feed.home)],
      entry: feed.entries.map((e) => ({
        "@_xml:lang": e.lang,
        id: e.url,
        title: { "@_type": "text", "#text": e.title },
        updated: timestamp(e.published),
        published: timestamp(e.published),
        author: e.authors.map((name) => ({ name })),
        summary: { "@_type": "text", "#text": e.summary },
        link: e.alternates.map((a) => html(a.lang, a.url)),
      })),
    },
  };
  return new XMLBuilder({ ignoreAttributes: false, attributeNamePrefix: "@_", format: true, indentBy: "  ", processEntities: true }).build(doc);
}
