import { Readability } from "@mozilla/readability";
import { parseHTML } from "linkedom";

/**
 * An article from a saved or fetched web page: Mozilla Readability (Firefox's reader view) finds the
 * article's body in a server-side DOM (linkedom); title, authors, date and publisher come from the
 * page's metadata (JSON-LD NewsArticle, then Open Graph and article: tags, then plain meta tags,
 * then what Readability found). Only text survives: paragraphs and subheadings, never markup.
 */

export interface ExtractedBlock {
  kind: "paragraph" | "heading";
  text: string;
}

export interface ExtractedArticle {
  title: string;
  authors: string[];
  publisher: string | null;
  /** YYYY-MM-DD, when the page says. */
  date: string | null;
  /** The page's canonical address, else the address it was read from. */
  url: string | null;
  /** The page's language (BCP 47), when it says. */
  language: string | null;
  blocks: ExtractedBlock[];
}

export class ExtractError extends Error {
  constructor(
    readonly code: "notHtml" | "notAnArticle",
    message: string,
  ) {
    super(message);
  }
}

/** A page's text is an article when it has at least this many characters in paragraphs. */
export const MIN_ARTICLE_CHARS = 200;

const articleTypes = /^(NewsArticle|Article|ReportageNewsArticle|AnalysisNewsArticle|OpinionNewsArticle|BackgroundNewsArticle|ReviewNewsArticle|BlogPosting|Report|LiveBlogPosting)$/;

type Json = Record<string, unknown>;

const clean = (text: string | null | undefined) => (text ?? "").replace(/[\s\u00a0]+/g, " ").trim().normalize("NFC");

const asArray = (value: unknown): unknown[] => (Array.isArray(value) ? value : value === undefined || value === null ? [] : [value]);

const nameOf = (value: unknown): string | null => {
  if (typeof value === "string") return clean(value) || null;
  if (value && typeof value === "object") return clean(String((value as Json).name ?? "")) || null;
  return null;
};

/** Every JSON-LD object of the page, @graph and nested arrays flattened. */
function jsonLd(document: Document): Json[] {
  const out: Json[] = [];
  const visit = (node: unknown) => {
    for (const item of asArray(node)) {
      if (!item || typeof item !== "object") continue;
      out.push(item as Json);
      if ((item as Json)["@graph"]) visit((item as Json)["@graph"]);
    }
  };
  for (const script of document.querySelectorAll('script[type="application/ld+json"]')) {
    try {
      visit(JSON.parse(script.textContent ?? ""));
    } catch {
      // a broken JSON-LD block is ignored; the other sources of metadata remain
    }
  }
  return out;
}

const isArticle = (node: Json) => asArray(node["@type"]).some((t) => typeof t === "string" && articleTypes.test(t));

/** YYYY-MM-DD from an ISO date or any date the platform can read; null otherwise. */
export function isoDate(value: unknown): string | null {
  const text = clean(typeof value === "string" ? value : "");
  if (!text) return null;
  const direct = /^(\d{4}-\d{2}-\d{2})/.exec(text);
  if (direct) return direct[1]!;
  const parsed = Date.parse(text);
  return Number.isNaN(parsed) ? null : new Date(parsed).toISOString().slice(0, 10);
}

/** "By Jane Doe and John Roe" → ["Jane Doe", "John Roe"]. */
export function splitAuthors(byline: string): string[] {
  return clean(byline)
    .replace(/^(by|von|par|автор[ыа]?:?|муаллиф:?)\s+/i, "")
    .split(/\s*[,;&|]\s*|\s+(?:and|и|ва|و)\s+/iu)
    .map((a) => a.trim())
    .filter((a) => a.length > 1 && a.length <= 120 && !/^https?:/i.test(a));
}

function meta(document: Document, ...keys: string[]): string[] {
  const values: string[] = [];
  for (const key of keys) {
    for (const el of document.querySelectorAll(`meta[property="${key}"], meta[name="${key}"], meta[itemprop="${key}"]`)) {
      const value = clean(el.getAttribute("content"));
      if (value) values.push(value);
    }
  }
  return values;
}

const blockTags = new Set(["p", "div", "section", "article", "main", "li", "ul", "ol", "blockquote", "pre", "dd", "dl", "dt", "td", "tr", "table", "tbody", "header", "center"]);
const dropTags = new Set(["script", "style", "noscript", "template", "iframe", "object", "embed", "svg", "math", "canvas", "form", "button", "input", "select", "textarea", "nav", "aside", "footer", "figure", "figcaption", "picture", "video", "audio", "img", "label"]);

/**
 * The text of an article's HTML as paragraphs and subheadings; everything else is dropped, and so
 * are paragraphs that are mostly links (section menus, "Print this story | Email this story").
 */
