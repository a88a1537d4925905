import { loadSeedData, seed, type SeedData } from "@/prisma/seed";
import { migrate } from "@/lib/db/migrate";
import { termFileSchema, type TermFileInput } from "@/lib/import/glossary-schema";
import { parseArticleMarkdown, type ParsedArticle } from "@/lib/import/article-markdown";
import { alignmentProblems } from "@/lib/text/alignment";
import { tempDbPath } from "./support/temp-db";

/**
 * The data layer against a real temporary SQLite file: migrated by the same runner as the app,
 * seeded through Prisma, read back through lib/db only.
 */

const tmp = tempDbPath();
process.env.DATABASE_URL = tmp.url;

const { db } = await import("@/lib/db/client");
const { getArticle, listArticles, listArticleSlugs } = await import("@/lib/db/articles");
const { getTermCard, getTermEntry, listTerms } = await import("@/lib/db/terms");
const { searchTerms } = await import("@/lib/db/search");

const names = (en: string, extra: Record<string, unknown> = {}) => ({
  en: { preferred: en, translit: null, variants: [], aliases: [], forms: [], exact: [], ...extra },
  ru: { preferred: `${en} (ru)`, translit: en, variants: [], aliases: [], forms: [], exact: [] },
  tg: { preferred: `${en} (tg)`, translit: en, variants: [], aliases: [], forms: [], exact: [] },
  fa: { preferred: `${en} (fa)`, translit: en, variants: [], aliases: [], forms: [], exact: [] },
});

const small: SeedData = {
  sources: [{ key: "S1", title: "Source one", url: "https://example.org/1", date: "2020-12-21" }],
  terms: ([
    {
      slug: "alpha",
      kind: "place",
      asOf: "2020-12",
      names: names("Alpha", { aliases: ["Alpha Valley"] }),
      definitions: {
        en: { text: "Alpha in English.", sources: ["S1"] },
        ru: { text: "Альфа по-русски.", sources: ["S1"] },
        tg: null,
        fa: null,
      },
      claims: [],
      related: ["beta"],
    },
    {
      slug: "beta",
      kind: "person",
      asOf: "2020-12-21",
      names: names("Beta"),
      definitions: { en: { text: "Beta.", sources: ["S1"] }, ru: null, tg: null, fa: null },
      claims: [],
      related: [],
    },
    {
      slug: "gamma",
      kind: "organisation",
      asOf: "2020-12-21",
      names: names("Gamma"),
      definitions: { en: { text: "Gamma.", sources: ["S1"] }, ru: null, tg: null, fa: null },
      claims: [],
      related: [],
    },
    {
      // names in other languages, none in Tajik or Persian, a deprecated spelling
      slug: "delta",
      kind: "Astronomy",
      names: {
        ru: { preferred: "Дельта", variants: [{ text: "Делта", status: "deprecated" }] },
        en: { preferred: "Delta" },
        "fa-AF": { preferred: "دلتا" },
        de: { preferred: "Delta-Gebiet", variants: [{ text: "Deltagebiet", status: "superseded", partOfSpeech: "noun" }] },
      },
      definitions: { de: { text: "Ein Delta." } },
    },
    {
      slug: "epsilon",
      kind: "place",
      names: { de: { preferred: "Epsilon-Tal" }, es: { preferred: "Valle Épsilon" } },
    },
  ] satisfies TermFileInput[]).map((t) => termFileSchema.parse(t)),
  editions: [
    {
      slug: "story",
      locale: "en",
      title: "A story",
      authors: ["One", "Two"],
      publisher: "RFE/RL",
      date: "2020-12-21",
      blocks: [
        { kind: "paragraph", anchor: "p1", text: "Alpha Valley and Beta met in Alpha.", line: 1 },
        { kind: "heading", anchor: "s1", text: "Alpha heading", line: 2 },
        { kind: "paragraph", anchor: "p2", text: "Beta and Alpha again.", line: 3 },
      ],
    } satisfies ParsedArticle,
  ],
};

beforeAll(async () => {
  migrate(tmp.file);
  await seed(db(), small);
});
afterAll(async () => {
  await db().$disconnect();
  tmp.cleanup();
});

test("an article carries the cards of the terms it mentions, and only those", async () => {
  const article = await getArticle("story", "en");
  expect(article?.cards.map((c) => c.slug)).toEqual(["alpha", "beta"]);
});

test("paragraphs are cut into segments, longest name first, first mention per section marked", async () => {
  const article = (await getArticle("story", "en"))!;
  expect(article.blocks.map((b) => b.anchor)).toEqual(["p1", "s1", "p2"]);
  expect(article.blocks[0]!.segments).toEqual([
    { text: "Alpha Valley", term: "alpha", first: true },
    { text: " and " },
    { text: "Beta", term: "beta", first: true },
    { text: " met in " },
    { text: "Alpha", term: "alpha", first: false },
    { text: "." },
  ]);
  // headings are never linked, and a new section starts counting again
  expect(article.blocks[1]!.segments).toEqual([{ text: "Alpha heading" }]);
  expect(article.blocks[2]!.segments.filter((s) => "term" in s)).toEqual([
    { text: "Beta", term: "beta", first: true },
    { text: "Alpha", term: "alpha", first: true },
  ]);
});

