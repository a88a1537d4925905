import { alignBlocks, alignmentProblems, type EditionConcepts } from "@/lib/text/alignment";
import { loadSeedData } from "@/prisma/seed";
import { seededDatabase } from "./support/seeded-db";

await seededDatabase();
const { getArticle } = await import("@/lib/db/articles");


const concepts = (locale: string, sets: string[][]): EditionConcepts => ({ locale, paragraphs: sets.map((s) => new Set(s)) });

describe("alignmentProblems", () => {
  test("is empty when every paragraph links the same concepts", () => {
    expect(alignmentProblems(concepts("en", [["a", "b"], []]), concepts("ru", [["b", "a"], []]))).toEqual([]);
  });

  test("names the paragraph and the concepts missing or extra on either side", () => {
    expect(alignmentProblems(concepts("en", [["a"], ["b"]]), concepts("fa", [["a", "c"], []]))).toEqual([
      "fa p1: linked only in the translation: c",
      "fa p2: not linked in the translation: b",
    ]);
    expect(alignmentProblems(concepts("en", [["a"], ["b"]]), concepts("tg", [["a"]]))).toEqual([
      "tg: 1 paragraphs, the original (en) has 2",
    ]);
  });
});

describe("alignBlocks", () => {
  const p = (concepts: string[], empty = false) => ({ kind: "paragraph" as const, empty, concepts: new Set(concepts) });
  const h = { kind: "heading" as const, empty: false, concepts: new Set<string>() };
  test("names each block that is missing, extra, of another kind, or links other concepts", () => {
    expect(alignBlocks([p(["a"]), h, p(["b"])], [p(["a"]), h, p(["b"])])).toEqual([]);
    expect(alignBlocks([p(["a"]), h, p(["b"])], [p(["a", "c"]), p([]), p([], true), p([])])).toEqual([
      { block: 0, kind: "onlyInTranslation", terms: ["c"] },
      { block: 1, kind: "kindDiffers" },
      { block: 2, kind: "missing" },
      { block: 3, kind: "extra" },
    ]);
    expect(alignBlocks([p(["a"]), p(["b"])], [p([])])).toEqual([
      { block: 0, kind: "notLinked", terms: ["a"] },
      { block: 1, kind: "missing" },
    ]);
  });
});

test("every translation of every article links the same concepts, paragraph by paragraph, as its original", async () => {
  const { editions } = loadSeedData();
  const problems: string[] = [];
  const originals = editions.filter((e) => !e.translationOf);
  for (const original of originals) {
    const linked = async (locale: typeof original.locale): Promise<EditionConcepts> => {
      const article = (await getArticle(original.slug, locale))!;
      expect(article.locale).toBe(locale);
      return {
        locale,
        paragraphs: article.blocks
          .filter((b) => b.kind === "paragraph")
          .map((b) => new Set(b.segments.flatMap((s) => ("term" in s ? [s.term] : [])))),
      };
    };
    const source = await linked(original.locale);
    for (const translation of editions.filter((e) => e.slug === original.slug && e.translationOf)) {
      problems.push(...alignmentProblems(source, await linked(translation.locale)));
    }
  }
  expect(problems).toEqual([]);
});
