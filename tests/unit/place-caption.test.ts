import fs from "node:fs";
import { createTranslator } from "use-intl/core";
import { captionText, placeCaption, type CaptionMessages } from "@/lib/geo/place-caption";
import { declineRussian } from "@/lib/text/declension";
import { locales, type Locale } from "@/lib/locales";
import type { PlaceUnit, PlaceView } from "@/lib/types";

/** The Map messages of a locale, as the pages format them. */
const messagesOf = (locale: Locale): CaptionMessages => {
  const messages = JSON.parse(fs.readFileSync(`messages/${locale}.json`, "utf8"));
  const t = createTranslator({ locale, messages, namespace: "Map" });
  return (key, values) => t(key, values);
};

type Named = Record<Locale, string>;
const unitOf = (slug: string, unit: PlaceUnit, name: Named) => ({ slug, unit, name });
const afghanistan = unitOf("afghanistan", "country", { en: "Afghanistan", ru: "Афганистан", tg: "Афғонистон", fa: "افغانستان" });
const tajikistan = unitOf("tajikistan", "country", { en: "Tajikistan", ru: "Таджикистан", tg: "Тоҷикистон", fa: "تاجیکستان" });
const badakhshan = unitOf("badakhshan", "province", { en: "Badakhshan Province", ru: "провинция Бадахшан", tg: "вилояти Бадахшон", fa: "ولایت بدخشان" });
const kuran = unitOf("kuran-wa-munjan", "district", { en: "Kuran wa Munjan", ru: "Куран-ва-Мунджан", tg: "Курону Мунҷон", fa: "کران و منجان" });
const sughd = unitOf("sughd", "province", { en: "Sughd Province", ru: "Согдийская область", tg: "вилояти Суғд", fa: "ولایت سغد" });
const gbao = unitOf("gorno-badakhshan", "autonomous-region", {
  en: "Gorno-Badakhshan Autonomous Region",
  ru: "Горно-Бадахшанская автономная область",
  tg: "Вилояти Мухтори Кӯҳистони Бадахшон",
  fa: "ولایت خودمختار کوهستان بدخشان",
});

const place = (locale: Locale, own: ReturnType<typeof unitOf>, ...chain: ReturnType<typeof unitOf>[]): Pick<PlaceView, "slug" | "name" | "unit" | "chain"> => ({
  slug: own.slug,
  name: own.name[locale],
  unit: own.unit,
  chain: chain.map((c) => ({ slug: c.slug, name: c.name[locale], unit: c.unit })),
});
const caption = (locale: Locale, country: string, own: ReturnType<typeof unitOf>, ...chain: ReturnType<typeof unitOf>[]) =>
  captionText(placeCaption(locale, place(locale, own, ...chain), country, messagesOf(locale)));

const maymay = unitOf("maymay", "district", { en: "Maymay", ru: "Маймай", tg: "Моймай", fa: "مایمی" });

