import fs from "node:fs";
import { ArticleParseError, parseArticleMarkdown, unknownLinks } from "@/lib/import/article-markdown";

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

  test("an explicit link [text](glossary:slug) keeps its text and links that span, even across lines", () => {
    const a = parseArticleMarkdown(
      [...front, "Officers of [the security service](glossary:state-committee-for-national-security) spoke [a Persian", "dialect](glossary:tajik-language), with (brackets) and [a note] kept."].join("\n"),
    );
    const [block] = a.blocks;
    expect(block!.text).toBe("Officers of the security service spoke a Persian dialect, with (brackets) and [a note] kept.");
    expect(block!.links).toEqual([
      { start: 12, end: 32, slug: "state-committee-for-national-security", line: 10 },
      { start: 39, end: 56, slug: "tajik-language", line: 10 },
    ]);
    expect(block!.links!.map((l) => block!.text.slice(l.start, l.end))).toEqual(["the security service", "a Persian dialect"]);
    // a paragraph without links has none
    expect(parseArticleMarkdown([...front, "Plain."].join("\n")).blocks[0]).not.toHaveProperty("links");
  });

  test("a malformed glossary link, or one in a subheading, is refused with its line", () => {
    const problems = (lines: string[]) => {
      try {
        parseArticleMarkdown([...front, ...lines].join("\n"));
        return [];
      } catch (error) {
        return (error as ArticleParseError).problems;
      }
    };
    expect(problems(["Fine.", "", "A [bad slug](glossary:Not_A_Slug) here."])).toEqual([
      "line 12: [bad slug](glossary:Not_A_Slug): the link's slug must be a term's slug (lower-case letters, digits and single hyphens)",
    ]);
    expect(problems(["One line,", "then [a space](glossary: tajik-language)."])).toEqual([
      "line 11: a glossary link is written [text](glossary:slug): no space, bracket or parenthesis inside",
    ]);
    expect(problems(["A [ ](glossary:tajik-language)."])).toEqual(["line 10: [ ](glossary:tajik-language): the link has no text"]);
    expect(problems(["Text.", "", "## A [heading](glossary:tajik-language)"])).toEqual([
      "line 12: a subheading cannot link to the glossary (names are linked in paragraphs only)",
    ]);
  });

  test("unknownLinks names each link to no known term with its line", () => {
    const a = parseArticleMarkdown([...front, "[Known](glossary:known) and", "[unknown](glossary:nowhere)."].join("\n"));
    expect(unknownLinks(a, new Set(["known"]))).toEqual(['line 11: [unknown](glossary:nowhere): no glossary term has the slug "nowhere"']);
    expect(unknownLinks(a, new Set(["known", "nowhere"]))).toEqual([]);
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
