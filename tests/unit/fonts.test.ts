import fs from "node:fs";
import { charactersOf, families, preloadedFaces, subsets, unicodeRange, type Subset } from "@/lib/fonts/faces";
import { locales, writing } from "@/lib/locales";

/** The letters of a locale's own script in its interface strings and its article editions. */
function lettersOf(locale: (typeof locales)[number]): string[] {
  const script = { latin: /\p{Script=Latin}/u, cyrillic: /\p{Script=Cyrillic}/u, arabic: /\p{Script=Arabic}/u }[writing[locale].script];
  const editions = fs
    .readdirSync("prisma/data/articles")
    .map((slug) => `prisma/data/articles/${slug}/${locale}.md`)
    .filter((file) => fs.existsSync(file));
  const text = [`messages/${locale}.json`, ...editions].map((file) => fs.readFileSync(file, "utf8")).join("");
  return [...new Set(text)].filter((c) => script.test(c));
}
const covers = (subset: Subset, c: string) => subsets[subset].ranges.some(([from, to]) => c.codePointAt(0)! >= from && c.codePointAt(0)! <= to);

describe("the web fonts", () => {
  test.each(locales)("every letter of the %s interface and edition is in a subset its pages preload", (locale) => {
    const preloaded = preloadedFaces(locale).map((key) => key.split("/")[1] as Subset);
    const missing = lettersOf(locale).filter((c) => !preloaded.some((subset) => covers(subset, c)));
    expect(missing).toEqual([]);
  });

  test.each(locales)("the %s pages preload only the regular weight of their own script's subsets", (locale) => {
    const keys = preloadedFaces(locale);
    expect(keys.length).toBeGreaterThan(0);
    for (const key of keys) {
      const [, subset, weight] = key.split("/");
      expect(weight).toBe("400");
      if (writing[locale].script === "arabic") expect(subset).toBe("arabic");
      else expect(subset).not.toBe("arabic");
      if (writing[locale].script === "latin") expect(subset).toBe("latin");
    }
  });

  test("the letters beyond the basic Cyrillic block have a small file of their own: only letters Tajik text uses, preloaded only by it", () => {
    const tajik = locales.filter((l) => writing[l].extraLetters).flatMap(lettersOf);
    const extra = charactersOf("cyrillic-extra");
    expect([...extra].filter((c) => !tajik.includes(c) && !tajik.includes(c.toLowerCase()) && !tajik.includes(c.toUpperCase()))).toEqual([]);
    expect(unicodeRange("cyrillic-extra").split(",")).toHaveLength(extra.length);
    const withExtra = locales.filter((l) => preloadedFaces(l).some((k) => k.includes("cyrillic-extra")));
    expect(withExtra).toEqual(locales.filter((l) => writing[l].extraLetters));
  });

  test("no family serves a script the site does not write", () => {
    expect(families.flatMap((f) => f.subsets).sort()).toEqual(["arabic", "cyrillic", "cyrillic-extra", "latin"]);
  });
});
