import { seededDatabase } from "./support/seeded-db";

/** Glossary search over the repository's glossary, in a real temporary SQLite file. */

await seededDatabase();
const { searchTerms } = await import("@/lib/db/search");


const first = async (q: string, locale: "en" | "ru" | "tg" | "fa" = "en") => (await searchTerms(q, locale, 5))[0];

test.each([
  ["ansorullo", "jamaat-ansarullah"],
  ["Ансаруллах", "jamaat-ansarullah"],
  ["انصارالله", "jamaat-ansarullah"],
  ["Tobarov", "amriddin-tabarov"],
  ["Maimai", "maymay"],
  ["Вардуҷ", "warduj"],
  ["Вардуч", "warduj"], // Tajik typed with the Russian letter
  ["وردوج", "warduj"],
  ["BADAKHSHAN", "badakhshan"],
  ["Pidrom", "latif-pedram"],
  ["Бадахшане", "badakhshan"], // an inflected form finds its term through the skeleton
  ["Talbian", "taliban"], // a typo
  ["جماعت انصار الله", "jamaat-ansarullah"],
  ["جماعت انصارالله", "jamaat-ansarullah"],
  ["طالبان", "taliban"],
  ["ﻃﺎﻟﺒﺎن", "taliban"], // presentation forms fold too
])("%s finds %s", async (q, slug) => {
  expect((await first(q))?.slug).toBe(slug);
});

test("ranks the exact name first, then names that start with it, then the rest", async () => {
  const results = await searchTerms("Badakhshan", "en", 10);
  expect(results[0]).toMatchObject({ slug: "badakhshan", match: "exact" });
  expect(results.map((r) => r.slug)).toContain("gorno-badakhshan");
  const kinds = results.map((r) => ["exact", "prefix", "word", "phonetic", "typo"].indexOf(r.match));
  expect(kinds).toEqual([...kinds].sort((a, b) => a - b));
});

test("shows the name in the reader's locale and the name that matched", async () => {
  const result = await first("Вардуҷ", "fa");
  expect(result).toMatchObject({ slug: "warduj", name: "وردوج", matched: { text: "Вардуҷ", tag: "tg", status: "preferred" }, match: "exact" });
});

test("prefixes match", async () => {
  expect((await first("lapis la"))?.slug).toBe("lapis-lazuli");
  expect((await first("Джама"))?.slug).toBe("jamaat-ansarullah");
});

test("search text is data, never syntax", async () => {
  for (const q of ['"a"b', "NEAR", "OR", "*", "(", ")", "a\"b", "%", "_", "'; DROP TABLE Term; --", "\uFFFD", "x".repeat(200)]) {
    await expect(searchTerms(q, "en", 10)).resolves.toEqual(expect.any(Array));
  }
  expect(await searchTerms("%", "en", 10)).toEqual([]);
  expect(await searchTerms("   ", "en", 10)).toEqual([]);
});

test("respects the limit", async () => {
  expect((await searchTerms("a", "en", 3)).length).toBeLessThanOrEqual(3);
});
