import { fold, foldWithMap } from "@/lib/text/normalize";

describe("fold", () => {
  test.each([
    // Latin: case and diacritics
    ["Jamaat Ansarullah", "jamaat ansarullah"],
    ["Bādakhshān", "badakhshan"],
    ["  Many   spaces\u00a0here ", "many spaces here"],
    ["Taliban’s", "taliban's"],
    ["Sar‑i Sang", "sar-i sang"],
    // Cyrillic: Russian ё й, Tajik letters to their Russian look-alikes
    ["Ёлка", "елка"],
    ["Ҷамоати Ансоруллоҳ", "чамоати ансоруллох"],
    ["Вардуҷ", "вардуч"],
    ["Қӯҳистон", "кухистон"],
    ["Ғарм", "гарм"],
    ["Тоҷикистонӣ", "точикистони"],
    // Persian: Arabic letter forms, harakat, tatweel, hamza carriers, digits
    ["علي", "علی"],
    ["كابل", "کابل"],
    ["وَردوج", "وردوج"],
    ["جُرم", "جرم"],
    ["بدخشـــان", "بدخشان"],
    ["آزادی", "ازادی"],
    ["۲۰۱۰", "2010"],
    ["٢٠١٠", "2010"],
    // ZWNJ is a morpheme boundary: it becomes a space; ZWJ and bidi controls vanish
    ["ازبک\u200cها", "ازبک ها"],
    ["سلفی\u200dگری", "سلفیگری"],
    ["\u202bطالبان\u202c", "طالبان"],
  ])("%s → %s", (input, expected) => {
    expect(fold(input)).toBe(expected);
  });

  test("maps every folded unit back to its original offset", () => {
    const text = "Ҷамоат وَردوج ـ Bādakhshān";
    const { text: folded, origin } = foldWithMap(text);
    expect(origin).toHaveLength(folded.length + 1);
    expect(origin[folded.length]).toBe(text.length);
    const at = folded.indexOf("badakhshan");
    expect(text.slice(origin[at], origin[at + "badakhshan".length])).toBe("Bādakhshān");
    const w = folded.indexOf("وردوج");
    expect(text.slice(origin[w], origin[w + 5])).toBe("وَردوج");
  });

  test("keeps characters outside the Basic Multilingual Plane whole", () => {
    const { text: folded, origin } = foldWithMap("a😀b");
    expect(folded).toBe("a😀b");
    expect([...origin]).toEqual([0, 1, 1, 3, 4]);
  });
});
