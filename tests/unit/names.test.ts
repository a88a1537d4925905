import { findCandidateNames, type NameBlock } from "@/lib/text/names";

const block = (text: string, linked: string[] = []): NameBlock => ({
  anchor: "p1",
  text,
  linked: linked.map((name) => ({ start: text.indexOf(name), end: text.indexOf(name) + name.length })),
});

const names = (blocks: NameBlock[], others: string[] = []) => findCandidateNames(blocks, others).map((c) => [c.text, c.count]);

describe("names not in the glossary", () => {
  test("capitalised runs in English, with particles inside names, counted, glossary names left out", () => {
    const text =
      "Latif Pedram, an Afghan lawmaker, met officials of the Ministry of Defence in Kabul. Pedram said the Taliban had reached Faizabad. Abu al-Hasan was not there; Latif Pedram was.";
    expect(names([block(text, ["Taliban", "Faizabad", "Kabul"])])).toEqual([
      ["Latif Pedram", 2],
      ["Abu al-Hasan", 1],
      ["Afghan", 1],
      ["Ministry of Defence", 1],
      ["Pedram", 1],
    ]);
  });

  test("a capitalised word that only starts a sentence is not a name; one the text capitalises mid-sentence is", () => {
    const text = "Residents fled. Villagers in Warduj say Residents left too. Officials declined to comment. Meanwhile, residents waited.";
    const found = names([block(text)]).map(([n]) => n);
    expect(found).toContain("Warduj");
    expect(found).not.toContain("Officials");
    expect(found).not.toContain("Meanwhile");
    // "Residents" is also written in lower case: a common word
    expect(found).not.toContain("Residents");
  });

  test("leading common words and titles go: The Taliban → Taliban, President Emomali Rahmon → Emomali Rahmon", () => {
    expect(names([block("Later, President Emomali Rahmon spoke. The Hizb-e Wahdat answered. In Khorugh, people listened.")]).map(([n]) => n)).toEqual([
      "Emomali Rahmon",
      "Hizb-e Wahdat",
      "Khorugh",
    ]);
  });

  test("Cyrillic: Russian and Tajik names, inflected forms counted apart", () => {
    const ru = "Житель кишлака Рустам Назаров рассказал, что в Хороге тихо. По словам Назарова, в Хороге закрыт рынок.";
    expect(names([block(ru)])).toEqual([
      ["Хороге", 2],
      ["Назарова", 1],
      ["Рустам Назаров", 1],
    ]);
    const tg = "Сокини деҳа Рустам Назаров гуфт, ки дар Хоруғ ором аст. Ба гуфтаи ӯ, Вазорати корҳои дохилӣ хомӯш аст.";
    expect(names([block(tg)]).map(([n]) => n)).toEqual(["Вазорати", "Рустам Назаров", "Хоруғ"]);
  });

  test("Persian: the counterparts of names the other editions have, found by their consonants", () => {
    const fa = "لطیف پدرام، قانون‌گذار افغان، گفت که رستم نظروف در خاروغ دیده شده است.";
    const found = findCandidateNames([block(fa)], ["Latif Pedram", "Rustam Nazarov", "Khorugh", "Ministry of Defence"]);
    expect(found.map((c) => c.text)).toEqual(["خاروغ", "رستم نظروف", "لطیف پدرام"]);
    // a counterpart the glossary already links is left out
    expect(findCandidateNames([block(fa, ["لطیف پدرام"])], ["Latif Pedram"]).map((c) => c.text)).toEqual([]);
  });

  test("each name comes with a snippet around its first occurrence", () => {
    const [first] = findCandidateNames([block("In the valley, Qurbon Tilloev keeps bees. Qurbon Tilloev also keeps goats.")]);
    expect(first).toMatchObject({ text: "Qurbon Tilloev", count: 2, anchor: "p1" });
    expect(first!.snippet).toEqual({ before: "In the valley, ", name: "Qurbon Tilloev", after: " keeps bees. Qurbon Tilloev also keeps goats." });
  });
});
