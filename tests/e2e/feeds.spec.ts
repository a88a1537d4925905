import { Readable } from "node:stream";
import { expect, test, type APIRequestContext } from "@playwright/test";
import FeedParser from "feedparser";
import jsonld from "jsonld";
import { XMLParser } from "fast-xml-parser";
import { FEED_SIZE } from "../../lib/feed/atom";
import { articlePath, locales, messages, visit } from "./support";

/** An Atom feed read by a kept feed parser (feedparser, which follows RFC 4287), with its raw atom:link elements. */
async function parseFeed(xml: string) {
  const parser = new FeedParser({ normalize: true, addmeta: false });
  const items: FeedParser.Item[] = [];
  const done = new Promise<FeedParser.Meta>((resolve, reject) => {
    parser.on("error", reject);
    parser.on("readable", () => {
      for (let item = parser.read(); item; item = parser.read()) items.push(item);
    });
    parser.on("end", () => resolve(parser.meta));
  });
  Readable.from([xml]).pipe(parser);
  const meta = await done;
  return { meta, items };
}

const linksOf = (item: FeedParser.Item): { rel: string; hreflang: string; href: string }[] =>
  ([] as { "@": { rel: string; hreflang: string; href: string } }[]).concat(item["atom:link"] ?? []).map((l) => l["@"]);

/** The articles the site lists in a locale (the article list page, newest first), as paths. */
async function listedArticles(request: APIRequestContext, locale: string) {
  const html = await (await request.get(`/${locale}`)).text();
  return [...new Set([...html.matchAll(new RegExp(`href="(/${locale}/articles/[^"/#]+)"`, "g"))].map((m) => m[1]!))];
}

for (const locale of locales) {
  test(`${locale}: the Atom feed parses and lists the newest articles, in the locale's edition, with every edition as an alternate`, async ({ request }) => {
    test.setTimeout(90_000);
    // the feed, the article list and the articles are pages each rendered again after a change:
    // while other tests publish articles, they agree once all have been
    await expect(async () => {
      const response = await request.get(`/${locale}/feed.xml`);
      expect(response.status()).toBe(200);
      expect(response.headers()["content-type"]).toContain("application/atom+xml");
      const feed = await parseFeed(await response.text());
      expect(feed.meta["#type"]).toBe("atom");
      expect(feed.meta.title).toBe(messages[locale].Metadata.title);
      expect(feed.meta.language).toBe(locale);
      // an entry's id is its page in this locale (feedparser's item.link is one of the alternates)
      const paths = feed.items.map((i) => new URL(i.guid).pathname).sort();
      expect(paths).toEqual((await listedArticles(request, locale)).slice(0, FEED_SIZE).sort());
      const items = feed.items;
      for (const item of items) {
        expect(item.title.length).toBeGreaterThan(0);
        expect(item.summary.trim().length).toBeGreaterThan(0);
        expect(item.pubdate?.getTime()).not.toBeNaN();
        const authors = ([] as { name: { "#": string } }[]).concat(item["atom:author"] ?? []).map((a) => a.name["#"]);
        expect(authors.length).toBeGreaterThan(0);
        expect(authors.every((name) => name.trim().length > 0)).toBe(true);
        // every edition of the article is an alternate, each in its own language (as the article page links them)
        const path = new URL(item.guid).pathname;
        const page = await (await request.get(path)).text();
        const editions = [locale, ...[...page.matchAll(/hrefLang="([a-z]+)"[^>]*>[^<]*<\/a><\/span>/gi)].map((m) => m[1]!)];
        const alternates = linksOf(item).filter((l) => l.rel === "alternate");
        expect(alternates.map((l) => l.hreflang).sort()).toEqual([...new Set(editions)].sort());
        for (const l of alternates) expect(new URL(l.href).pathname).toBe(`/${l.hreflang}${path.slice(locale.length + 1)}`);
      }
    }).toPass({ timeout: 45_000 });
  });
}

test("every page links its locale's feed", async ({ page }) => {
  for (const path of ["/ru", articlePath("fa"), "/tg/glossary", "/en/glossary/warduj", "/ru/articles/dushanbe-reinforces-border/parallel/fa"]) {
    await page.goto(path);
    const locale = path.split("/")[1];
    const href = await page.locator('link[rel="alternate"][type="application/atom+xml"]').getAttribute("href");
    expect(new URL(href!, page.url()).pathname).toBe(`/${locale}/feed.xml`);
  }
});