test("a card shows the reader's locale, and falls back to English marked as such", async () => {
  const ru = (await getTermCard("alpha", "ru"))!;
  expect(ru.name).toBe("Alpha (ru)");
  expect(ru.definition).toEqual({ text: "Альфа по-русски.", tag: "ru", fallback: false });
  expect(ru.names.map((n) => n.tag)).toEqual(["en", "ru", "tg", "fa"]);
  expect(ru.sources).toEqual([{ key: "S1", title: "Source one", url: "https://example.org/1", date: "2020-12-21" }]);
  const fa = (await getTermCard("alpha", "fa"))!;
  expect(fa.definition).toEqual({ text: "Alpha in English.", tag: "en", fallback: true });
});

test("names in any language: the four reading locales first, the others apart; the name falls back to English, then any, and says so", async () => {
  const tg = (await getTermCard("delta", "tg"))!;
  expect(tg.names.map((n) => [n.tag, n.text])).toEqual([["en", "Delta"], ["ru", "Дельта"], ["fa-AF", "دلتا"]]);
  expect(tg.otherNames.map((n) => [n.tag, n.text])).toEqual([["de", "Delta-Gebiet"]]);
  expect([tg.name, tg.nameTag, tg.nameFallback]).toEqual(["Delta", "en", true]);
  // the Persian reader sees the Dari name as Persian (same language, fa), not as a fallback
  const fa = (await getTermCard("delta", "fa"))!;
  expect([fa.name, fa.nameTag, fa.nameFallback]).toEqual(["دلتا", "fa-AF", false]);
  // no English name at all: the first name there is
  const en = (await getTermCard("epsilon", "en"))!;
  expect([en.name, en.nameTag, en.nameFallback]).toEqual(["Epsilon-Tal", "de", true]);
  expect(en.definition).toBeNull();
  // an unknown kind is the neutral one, with its text kept as the subject; a definition only in German is shown as a fallback
  const de = (await getTermCard("delta", "en"))!;
  expect([de.kind, de.subject, de.asOf]).toEqual(["concept", "Astronomy", null]);
  expect(de.definition).toEqual({ text: "Ein Delta.", tag: "de", fallback: true });
});

test("the entry keeps a deprecated name's TBX meaning, and its details", async () => {
  const entry = (await getTermEntry("delta", "en"))!;
  const byText = Object.fromEntries(entry.entryNames.map((n) => [n.text, n]));
  expect(byText["Делта"]).toMatchObject({ tag: "ru", role: "variant", status: "deprecated", tbxStatus: "deprecated" });
  expect(byText["Deltagebiet"]).toMatchObject({ tag: "de", status: "superseded", partOfSpeech: "noun" });
  expect(byText["Delta"]).toMatchObject({ role: "preferred", status: null, tbxStatus: "preferred" });
});

test("search finds names in other languages, deprecated ones too, and says how they stand", async () => {
  const deprecated = await searchTerms("Делта", "en", 5);
  expect(deprecated[0]).toMatchObject({ slug: "delta", name: "Delta", matched: { text: "Делта", tag: "ru", status: "deprecated" } });
  const german = await searchTerms("Epsilon-Tal", "ru", 5);
  expect(german[0]).toMatchObject({ slug: "epsilon", name: "Epsilon-Tal", matched: { tag: "de" } });
});

test("a locale without an edition gets the original", async () => {
  const article = (await getArticle("story", "tg"))!;
  expect(article.locale).toBe("en");
  expect(article.originalLocale).toBe("en");
  expect(article.cards.map((c) => c.name)).toEqual(["Alpha (tg)", "Beta (tg)"]);
  expect(await listArticles("tg")).toEqual([
    { slug: "story", title: "A story", authors: ["One", "Two"], publisher: "RFE/RL", publishedOn: "2020-12-21", locale: "en" },
  ]);
});

test("unknown slugs are null, not errors", async () => {
  expect(await getArticle("nope", "en")).toBeNull();
  expect(await getTermCard("nope", "en")).toBeNull();
});

test("seeding again changes nothing", async () => {
  const before = await snapshot();
  await seed(db(), small);
  expect(await snapshot()).toEqual(before);
});

