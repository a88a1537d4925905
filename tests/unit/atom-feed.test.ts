import { Readable } from "node:stream";
import FeedParser from "feedparser";
import { atomFeed } from "@/lib/feed/atom";

async function parse(xml: string) {
  const parser = new FeedParser({});
  const items: FeedParser.Item[] = [];
  const meta = new Promise<FeedParser.Meta>((resolve, reject) => {
    parser.on("error", reject);
    parser.on("readable", () => {
      for (let item = parser.read(); item; item = parser.read()) items.push(item);
    });
    parser.on("end", () => resolve(parser.meta));
  });
  Readable.from([xml]).pipe(parser);
  return { meta: await meta, items };
}

test("an Atom feed that a feed parser reads back: text escaped, dates in RFC 3339, every edition an alternate", async () => {
  const xml = atomFeed({
    lang: "fa",
    title: "Tarjuma",
    subtitle: "News <with> & marks",
    self: "https://tarjuma.example/fa/feed.xml",
    home: "https://tarjuma.example/fa",
    entries: [
      {
        url: "https://tarjuma.example/fa/articles/a",
        title: "دوشنبه & <مرز>",
        summary: "Text with \"quotes\" & <tags>",
        lang: "fa",
        published: "2020-12-21",
        authors: ["فرنگیس نجیب‌الله", "Mumin Ahmadi"],
        alternates: ["fa", "en"].map((l) => ({ lang: l, url: `https://tarjuma.example/${l}/articles/a` })),
      },
    ],
  });
  expect(xml).toContain('<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="fa">');
  expect(xml).toContain("<updated>2020-12-21T00:00:00Z</updated>");
  const { meta, items } = await parse(xml);
  expect(meta["#type"]).toBe("atom");
  expect(meta.description).toBe("News <with> & marks");
  expect(items).toHaveLength(1);
  expect(items[0]!.title).toBe("دوشنبه & <مرز>");
  expect(items[0]!.guid).toBe("https://tarjuma.example/fa/articles/a");
  expect(items[0]!.pubdate?.toISOString()).toBe("2020-12-21T00:00:00.000Z");
  const links = [].concat(items[0]!["atom:link"]).map((l: { "@": { hreflang: string } }) => l["@"].hreflang);
  expect(links).toEqual(["fa", "en"]);
});