test("the sitemap lists every page in every locale with its language alternates; robots.txt points to it", async ({ request }) => {
  const response = await request.get("/sitemap.xml");
  expect(response.status()).toBe(200);
  const xml = await response.text();
  const doc = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: "", isArray: (name) => name === "url" || name === "xhtml:link" }).parse(xml);
  expect(doc.urlset.xmlns).toBe("http://www.sitemaps.org/schemas/sitemap/0.9");
  expect(doc.urlset["xmlns:xhtml"]).toBe("http://www.w3.org/1999/xhtml");
  const entries: { loc: string; "xhtml:link": { rel: string; hreflang: string; href: string }[] }[] = doc.urlset.url;
  const paths = new Set(entries.map((e) => new URL(e.loc).pathname));
  for (const locale of locales) {
    for (const article of await listedArticles(request, locale)) expect(paths.has(article)).toBe(true);
    for (const path of [`/${locale}`, `/${locale}/glossary`, `/${locale}/glossary/warduj`, `/${locale}/glossary/jamaat-ansarullah`]) expect(paths.has(path)).toBe(true);
  }
  for (const entry of entries) {
    const links = entry["xhtml:link"];
    expect(links.map((l) => l.hreflang).sort()).toEqual([...locales, "x-default"].sort());
    expect(links.every((l) => l.rel === "alternate")).toBe(true);
    // the entry itself is among its alternates, in its own language
    const own = new URL(entry.loc).pathname.split("/")[1];
    expect(links.find((l) => l.hreflang === own)?.href).toBe(entry.loc);
  }

  const robots = await (await request.get("/robots.txt")).text();
  expect(robots).toMatch(/^Sitemap: \S+\/sitemap\.xml$/m);
  expect(robots).toMatch(/^Disallow: \/\*\/editor$/m);
});

/** The page's JSON-LD, parsed, and expanded against schema.org's vocabulary (held here: no network). */
async function structuredData(page: import("@playwright/test").Page) {
  const blocks = await page.locator('script[type="application/ld+json"]').allTextContents();
  expect(blocks).toHaveLength(1);
  const data = JSON.parse(blocks[0]!);
  const documentLoader = async (url: string) => {
    if (!/^https?:\/\/schema\.org\/?$/.test(url)) throw new Error(`no context at ${url}`);
    return { documentUrl: url, document: { "@context": { "@vocab": "https://schema.org/" } } };
  };
  const expanded = (await jsonld.expand(data, { documentLoader, safe: true } as unknown as Parameters<typeof jsonld.expand>[1])) as Record<string, unknown>[];
  return { data, expanded: expanded[0]! };
}

test("articles carry a NewsArticle linked to its original or its translations, as valid JSON-LD", async ({ page }) => {
  await visit(page, articlePath("en"));
  const original = await structuredData(page);
  expect(original.data).toMatchObject({ "@context": "https://schema.org", "@type": "NewsArticle", inLanguage: "en", datePublished: "2020-12-21" });
  expect(original.expanded["@type"]).toEqual(["https://schema.org/NewsArticle"]);
  expect(original.expanded["https://schema.org/headline"]).toBeDefined();
  const translations: { "@id": string; inLanguage: string }[] = original.data.workTranslation;
  expect(translations.map((t) => t.inLanguage).sort()).toEqual(locales.filter((l) => l !== "en").sort());
  expect(original.data.image).toMatch(/\/en\/articles\/dushanbe-reinforces-border\/share\.png$/);

  for (const t of translations) {
    await visit(page, new URL(t["@id"]).pathname);
    const translation = await structuredData(page);
    expect(translation.data["@id"]).toBe(t["@id"]);
    expect(translation.data.inLanguage).toBe(t.inLanguage);
    expect(translation.data.translationOfWork).toMatchObject({ "@type": "NewsArticle", "@id": original.data["@id"], inLanguage: "en" });
    expect(translation.expanded["https://schema.org/translationOfWork"]).toBeDefined();
  }
});

test("glossary entries carry a DefinedTerm in the glossary's DefinedTermSet, as valid JSON-LD", async ({ page }) => {
  for (const locale of locales) {
    await visit(page, `/${locale}/glossary/jamaat-ansarullah`);
    const { data, expanded } = await structuredData(page);
    expect(data).toMatchObject({ "@type": "DefinedTerm", termCode: "jamaat-ansarullah", inDefinedTermSet: { "@type": "DefinedTermSet", inLanguage: locale } });
    expect(data.name).toBe(await page.getByRole("heading", { level: 1 }).textContent());
    expect(data.inDefinedTermSet["@id"]).toMatch(new RegExp(`/${locale}/glossary$`));
    expect(expanded["@type"]).toEqual(["https://schema.org/DefinedTerm"]);
    expect(expanded["https://schema.org/inDefinedTermSet"]).toBeDefined();
  }
});

test("articles and entries have Open Graph and Twitter cards with a share image drawn for them", async ({ page, request }) => {
  for (const path of [articlePath("fa"), "/ru/glossary/warduj"]) {
    await page.goto(path);
    const og = (property: string) => page.locator(`meta[property="og:${property}"]`).first().getAttribute("content");
    const twitter = (name: string) => page.locator(`meta[name="twitter:${name}"]`).first().getAttribute("content");
    expect(await og("title")).toBe(await page.getByRole("heading", { level: 1 }).textContent());
    expect(await twitter("card")).toBe("summary_large_image");
    const image = (await og("image"))!;
    expect(image).toBe(await twitter("image"));
    expect(await og("image:width")).toBe("1200");
    const png = await request.get(new URL(image).pathname);
    expect(png.headers()["content-type"]).toBe("image/png");
    const body = await png.body();
    expect(body.subarray(1, 4).toString()).toBe("PNG");
    expect(body.readUInt32BE(16)).toBe(1200);
    expect(body.readUInt32BE(20)).toBe(630);
  }
});