describe("what a place is and where, in the reader's language", () => {
  test("a district: its unit word, then its province in the case the sentence needs, then its country", () => {
    expect(caption("en", "AF", maymay, badakhshan, afghanistan)).toBe("Maymay, a district of Badakhshan Province, Afghanistan");
    expect(caption("ru", "AF", maymay, badakhshan, afghanistan)).toBe("Маймай — уезд провинции Бадахшан, Афганистан");
    expect(caption("tg", "AF", maymay, badakhshan, afghanistan)).toBe("Моймай — вулусволии вилояти Бадахшон, Афғонистон");
    expect(caption("fa", "AF", maymay, badakhshan, afghanistan)).toBe("مایمی، یکی از ولسوالی\u200cهای ولایت بدخشان، افغانستان");
  });

  test("a name that carries its unit word does not get it twice", () => {
    expect(caption("en", "AF", badakhshan, afghanistan)).toBe("Badakhshan Province, Afghanistan");
    expect(caption("ru", "AF", badakhshan, afghanistan)).toBe("Провинция Бадахшан, Афганистан");
    expect(caption("tg", "AF", badakhshan, afghanistan)).toBe("Вилояти Бадахшон, Афғонистон");
    expect(caption("fa", "AF", badakhshan, afghanistan)).toBe("ولایت بدخشان، افغانستان");
    const jurm = unitOf("jurm", "district", { en: "Jurm", ru: "Джурм", tg: "вулусволии Ҷурм", fa: "ولسوالی جرم" });
    expect(caption("tg", "AF", jurm, badakhshan, afghanistan)).toBe("Вулусволии Ҷурм, вилояти Бадахшон, Афғонистон");
    expect(caption("ru", "AF", jurm, badakhshan, afghanistan)).toBe("Джурм — уезд провинции Бадахшан, Афганистан");
  });

  test("units differ by country, and a parent whose name lacks its unit word gets it", () => {
    const khujand = unitOf("khujand", "city", { en: "Khujand", ru: "Худжанд", tg: "Хуҷанд", fa: "خجند" });
    expect(caption("ru", "TJ", khujand, sughd, tajikistan)).toBe("Худжанд — город Согдийской области, Таджикистан");
    expect(caption("fa", "TJ", khujand, sughd, tajikistan)).toBe("خجند، یکی از شهرهای ولایت سغد، تاجیکستان");
    const khorugh = unitOf("khorugh", "town", { en: "Khorugh", ru: "Хорог", tg: "Хоруғ", fa: "خاروغ" });
    expect(caption("en", "TJ", khorugh, gbao, tajikistan)).toBe("Khorugh, a town in Gorno-Badakhshan Autonomous Region, Tajikistan");
    expect(caption("ru", "TJ", khorugh, gbao, tajikistan)).toBe("Хорог — город Горно-Бадахшанской автономной области, Таджикистан");
    expect(caption("tg", "TJ", khorugh, gbao, tajikistan)).toBe("Хоруғ — шаҳри Вилояти Мухтори Кӯҳистони Бадахшон, Тоҷикистон");
    const nurobod = unitOf("nurobod", "district", { en: "Nurobod", ru: "Нурабадский район", tg: "Нуробод", fa: "نورآباد" });
    expect(caption("ru", "TJ", nurobod, tajikistan)).toBe("Нурабадский район, Таджикистан");
    expect(caption("tg", "TJ", nurobod, tajikistan)).toBe("Нуробод — ноҳияи Тоҷикистон");
    expect(caption("fa", "TJ", nurobod, tajikistan)).toBe("نورآباد، یکی از ناحیه\u200cهای تاجیکستان");
    const sarISang = unitOf("sar-i-sang", "village", { en: "Sar-i Sang", ru: "Сары-Санг", tg: "Сари Санг", fa: "سرسنگ" });
    expect(caption("ru", "AF", sarISang, kuran, badakhshan, afghanistan)).toBe("Сары-Санг — селение уезда Куран-ва-Мунджан, провинция Бадахшан, Афганистан");
    expect(caption("tg", "AF", sarISang, kuran, badakhshan, afghanistan)).toBe("Сари Санг — деҳаи вулусволии Курону Мунҷон, вилояти Бадахшон, Афғонистон");
    expect(caption("fa", "AF", sarISang, kuran, badakhshan, afghanistan)).toBe("سرسنگ، یکی از روستاهای ولسوالی کران و منجان، ولایت بدخشان، افغانستان");
    const dushanbe = unitOf("dushanbe", "city", { en: "Dushanbe", ru: "Душанбе", tg: "Душанбе", fa: "دوشنبه" });
    expect(caption("ru", "TJ", dushanbe, tajikistan)).toBe("Душанбе — город Таджикистана");
    const kp = unitOf("khyber-pakhtunkhwa", "province", { en: "Khyber Pakhtunkhwa", ru: "Хайбер-Пахтунхва", tg: "Хайбар-Пахтунхва", fa: "خیبر پختونخوا" });
    const pakistan = unitOf("pakistan", "country", { en: "Pakistan", ru: "Пакистан", tg: "Покистон", fa: "پاکستان" });
    expect(caption("fa", "PK", kp, pakistan)).toBe("خیبر پختونخوا، یکی از استان\u200cهای پاکستان");
    expect(caption("ru", "PK", kp, pakistan)).toBe("Хайбер-Пахтунхва — провинция Пакистана");
  });

  test("a feature in no unit is named with its kind; a country is just its name", () => {
    const pamirs = unitOf("pamirs", "mountains", { en: "Pamirs", ru: "Памир", tg: "Помир", fa: "پامیر" });
    expect(locales.map((l) => caption(l, "none", pamirs))).toEqual(["Pamirs, a mountain range", "Памир — горная система", "Помир — кӯҳсор", "پامیر، رشته\u200cکوه"]);
    expect(locales.map((l) => caption(l, "AF", afghanistan))).toEqual(["Afghanistan", "Афганистан", "Афғонистон", "افغانستان"]);
  });

  test("the place is marked and each unit carries its slug, for the links", () => {
    const parts = placeCaption("ru", place("ru", maymay, badakhshan, afghanistan), "AF", messagesOf("ru"));
    expect(parts).toEqual([
      { text: "Маймай", own: true },
      { text: " — уезд " },
      { text: "провинции Бадахшан", slug: "badakhshan" },
      { text: ", " },
      { text: "Афганистан", slug: "afghanistan" },
    ]);
  });
});

test("Russian names in the genitive and the instrumental", () => {
  const pairs = (names: string[]) => names.map((n) => [declineRussian(n, "genitive"), declineRussian(n, "instrumental")]);
  expect(pairs(["Таджикистан", "Китай", "Сирия", "Израиль", "Иордания", "Душанбе", "Согдийская область", "Нурабадский район"])).toEqual([
    ["Таджикистана", "Таджикистаном"],
    ["Китая", "Китаем"],
    ["Сирии", "Сирией"],
    ["Израиля", "Израилем"],
    ["Иордании", "Иорданией"],
    ["Душанбе", "Душанбе"],
    ["Согдийской области", "Согдийской областью"],
    ["Нурабадского района", "Нурабадским районом"],
  ]);
  expect(declineRussian("провинция Бадахшан", "genitive", 1)).toBe("провинции Бадахшан");
});
