import type { AddressInfo } from "node:net";
import { createFixtureServer } from "../support/fixture-server";
import { seededDatabase } from "./support/seeded-db";

const { db } = await seededDatabase();
const { createEditor } = await import("@/lib/db/editors");
const articles = await import("@/lib/editor/articles");
const { revertArticle, articleRevisions, articleRevision, deletedArticles } = await import("@/lib/editor/revisions");
const { addNameToTerm } = await import("@/lib/editor/terms");
const { getArticle, listArticles } = await import("@/lib/db/articles");
const { getTermEntry } = await import("@/lib/db/terms");
const { ArticleConflictError } = await import("@/lib/db/newsroom");
const { EditError, NotAlignedError, ImportProblem } = await import("@/lib/editor/errors");
const { MAX_EDITION_CHARS } = await import("@/lib/import/article-document");

let editor: { id: number; name: string };
const server = createFixtureServer();
let base = "";
beforeAll(async () => {
  editor = (await createEditor(db(), "newsroom", "a long enough password"))!;
  await new Promise<void>((resolve) => server.listen(0, "localhost", resolve));
  base = `http://localhost:${(server.address() as AddressInfo).port}`;
  process.env.IMPORT_ALLOW_PRIVATE_ADDRESSES = "true";
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

const body = [
  "The Taliban took Maymay in Badakhshan after a week of fighting.",
  "## Reactions",
  "Officials in Dushanbe said the border was closed.",
].join("\n\n");
const form = (slug: string, extra: Record<string, string> = {}) => ({
  slug,
  locale: "en",
  title: "Fighting in Maymay",
  authors: "Jane Roe; John Doe",
  publisher: "Test Wire",
  date: "2021-05-01",
  sourceUrl: "",
  body,
  intent: "save",
  ...extra,
});

describe("articles written in the editor", () => {
  test("a draft is never shown to readers; publishing shows it in every locale, with its names linked, and in the entries", async () => {
    await articles.createArticle(editor, form("maymay-fighting"));
    expect(await getArticle("maymay-fighting", "en")).toBeNull();
    expect((await listArticles("en")).map((a) => a.slug)).not.toContain("maymay-fighting");
    expect((await getTermEntry("maymay", "en"))!.appearances.map((a) => a.articleSlug)).not.toContain("maymay-fighting");

    const record = (await articles.getArticleRecord("maymay-fighting"))!;
    await articles.saveOriginal(editor, { ...form("maymay-fighting"), version: String(record.versions.en), intent: "publish" });
    const shown = (await getArticle("maymay-fighting", "ru"))!;
    expect(shown.locale).toBe("en");
    expect(shown.blocks.map((b) => b.kind)).toEqual(["paragraph", "heading", "paragraph"]);
    expect(shown.cards.map((c) => c.slug).sort()).toEqual(["badakhshan", "dushanbe", "maymay", "taliban"]);
    expect((await getTermEntry("maymay", "en"))!.appearances.map((a) => a.articleSlug)).toContain("maymay-fighting");

    // unpublishing hides it again
    const now = (await articles.getArticleRecord("maymay-fighting"))!;
    await articles.saveOriginal(editor, { ...form("maymay-fighting"), version: String(now.versions.en), intent: "unpublish" });
    expect(await getArticle("maymay-fighting", "en")).toBeNull();
  });

  test("every problem of the text is named with its line; a text over the limit is refused; nothing is stored", async () => {
    const error = await articles.createArticle(editor, form("bad-article", { body: "First paragraph.\n\n<b>bold</b>\n\n### Deep heading", title: "" })).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(EditError);
    expect((error as InstanceType<typeof EditError>).issues).toEqual([{ path: "title", code: "required" }]);
    const text = await articles.createArticle(editor, form("bad-article", { body: "First paragraph.\n\n<b>bold</b>\n\n### Deep heading" })).catch((e: unknown) => e);
    expect((text as InstanceType<typeof EditError>).issues).toEqual([
      { path: "body", code: "html", line: 3 },
      { path: "body", code: "headingLevel", line: 5 },
    ]);
    const long = await articles.createArticle(editor, form("bad-article", { body: `${"word ".repeat(MAX_EDITION_CHARS / 5)}\n\nmore` })).catch((e: unknown) => e);
    expect((long as InstanceType<typeof EditError>).issues[0]).toMatchObject({ path: "body", code: "tooBig" });
    expect(await articles.getArticleRecord("bad-article")).toBeNull();
  });

  test("two editors saving the same article: the second is told it changed and given the stored version", async () => {
    await articles.createArticle(editor, form("two-editors"));
    const opened = (await articles.getArticleRecord("two-editors"))!.versions.en!;
    await articles.saveOriginal(editor, { ...form("two-editors"), title: "First editor's title", version: String(opened) });
    const second = await articles.saveOriginal(editor, { ...form("two-editors"), title: "Second editor's title", version: String(opened) }).catch((e: unknown) => e);
    expect(second).toBeInstanceOf(ArticleConflictError);
    expect((second as InstanceType<typeof ArticleConflictError>).current.doc.editions[0]!.title).toBe("First editor's title");
    expect((await articles.getArticleRecord("two-editors"))!.doc.editions[0]!.title).toBe("First editor's title");
  });

  test("a translation that does not align is not published, naming the blocks; once it aligns it is, and readers see it", async () => {
    await articles.createArticle(editor, form("translated", { intent: "publish" }));
    const rows = ["Талибы взяли Маймай в Бадахшане после недели боёв.", "Реакция", "Чиновники сказали, что граница закрыта."];
    const refused = await articles.saveTranslation(editor, { slug: "translated", locale: "ru", title: "Бои в Маймае", authors: "", version: "0", intent: "publish", rows }).catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(NotAlignedError);
    expect((refused as InstanceType<typeof NotAlignedError>).issues).toEqual([{ block: 2, kind: "notLinked", terms: ["dushanbe"] }]);
    expect((await articles.getArticleRecord("translated"))!.doc.editions.map((e) => e.locale)).toEqual(["en"]);

    // a draft may be saved as it is; a missing block is named too
    await articles.saveTranslation(editor, { slug: "translated", locale: "ru", title: "Бои в Маймае", authors: "", version: "0", intent: "save", rows: [rows[0]!, "", rows[2]!] });
    const draft = (await articles.getArticleRecord("translated"))!;
    const ru = draft.doc.editions.find((e) => e.locale === "ru")!;
    expect(await articles.alignmentOf(draft.doc.editions[0]!, ru)).toEqual([
      { block: 1, kind: "missing" },
      { block: 2, kind: "notLinked", terms: ["dushanbe"] },
    ]);
    expect((await getArticle("translated", "ru"))!.locale).toBe("en");

    rows[2] = "Чиновники в Душанбе сказали, что граница закрыта.";
    await articles.saveTranslation(editor, { slug: "translated", locale: "ru", title: "Бои в Маймае", authors: "", version: String(draft.versions.ru), intent: "publish", rows });
    const reader = (await getArticle("translated", "ru"))!;
    expect(reader).toMatchObject({ locale: "ru", title: "Бои в Маймае", originalLocale: "en" });
    expect(reader.cards.find((c) => c.slug === "dushanbe")!.name).toBe("Душанбе");
  });

  test("every change is a revision (who, what changed); reverting one undoes only that change; a deletion is undone whole", async () => {
    await articles.createArticle(editor, form("revised", { intent: "publish" }));
    let record = (await articles.getArticleRecord("revised"))!;
    await articles.saveTranslation(editor, { slug: "revised", locale: "tg", title: "Ҷанг дар Моймай", authors: "", version: "0", intent: "save", rows: ["Толибон Моймайро гирифтанд.", "Вокуниш", "Мақомот дар Душанбе гуфтанд."] });
    record = (await articles.getArticleRecord("revised"))!;
    await articles.saveOriginal(editor, { ...form("revised"), title: "Maymay falls", version: String(record.versions.en) });
    const history = await articleRevisions("revised");
    expect(history.map((r) => [r.action, r.locale, r.editor])).toEqual([
      ["update", "en", "newsroom"],
      ["create", "tg", "newsroom"],
      ["create", "en", "newsroom"],
    ]);
    expect(history[0]!.changed).toEqual(["en.title"]);
    expect((await articleRevision(history[0]!.id))!.before!.editions[0]!.title).toBe("Fighting in Maymay");

    // undo the title change: the Tajik draft written since stays
    await revertArticle(editor, history[0]!.id);
    record = (await articles.getArticleRecord("revised"))!;
    expect(record.doc.editions.map((e) => [e.locale, e.title])).toEqual([
      ["en", "Fighting in Maymay"],
      ["tg", "Ҷанг дар Моймай"],
    ]);

    const { revision } = await articles.deleteArticle(editor, "revised");
    expect(await articles.getArticleRecord("revised")).toBeNull();
    expect(await getArticle("revised", "en")).toBeNull();
    expect((await deletedArticles()).map((r) => r.articleSlug)).toContain("revised");
    await revertArticle(editor, revision);
    expect((await articles.getArticleRecord("revised"))!.doc).toEqual(record.doc);
    expect((await getArticle("revised", "en"))!.title).toBe("Fighting in Maymay");
    expect((await deletedArticles()).map((r) => r.articleSlug)).not.toContain("revised");
  });
});

describe("bringing articles in", () => {
  test("a page becomes a draft with its metadata; a page that is not an article gives a reason and no draft", async () => {
    const { slug } = await articles.importPage(editor, { url: `${base}/news/jsonld-article.html?name=Rustam Nazarov` }, "ru");
    const record = (await articles.getArticleRecord(slug))!;
    expect(record.doc).toMatchObject({ original: "en", publisher: "Pamir Herald", date: "2021-07-01", sourceUrl: "https://pamirherald.example/a/border-villages-brace/31415.html" });
    expect(record.doc.editions[0]).toMatchObject({ status: "draft", title: "Border Villages Brace As Militants Regroup Near Warduj", authors: ["Nigora Saidova", "Daler Rahimov"] });
    expect((await articleRevisions(slug))[0]).toMatchObject({ action: "import", editor: "newsroom" });

    const before = (await articles.listForEditor({})).length;
    for (const [path, code] of [
      ["/news/section-index.html", "notAnArticle"],
      ["/data.json", "notHtml"],
      ["/loop-a", "tooManyRedirects"],
      ["/missing.html", "httpError"],
    ] as const) {
      await expect(articles.importPage(editor, { url: `${base}${path}` }, "en")).rejects.toMatchObject({ code });
    }
    await expect(articles.importPage(editor, { url: "ftp://files.example/a.html" }, "en")).rejects.toBeInstanceOf(ImportProblem);
    expect((await articles.listForEditor({})).length).toBe(before);
  });

  test("a saved page (uploaded file) is read the same way; its language picks the original's locale", async () => {
    const fs = await import("node:fs");
    const html = fs.readFileSync("tests/fixtures/news/og-article.html", "utf8").replaceAll("{{NAME}}", "Назаров");
    const { slug } = await articles.importPage(editor, { html, fileName: "saved.html" }, "en");
    const record = (await articles.getArticleRecord(slug))!;
    expect(record.doc).toMatchObject({ original: "ru", publisher: "Новости Памира", sourceUrl: null });
    expect(record.doc.editions[0]!.blocks[0]!.text).toMatch(/^Власти Таджикистана/);
  });

  test("a feed's new items become drafts; on the next run the same items are recognised and skipped", async () => {
    const first = await articles.importFeed(null, `${base}/feed.rss?run=7&name=Davlat Usmon`, "en");
    expect(first.added.map((a) => a.title)).toEqual(["Border Villages Brace As Militants Regroup Near Warduj", "Lapis Lazuli Mines Change Hands Again"]);
    expect(first.failed).toEqual([expect.objectContaining({ code: "notAnArticle" })]);
    expect(first.known).toBe(0);
    const slug = first.added[1]!.slug;
    expect((await articles.getArticleRecord(slug))!.doc).toMatchObject({ publisher: expect.stringMatching(/localhost/), date: "2021-06-20" });
    expect((await articleRevisions(slug))[0]).toMatchObject({ action: "import", editor: null });

    const again = await articles.importFeed(null, `${base}/feed.rss?run=7&name=Davlat Usmon`, "en");
    expect(again.added).toEqual([]);
    expect(again.known).toBe(2);

    const atom = await articles.importFeed(null, `${base}/feed.atom?run=7&name=Назаров`, "en");
    expect(atom.added).toHaveLength(1);
    expect((await articles.getArticleRecord(atom.added[0]!.slug))!.doc.original).toBe("ru");
    await expect(articles.importFeed(null, `${base}/news/jsonld-article.html`, "en")).rejects.toMatchObject({ code: "notFeed" });
  });
});

describe("names not in the glossary", () => {
  test("are listed per edition with counts; adding one to a term as an inflected form links it", async () => {
    await articles.createArticle(editor, form("names-here", { body: "Qurbon Tilloev spoke in Maymay. Later Qurbon Tilloev left the Badakhshoni valley." }));
    let record = (await articles.getArticleRecord("names-here"))!;
    const found = await articles.missingNames(record, "en", async () => []);
    expect(found.map((n) => [n.text, n.count])).toEqual([
      ["Qurbon Tilloev", 2],
      ["Badakhshoni", 1],
    ]);
    await addNameToTerm(editor, { slug: "badakhshan", locale: "en", name: "Badakhshoni", as: "form" });
    record = (await articles.getArticleRecord("names-here"))!;
    expect((await articles.missingNames(record, "en", async () => [])).map((n) => n.text)).toEqual(["Qurbon Tilloev"]);
    const preview = await articles.previewBlocks("en", "en", record.doc.editions[0]!.blocks);
    expect(preview.cards.map((c) => c.slug).sort()).toEqual(["badakhshan", "maymay"]);
  });
});

describe("the command-line import", () => {
  test("records a revision and publishes (or keeps a draft)", async () => {
    const { parseArticleMarkdown } = await import("@/lib/import/article-markdown");
    const md = ["---", "slug: cli-article", "locale: en", "title: From the terminal", "authors: A. Writer", "publisher: Wire", "date: 2021-01-02", "---", "", "Taliban fighters were seen in Warduj."].join("\n");
    await articles.importMarkdownEdition(parseArticleMarkdown(md), { draft: true });
    expect(await getArticle("cli-article", "en")).toBeNull();
    await articles.importMarkdownEdition(parseArticleMarkdown(md));
    expect((await getArticle("cli-article", "en"))!.title).toBe("From the terminal");
    expect((await articleRevisions("cli-article")).map((r) => [r.action, r.editor])).toEqual([
      ["import", null],
      ["import", null],
    ]);
  });
});

describe("explicit links", () => {
  test("a phrase linked by hand keeps its link through the editor; a link to no term is refused with its line", async () => {
    const { toMarkdownBody } = await import("@/lib/import/article-markdown");
    const text = "In Dushanbe, [the security service](glossary:state-committee-for-national-security) declined to comment.";
    await articles.createArticle(editor, form("linked-by-hand", { body: text, intent: "publish" }));
    const record = (await articles.getArticleRecord("linked-by-hand"))!;
    const [block] = record.doc.editions[0]!.blocks;
    expect(block).toEqual({ kind: "paragraph", text: "In Dushanbe, the security service declined to comment.", links: [{ start: 13, end: 33, slug: "state-committee-for-national-security" }] });
    // the editor shows it as written, and a reader sees both names linked
    expect(toMarkdownBody(record.doc.editions[0]!.blocks)).toBe(text);
    expect((await getArticle("linked-by-hand", "en"))!.cards.map((c) => c.slug).sort()).toEqual(["dushanbe", "state-committee-for-national-security"]);
    const refused = await articles.createArticle(editor, form("linked-badly", { body: `First.\n\nSee [them](glossary:no-such-term).` })).catch((e: unknown) => e);
    expect((refused as InstanceType<typeof EditError>).issues).toEqual([{ path: "body", code: "linkUnknown", line: 3 }]);
  });
});