export function htmlToBlocks(html: string): ExtractedBlock[] {
  const { document } = parseHTML(`<!doctype html><html><body>${html}</body></html>`);
  const blocks: ExtractedBlock[] = [];
  let buffer = "";
  let linked = 0;
  const flush = () => {
    const text = clean(buffer);
    const links = linked;
    buffer = "";
    linked = 0;
    if (text && links / text.length <= 0.5) blocks.push({ kind: "paragraph", text });
  };
  const walk = (node: Node, inLink: boolean) => {
    for (const child of node.childNodes) {
      if (child.nodeType === 3) {
        const text = child.textContent ?? "";
        buffer += text;
        if (inLink) linked += clean(text).length;
        continue;
      }
      if (child.nodeType !== 1) continue;
      const tag = (child as Element).tagName.toLowerCase();
      if (dropTags.has(tag)) continue;
      if (/^h[1-6]$/.test(tag)) {
        flush();
        const text = clean(child.textContent);
        if (text) blocks.push({ kind: "heading", text });
      } else if (tag === "br") {
        buffer += " ";
      } else if (blockTags.has(tag)) {
        flush();
        walk(child, false);
        flush();
      } else walk(child, inLink || tag === "a");
    }
  };
  walk(document.body, false);
  flush();
  // a subheading is followed by text: headings at the end or one after the other go
  return blocks.filter((b, i) => b.kind === "paragraph" || blocks.slice(i + 1).some((n) => n.kind === "paragraph"));
}

/** Whether a text looks like an HTML document at all. */
export const looksLikeHtml = (text: string) => /<(!doctype html|html|head|body|p|article|div|main)[\s>]/i.test(text.slice(0, 100_000));

/** Extracts the article of a page; throws ExtractError when the text is not HTML or not an article. */
export function extractArticle(html: string, pageUrl: string | null): ExtractedArticle {
  if (!looksLikeHtml(html)) throw new ExtractError("notHtml", "the file is not an HTML page");
  const { document } = parseHTML(html);
  const ld = jsonLd(document).find(isArticle) ?? null;
  const lang = clean(document.documentElement?.getAttribute("lang")) || meta(document, "og:locale")[0]?.replace("_", "-") || null;
  const canonical = document.querySelector('link[rel="canonical"]')?.getAttribute("href") ?? meta(document, "og:url")[0] ?? null;

  const metaAuthors = meta(document, "article:author", "author", "citation_author", "parsely-author", "dc.creator", "sailthru.author").flatMap(splitAuthors);
  const metaDate =
    isoDate(meta(document, "article:published_time", "datePublished", "pubdate", "publish-date", "date", "dc.date", "citation_publication_date", "parsely-pub-date")[0]) ??
    isoDate(document.querySelector("time[datetime]")?.getAttribute("datetime"));
  const metaTitle = clean(nameOf(ld?.headline) ?? nameOf(ld?.name)) || meta(document, "og:title", "twitter:title")[0];
  const pageTitle = clean(document.querySelector("title")?.textContent);
  const publisher = nameOf(asArray(ld?.publisher)[0]) ?? meta(document, "og:site_name", "application-name")[0] ?? null;

  // Readability changes the document it reads: everything above is read first
  const reader = new Readability(document as unknown as Document, { charThreshold: 300, keepClasses: false }).parse();
  const blocks = reader?.content ? htmlToBlocks(reader.content) : [];
  const title = metaTitle || clean(reader?.title) || pageTitle;
  // the page's own title often repeats as the first subheading
  while (blocks[0]?.kind === "heading" && clean(blocks[0].text) === title) blocks.shift();
  const chars = blocks.filter((b) => b.kind === "paragraph").reduce((n, b) => n + b.text.length, 0);
  if (chars < MIN_ARTICLE_CHARS || !title) throw new ExtractError("notAnArticle", "no article was found on the page");

  const ldAuthors = asArray(ld?.author).flatMap((a) => {
    const name = nameOf(a);
    return name ? splitAuthors(name) : [];
  });
  // a byline written in the text ("By Farid Noori"), when nothing else names the authors
  const written = blocks.slice(0, 3).map((b) => /(?:^|\s)(?:By|Автор:?)\s+(\p{Lu}[\p{L}.'-]+(?:\s\p{Lu}[\p{L}.'-]+(?![\p{L}.'-]|:)){0,3})/u.exec(b.text)?.[1]).find(Boolean);
  const authors = ldAuthors.length ? ldAuthors : metaAuthors.length ? metaAuthors : reader?.byline ? splitAuthors(reader.byline) : written ? [written] : [];

  let url: string | null = null;
  try {
    url = canonical ? new URL(canonical, pageUrl ?? undefined).href : pageUrl;
  } catch {
    url = pageUrl;
  }
  if (url && !/^https?:/.test(url)) url = pageUrl;

  // a byline or a repeated title that Readability kept as a paragraph ("By Jane Doe and John Roe · July 1")
  const byline = (text: string) =>
    text.length < title.length + 200 && (text.startsWith(title) || (/^(by|von|par|автор|муаллиф)\b/i.test(text) && authors.some((a) => text.includes(a))));
  while (blocks[0]?.kind === "paragraph" && byline(blocks[0].text)) blocks.shift();
  // a copyright line closing the page
  while (blocks.length && /^(©|\(c\)|copyright\b)/i.test(blocks[blocks.length - 1]!.text) && blocks[blocks.length - 1]!.text.length < 200) blocks.pop();

  return {
    title,
    authors: [...new Set(authors)],
    publisher: publisher ?? (clean(reader?.siteName) || null),
    date: isoDate(ld?.datePublished) ?? metaDate ?? isoDate(reader?.publishedTime),
    url,
    language: (typeof ld?.inLanguage === "string" ? clean(ld.inLanguage) : null) || lang || clean(reader?.lang) || null,
    blocks,
  };
}
