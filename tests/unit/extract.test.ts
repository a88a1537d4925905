import fs from "node:fs";
import { extractArticle, ExtractError, htmlToBlocks, isoDate, splitAuthors } from "@/lib/extract/article";
import { decodeBody } from "@/lib/net/fetch";
import { fill, toCp1251 } from "../support/fixture-server";

/** A saved page of tests/fixtures/news, as the fixture server serves it. */
const page = (name: string) => fill(fs.readFileSync(`tests/fixtures/news/${name}`, "utf8"), new URL("http://localhost/?name=Rustam%20Nazarov"), "http://localhost");
const text = (blocks: { text: string }[]) => blocks.map((b) => b.text).join("\n");

describe("an article from a saved page", () => {
  test("a news site with JSON-LD NewsArticle: metadata from JSON-LD over Open Graph and meta tags; only the story's text", () => {
    const article = extractArticle(page("jsonld-article.html"), "https://mirror.example/story");
    expect(article).toMatchObject({
      title: "Border Villages Brace As Militants Regroup Near Warduj",
      authors: ["Nigora Saidova", "Daler Rahimov"],
      publisher: "Pamir Herald",
      date: "2021-07-01",
      url: "https://pamirherald.example/a/border-villages-brace/31415.html",
      language: "en-US",
    });
    expect(article.blocks.map((b) => b.kind)).toEqual(["paragraph", "paragraph", "paragraph", "heading", "paragraph", "paragraph"]);
    expect(article.blocks[0]!.text).toMatch(/^Residents of villages along the Panj River/);
    expect(article.blocks[3]).toEqual({ kind: "heading", text: "Fear on both banks" });
    // typographic quotes from entities, the byline, ads, share tools, related links, newsletter, comments, cookie banner: gone
    expect(text(article.blocks)).toContain("“We watch the other bank and we count the trucks,”");
    for (const junk of ["Advertisement", "Share on Facebook", "Copy link", "Related", "Subscribe", "Stay safe", "cookies", "By Nigora", "Central Asia ›", "©"]) {
      expect(text(article.blocks)).not.toContain(junk);
    }
  });

  test("no markup survives: scripts, styles, event attributes, iframes and images are not text", () => {
    const blocks = extractArticle(page("jsonld-article.html"), null).blocks;
    const all = JSON.stringify(blocks);
    for (const markup of ["<", "onerror", "onclick", "document.write", "iframe", "alert("]) expect(all).not.toContain(markup);
    expect(htmlToBlocks('<p>Safe <b>bold</b> <a href="javascript:alert(1)">link</a> text<script>alert(1)</script><style>p{}</style></p><iframe src="x"></iframe><h3 onclick="x()">Head</h3><p>More text here.</p>')).toEqual([
      { kind: "paragraph", text: "Safe bold link text" },
      { kind: "heading", text: "Head" },
      { kind: "paragraph", text: "More text here." },
    ]);
  });

  test("a Russian page without JSON-LD, sent in windows-1251: Open Graph title, site name and date, the author from meta tags", () => {
    const html = decodeBody(toCp1251(page("og-article.html")), "text/html; charset=windows-1251");
    const article = extractArticle(html, "https://pamirnews.example/n/777");
    expect(article).toMatchObject({
      title: "В Горном Бадахшане усилили охрану границы",
      authors: ["Ольга Иванова"],
      publisher: "Новости Памира",
      date: "2021-07-02",
      url: "https://pamirnews.example/n/777",
      language: "ru",
    });
    expect(article.blocks.map((b) => b.kind)).toEqual(["paragraph", "paragraph", "paragraph", "heading", "paragraph"]);
    for (const junk of ["Популярное", "Курс валют", "ВКонтакте", "Читайте также", "Просмотров", "18+"]) expect(text(article.blocks)).not.toContain(junk);
  });

  test("an old table-layout page with no metadata: the title from <title> without the site's name, the byline and date from the text", () => {
    const article = extractArticle(page("plain-article.html"), "https://ledger.example/2021/06/20/lapis");
    expect(article).toMatchObject({ title: "Lapis Lazuli Mines Change Hands Again", authors: ["Farid Noori"], publisher: null, date: "2021-06-20", language: null });
    expect(article.blocks).toHaveLength(4);
    expect(article.blocks[0]!.text).toMatch(/^The lapis lazuli mines of Sar-i Sang/);
    for (const junk of ["Sections", "Archive", "Print this story", "Copyright"]) expect(text(article.blocks)).not.toContain(junk);
  });

  test("a section page (a list of headlines) is not an article; a JSON document or plain text is not HTML", () => {
    expect(() => extractArticle(page("section-index.html"), null)).toThrow(expect.objectContaining({ code: "notAnArticle" }));
    expect(() => extractArticle('{"title": "not a page"}', null)).toThrow(ExtractError);
    expect(() => extractArticle("Just some words.", null)).toThrow(expect.objectContaining({ code: "notHtml" }));
  });

  test("dates and bylines in the forms pages write them", () => {
    expect(isoDate("2021-07-01T06:15:00Z")).toBe("2021-07-01");
    expect(isoDate("Thu, 01 Jul 2021 06:15:00 GMT")).toBe("2021-07-01");
    expect(isoDate("yesterday")).toBeNull();
    expect(splitAuthors("By Jane Doe and John Roe")).toEqual(["Jane Doe", "John Roe"]);
    expect(splitAuthors("Ольга Иванова и Пётр Петров")).toEqual(["Ольга Иванова", "Пётр Петров"]);
    expect(splitAuthors("https://site.example/authors/x")).toEqual([]);
  });
});
