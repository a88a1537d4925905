import { TermMatcher, type Pattern } from "@/lib/text/matcher";
import { suffixesFor } from "@/lib/text/inflection";

const found = (matcher: TermMatcher<string>, text: string, skip?: { start: number; end: number }[]) =>
  matcher.find(text, skip).map((m) => [text.slice(m.start, m.end), m.value]);

const names = (list: [string, string][]): Pattern<string>[] => list.map(([text, value]) => ({ text, value }));

describe("TermMatcher", () => {
  const matcher = new TermMatcher(
    names([
      ["Jamaat Ansarullah", "ja"],
      ["Ansarullah", "ansar"],
      ["Badakhshan", "badakhshan"],
      ["Badakhshan Province", "badakhshan"],
      ["Gorno-Badakhshan", "gbao"],
      ["Taliban", "taliban"],
      ["Islamic State", "is"],
      ["IS", "is"],
      ["RFE/RL", "rferl"],
      ["RFE/RL's Tajik Service", "ozodi"],
      ["Jurm", "jurm"],
      ["lapis lazuli", "lapis"],
    ]),
  );

  test("prefers the longest name where names overlap", () => {
    expect(found(matcher, "Jamaat Ansarullah and Ansarullah")).toEqual([
      ["Jamaat Ansarullah", "ja"],
      ["Ansarullah", "ansar"],
    ]);
    expect(found(matcher, "in the Badakhshan Province")).toEqual([["Badakhshan Province", "badakhshan"]]);
    expect(found(matcher, "told RFE/RL's Tajik Service and RFE/RL")).toEqual([
      ["RFE/RL's Tajik Service", "ozodi"],
      ["RFE/RL", "rferl"],
    ]);
    expect(found(matcher, "Gorno-Badakhshan borders Badakhshan")).toEqual([
      ["Gorno-Badakhshan", "gbao"],
      ["Badakhshan", "badakhshan"],
    ]);
  });

  test("matches whole words only", () => {
    expect(found(matcher, "Jurmala and Badakhshani and Talibanesque")).toEqual([]);
    expect(found(matcher, "xJurm Jurmx")).toEqual([]);
  });

  test("allows punctuation around names", () => {
    expect(found(matcher, '"Taliban," (Jurm); Taliban\'s, «Jurm» Taliban—Jurm.')).toEqual([
      ["Taliban", "taliban"],
      ["Jurm", "jurm"],
      ["Taliban", "taliban"],
      ["Jurm", "jurm"],
      ["Taliban", "taliban"],
      ["Jurm", "jurm"],
    ]);
  });

  test("folds case, but names in capitals match case-sensitively", () => {
    expect(found(matcher, "LAPIS LAZULI and Lapis Lazuli")).toHaveLength(2);
    expect(found(matcher, "This is it. The Islamic State (IS) is not Is.")).toEqual([
      ["Islamic State", "is"],
      ["IS", "is"],
    ]);
  });

  test("never matches inside skipped ranges such as links", () => {
    const text = "Taliban and [Taliban](https://example.org) and Taliban";
    const link = { start: text.indexOf("["), end: text.indexOf(")") + 1 };
    expect(matcher.find(text, [link]).map((m) => m.start)).toEqual([0, text.lastIndexOf("Taliban")]);
  });

  test("finds Cyrillic and Persian names as whole words", () => {
    const m = new TermMatcher(
      names([
        ["Бадахшан", "badakhshan"],
        ["Ҷамоати Ансоруллоҳ", "ja"],
        ["جماعت انصارالله", "ja"],
        ["ازبک", "uzbeks"],
        ["طالبان", "taliban"],
        ["بدخشان", "badakhshan"],
      ]),
    );
    expect(found(m, "в Бадахшан, не Бадахшанский")).toEqual([["Бадахшан", "badakhshan"]]);
    // Tajik typed with Russian look-alike letters
    expect(found(m, "Чамоати Ансоруллох")).toEqual([["Чамоати Ансоруллох", "ja"]]);
    // Arabic yeh/kaf and a ZWNJ suffix
    expect(found(m, "جماعت انصارالله و ازبك‌ها")).toEqual([
      ["جماعت انصارالله", "ja"],
      ["ازبك", "uzbeks"],
    ]);
    // harakat and tatweel inside the name, punctuation around it
    expect(found(m, "«طالـبان»، بَدَخشان.")).toEqual([
      ["طالـبان", "taliban"],
      ["بَدَخشان", "badakhshan"],
    ]);
    // a Persian name inside a longer word is not a match
    expect(found(m, "طالبانی")).toEqual([]);
  });

  test("takes inflected forms through the language's suffixes", () => {
    const ru = new TermMatcher(names([["Бадахшан", "b"], ["Таджикистан", "t"]]), { suffixes: suffixesFor("ru") });
    expect(found(ru, "в Бадахшане, из Таджикистана, Таджикистаном")).toEqual([
      ["Бадахшане", "b"],
      ["Таджикистана", "t"],
      ["Таджикистаном", "t"],
    ]);
    expect(found(ru, "Бадахшанцы")).toEqual([]);
  });

  test("Russian: case endings through the suffix rule, irregular forms through listed forms", () => {
    const ru = new TermMatcher(
      names([
        ["Джамаат Ансаруллах", "ja"],
        ["Джамаата Ансаруллах", "ja"],
        ["Бадахшан", "badakhshan"],
        ["Маймай", "maymay"],
        ["Маймае", "maymay"],
        ["Душанбе", "dushanbe"],
      ]),
      { suffixes: suffixesFor("ru") },
    );
    expect(found(ru, "боевики «Джамаата Ансаруллах» в Бадахшане и Бадахшаном, в Маймае, в Душанбе")).toEqual([
      ["Джамаата Ансаруллах", "ja"],
      ["Бадахшане", "badakhshan"],
      ["Бадахшаном", "badakhshan"],
      ["Маймае", "maymay"],
      ["Душанбе", "dushanbe"],
    ]);
    // a noun built on the name is another word
    expect(found(ru, "Бадахшанцы")).toEqual([]);
  });

  test("Russian endings with й (ой, ей, ской, ией) match: the text's й is folded to и, and so are the endings", () => {
    const ru = new TermMatcher(names([["салафит", "salafism"], ["Бадахшан", "badakhshan"]]), { suffixes: suffixesFor("ru") });
    expect(found(ru, "одежду, считающуюся салафитской; в Бадахшанской провинции, Бадахшанского")).toEqual([
      ["салафитской", "salafism"],
      ["Бадахшанской", "badakhshan"],
      ["Бадахшанского", "badakhshan"],
    ]);
    // every ending of the list that is written with й
    const withShortI = suffixesFor("ru").filter((x) => x.includes("й"));
    expect(withShortI).toEqual(expect.arrayContaining(["ой", "ей", "ской", "ией"]));
    for (const ending of withShortI) expect(found(ru, `Бадахшан${ending}`)).toEqual([[`Бадахшан${ending}`, "badakhshan"]]);
  });

  test("Tajik: object marker, izofa and plural; a proper noun that is also a common word matches only capitalised", () => {
    const tg = new TermMatcher(
      [
        { text: "Тоҷикистон", value: "tajikistan" },
        { text: "Ҷурм", value: "jurm", caseSensitive: true },
        { text: "Толибон", value: "taliban" },
      ],
      { suffixes: suffixesFor("tg") },
    );
    expect(found(tg, "Тоҷикистонро ва ноҳияҳои Вардуҷ ва Ҷурми ин вилоят; ҷурми онҳо; Толибонро")).toEqual([
      ["Тоҷикистонро", "tajikistan"],
      ["Ҷурми", "jurm"],
      ["Толибонро", "taliban"],
    ]);
  });

  test("Persian: a suffix after ZWNJ or written attached, and the same name without ZWNJ", () => {
    const fa = new TermMatcher(
      names([
        ["ازبک", "uzbeks"],
        ["چچن", "chechens"],
        ["سلفی‌گری", "salafism"],
      ]),
      { suffixes: suffixesFor("fa") },
    );
    expect(found(fa, "ازبک‌ها، چچنها و سلفی‌گری، سلفی گری")).toEqual([
      ["ازبک", "uzbeks"],
      ["چچنها", "chechens"],
      ["سلفی‌گری", "salafism"],
      ["سلفی گری", "salafism"],
    ]);
  });

  test("stays linear: many names and long text", () => {
    const patterns = Array.from({ length: 3000 }, (_, i) => ({ text: `name${i} term`, value: String(i) }));
    const big = new TermMatcher(patterns);
    const text = Array.from({ length: 2000 }, (_, i) => `x name${i % 3000} term y`).join(" ");
    const result = big.find(text);
    expect(result).toHaveLength(2000);
    expect(result[1999]!.value).toBe("1999");
  });
});
