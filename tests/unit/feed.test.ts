import fs from "node:fs";
import { FeedReadError, readFeed } from "@/lib/extract/feed";
import { fill } from "../support/fixture-server";

const feed = (name: string) => fill(fs.readFileSync(`tests/fixtures/news/${name}`, "utf8"), new URL("http://localhost/?name=Nazarov&run=42"), "https://feeds.example");

describe("the feed reader", () => {
  test("RSS 2.0: each item's guid is its key, its link its page, its pubDate its date (time zones applied)", () => {
    const read = readFeed(feed("feed.rss"), "https://feeds.example/feed.rss");
    expect(read.title).toBe("Pamir Herald – Central Asia");
    expect(read.items).toEqual([
      { key: "pamirherald-31415-42", url: "https://feeds.example/news/jsonld-article.html?name=Nazarov", title: "Border Villages Brace As Militants Regroup Near Warduj", published: "2021-07-01" },
      { key: "kabul-ledger-123-42", url: "https://feeds.example/news/plain-article.html?name=Nazarov", title: "Lapis Lazuli Mines Change Hands Again", published: "2021-06-20" },
      { key: "section-42", url: "https://feeds.example/news/section-index.html", title: "Central Asia section", published: null },
    ]);
    expect(read.skipped).toBe(0);
  });

  test("Atom: the entry's id is its key, its alternate link resolved against the feed's address, an entry without a link skipped", () => {
    const read = readFeed(feed("feed.atom"), "https://feeds.example/feed.atom");
    expect(read.title).toBe("Новости Памира");
    expect(read.items).toEqual([
      { key: "tag:pamirnews.example,2021-07-02:/n/777-42", url: "https://feeds.example/news/og-article.html?name=Nazarov", title: "В Горном Бадахшане усилили охрану границы", published: "2021-07-02" },
    ]);
    expect(read.skipped).toBe(1);
  });

  test("an RSS item without a guid is known by its link", () => {
    const xml = `<?xml version="1.0"?><rss version="2.0"><channel><title>T</title><link>https://x.example/</link><description>d</description>
      <item><title>One</title><link>https://x.example/one</link></item></channel></rss>`;
    expect(readFeed(xml, null).items).toEqual([{ key: "https://x.example/one", url: "https://x.example/one", title: "One", published: null }]);
  });

  test("a web page or a JSON document is not a feed; a feed cut short gives the items it has", () => {
    expect(() => readFeed("<html><body><p>Hello</p></body></html>", null)).toThrow(FeedReadError);
    expect(() => readFeed('{"items": []}', null)).toThrow(FeedReadError);
    const cut = feed("feed.rss").slice(0, feed("feed.rss").indexOf("<item>", feed("feed.rss").indexOf("</item>")));
    expect(readFeed(cut, null).items.map((i) => i.key)).toEqual(["pamirherald-31415-42"]);
  });
});
