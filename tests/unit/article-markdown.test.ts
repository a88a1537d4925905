import fs from "node:fs";
import { ArticleParseError, parseArticleMarkdown } from "@/lib/import/article-markdown";

const front = ["---", "slug: a-story", "locale: en", "title: A story", "authors: One; Two", "publisher: RFE/RL", "date: 2020-12-21", "---", ""];

describe("parseArticleMarkdown", () => {
  test("parses front matter, paragraphs with stable anchors and subheadings", () => {
    const a = parseArticleMarkdown([...front, "First line", "continues.", "", "## Part two", "", "Second."].join("\n"));
    expect(a.authors).toEqual(["One", "Two"]);
    expect(a.blocks).toEqual([
      { kind: "paragraph", anchor: "p1", text: "First line continues.", line: 10 },
      { kind: "heading", anchor: "s1", text: "Part two", line: 13 },
      { kind: "paragraph", anchor: "p2", text: "Second.", line: 15 },
    ]);
  });

  test("accepts a BOM and CRLF line ends", () => {
    const a = parseArticleMarkdown("\uFEFF" + [...front, "Text."].join("\r\n"));
    expect(a.blocks[0]!.text).toBe("Text.");
  });

  test("reports every problem with its line", () => {
    const bad = ["---", "slug: Not A Slug", "locale: xx", "title: T", "authors: A", "publisher: P", "date: 21/12/2020", "---", "", "<script>x</script>"].join("\n");
    try {
      parseArticleMarkdown(bad);
      throw new Error("expected a parse error");
    } catch (error) {
      expect(error).toBeInstanceOf(ArticleParseError);
      const problems = (error as ArticleParseError).problems;
      expect(problems).toEqual(
        expect.arrayContaining([
          expect.stringMatching(/^line 2: slug/),
          expect.stringMatching(/^line 3: locale/),
          expect.stringMatching(/^line 7: date/),
          expect.stringMatching(/^line 10: HTML/),
        ]),
      );
    }
  });

  test("the seed article has 39 paragraphs and three subheadings", () => {
    const a = parseArticleMarkdown(fs.readFileSync("prisma/data/articles/dushanbe-reinforces-border/en.md", "utf8"));
    expect(a.blocks.filter((b) => b.kind === "paragraph")).toHaveLength(39);
    expect(a.blocks.filter((b) => b.kind === "heading").map((b) => b.text)).toEqual([
      "List Of Names",
      "A 'Real Threat'",
      "Families Under Fire",
    ]);
    expect(a.authors).toEqual(["Farangis Najibullah", "Mumin Ahmadi"]);
  });
});