test("the repository's seed data loads and links every article term", async () => {
  const data = loadSeedData();
  const other = tempDbPath();
  process.env.DATABASE_URL = other.url;
  try {
    migrate(other.file);
    await seed(db(), data);
    expect((await listTerms("en")).length).toBeGreaterThanOrEqual(25);
    expect(await listArticleSlugs()).toContain("dushanbe-reinforces-border");
    const article = (await getArticle("dushanbe-reinforces-border", "en"))!;
    const linked = new Set(article.cards.map((c) => c.slug));
    for (const slug of ["jamaat-ansarullah", "maymay", "warduj", "jurm", "badakhshan", "dushanbe", "taliban", "islamic-state-khorasan", "amriddin-tabarov", "latif-pedram", "akhtar-muhammad-khairzada", "ahmad-aziz-barez", "pajhwok", "rferl", "radio-ozodi", "tajik-civil-war", "lapis-lazuli"]) {
      expect(linked).toContain(slug);
    }
    for (const card of article.cards) {
      expect(card.names.map((n) => n.tag)).toEqual(["en", "ru", "tg", "fa"]);
      expect(card.definition?.fallback).toBe(false);
    }
  } finally {
    await db().$disconnect();
    process.env.DATABASE_URL = tmp.url;
    other.cleanup();
  }
});

async function snapshot() {
  const client = db();
  return {
    terms: await client.term.findMany({ select: { slug: true, kind: true, asOf: true }, orderBy: { slug: "asc" } }),
    labels: await client.label.findMany({ select: { tag: true, text: true, role: true, status: true, translit: true }, orderBy: [{ tag: "asc" }, { text: "asc" }] }),
    notes: await client.note.count(),
    definitions: await client.definition.count(),
    mentions: await client.mention.findMany({ select: { start: true, length: true, term: { select: { slug: true } } }, orderBy: [{ start: "asc" }, { length: "asc" }] }),
    keys: await client.searchKey.count(),
    relations: await client.relation.count(),
  };
}

describe("explicit links ([text](glossary:slug) in an article's file)", () => {
  const edition = (locale: "en" | "ru", body: string): ParsedArticle =>
    parseArticleMarkdown(["---", "slug: linked", `locale: ${locale}`, ...(locale === "en" ? [] : ["translationOf: en"]), "title: Linked", "authors: One", "publisher: RFE/RL", "date: 2020-12-22", "---", "", body].join("\n"));
  const linked = async (locale: "en" | "ru") => ({
    locale,
    paragraphs: (await getArticle("linked", locale))!.blocks.map((b) => new Set(b.segments.flatMap((s) => ("term" in s ? [s.term] : [])))),
  });

  test("are shown like a found name, win over a name inside them, and count in the alignment check", async () => {
    const { writeEdition } = await import("@/lib/db/write");
    await writeEdition(db(), edition("en", "Officers of [the Alpha service](glossary:gamma) met Beta."));
    const article = (await getArticle("linked", "en"))!;
    expect(article.blocks[0]!.segments).toEqual([
      { text: "Officers of " },
      { text: "the Alpha service", term: "gamma", first: true },
      { text: " met " },
      { text: "Beta", term: "beta", first: true },
      { text: "." },
    ]);
    expect(article.cards.map((c) => c.slug)).toEqual(["beta", "gamma"]);
    const { getTermEntry } = await import("@/lib/db/terms");
    expect((await getTermEntry("gamma", "en"))!.appearances).toEqual([
      { articleSlug: "linked", articleTitle: "Linked", locale: "en", anchor: "p1", snippet: { before: "Officers of ", name: "the Alpha service", after: " met Beta." } },
    ]);
    // a translation that does not link it is out of line with the original
    await writeEdition(db(), edition("ru", "Сотрудники службы встретили Beta (ru)."));
    expect(alignmentProblems(await linked("en"), await linked("ru"))).toEqual(["ru p1: not linked in the translation: gamma"]);
    await writeEdition(db(), edition("ru", "Сотрудники [службы](glossary:gamma) встретили Beta (ru)."));
    expect(alignmentProblems(await linked("en"), await linked("ru"))).toEqual([]);
  });

  test("are kept when the articles are linked again after a glossary change", async () => {
    const { relinkAll, writeTerms } = await import("@/lib/db/write");
    const gamma = small.terms.find((t) => t.slug === "gamma")!;
    await writeTerms(db(), [{ ...gamma, names: { ...gamma.names, en: { ...gamma.names.en!, aliases: [{ text: "Officers" }] } } }]);
    await relinkAll(db());
    const segments = (await getArticle("linked", "en"))!.blocks[0]!.segments.filter((s) => "term" in s);
    expect(segments.map((s) => [s.text, "term" in s && s.term])).toEqual([
      ["Officers", "gamma"],
      ["the Alpha service", "gamma"],
      ["Beta", "beta"],
    ]);
    await writeTerms(db(), [gamma]);
    await relinkAll(db());
  });

  test("to no existing term are refused with their line, and nothing is written", async () => {
    const { writeEdition } = await import("@/lib/db/write");
    const before = (await getArticle("linked", "en"))!.blocks;
    await expect(writeEdition(db(), edition("en", "Now [nothing](glossary:no-such-term)."))).rejects.toThrow('line 10: [nothing](glossary:no-such-term): no glossary term has the slug "no-such-term"');
    expect((await getArticle("linked", "en"))!.blocks).toEqual(before);
  });
});
