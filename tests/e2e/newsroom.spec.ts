import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { expect, test, type Page } from "@playwright/test";
import { runScript } from "../support/run-script";
import { expectAccessible, fixtureBase, freshName, messages, signIn, visit, type Locale } from "./support";

/**
 * A newsroom publishing with the editor: articles brought in from a (local stand-in for a) news
 * site and a feed, fixed with a live preview, names turned into terms, translated beside the
 * original and checked for alignment, read by readers in more than one locale, revised and reverted.
 */

const editor = (locale: Locale) => messages[locale].Editor;

// whole newsroom flows on a shared two-core machine: each waits for pages rendered on first visit
test.describe.configure({ timeout: 120_000 });

async function importPage(page: Page, locale: Locale, path: string) {
  const t = editor(locale);
  await visit(page, `/${locale}/editor/articles/import`);
  await page.getByLabel(t.pageAddress).fill(`${fixtureBase}${path}`);
  await page.getByRole("button", { name: t.importPage }).click();
}

/**
 * Presses a form's button and waits for the status it brings. While another test imports into the
 * same database, a save may be refused as busy (the editor is told so, by design, and nothing is
 * saved): it is pressed again, as an editor would. Playwright's click waits for the button, disabled
 * while a save is under way.
 */
async function submit(page: Page, locale: Locale, button: string, status: string) {
  const done = page.getByRole("status").filter({ hasText: status });
  const busy = page.locator("form [role=alert]").filter({ hasText: editor(locale).status.busy });
  for (let attempt = 1; attempt <= 3; attempt++) {
    await page.getByRole("button", { name: button, exact: true }).click();
    await expect(done.or(busy).first()).toBeVisible({ timeout: 20_000 });
    if (await done.isVisible()) return;
    await page.waitForTimeout(1000);
  }
  await expect(done).toBeVisible();
}

/** Creates and returns a published article written in the editor's form. */
async function newArticle(page: Page, locale: Locale, title: string, body: string, intent: "publish" | "saveDraft" = "publish") {
  const t = editor(locale);
  await visit(page, `/${locale}/editor/articles/new`);
  await page.getByLabel(t.originalLanguage).selectOption("en");
  await page.getByLabel(t.articleTitle, { exact: true }).fill(title);
  await page.getByLabel(t.authors).fill("Test Writer");
  await page.getByLabel(t.publisher).fill("Test Wire");
  await page.getByRole("textbox", { name: t.body }).fill(body);
  await page.getByRole("button", { name: t[intent], exact: true }).click();
  await expect(page).toHaveURL(/\/editor\/articles\/[a-z0-9-]+\?done=/);
  return new URL(page.url()).pathname.split("/").pop()!;
}

test("bring in a page, fix a paragraph and see the name linked, turn a name the glossary lacks into a term and see it linked", async ({ page }) => {
  const t = editor("en");
  const name = freshName();
  await signIn(page);
  await importPage(page, "en", `/news/jsonld-article.html?name=${encodeURIComponent(name)}`);
  await expect(page).toHaveURL(/\/en\/editor\/articles\/border-villages-brace[a-z0-9-]*\?done=imported/);
  await expect(page.getByRole("status").filter({ hasText: t.status.imported })).toBeVisible();
  const text = page.getByRole("textbox", { name: t.body });
  await expect(text).toHaveValue(/^Residents of villages along the Panj River/);
  for (const junk of ["Advertisement", "Share on Facebook", "Stay safe", "cookies", "<"]) expect(await text.inputValue()).not.toContain(junk);
  await expect(page.getByLabel(t.articleTitle, { exact: true })).toHaveValue("Border Villages Brace As Militants Regroup Near Warduj");
  await expect(page.getByLabel(t.authors)).toHaveValue("Nigora Saidova; Daler Rahimov");

  // the page misspells a name: the preview does not link it; fixed, it does, and its card opens
  const preview = page.getByRole("region", { name: t.articlePreview });
  await expect(preview.getByRole("button", { name: "Warduj", exact: true })).toBeVisible();
  await expect(preview.getByRole("button", { name: "Jamaat Ansarullah" })).toHaveCount(0);
  await text.fill((await text.inputValue()).replace("Jamaat Ansarulah", "Jamaat Ansarullah"));
  await preview.getByRole("button", { name: "Jamaat Ansarullah" }).click();
  await expect(page.getByRole("dialog", { name: "Jamaat Ansarullah" })).toBeVisible();
  await page.keyboard.press("Escape");
  await submit(page, "en", t.saveDraft, t.status.saved);

  // the made-up elder is a name the glossary lacks: one click starts a term with it
  const missing = page.getByRole("region", { name: t.missingNames });
  await expect(missing.getByRole("listitem").filter({ hasText: name }).first()).toContainText("2");
  const articleUrl = page.url().replace(/\?.*$/, "");
  await missing.getByRole("link", { name: t.newTermFrom.replace("{name}", name) }).click();
  await expect(page.getByRole("group", { name: "English" }).getByLabel(t.preferred, { exact: true })).toHaveValue(name);
  await page.getByRole("group", { name: "Russian" }).getByLabel(t.preferred, { exact: true }).fill("Рустам Кодирзода");
  await page.getByRole("group", { name: "Tajik" }).getByLabel(t.preferred, { exact: true }).fill("Рустам Қодирзода");
  await page.getByRole("group", { name: "Persian" }).getByLabel(t.preferred, { exact: true }).fill("رستم قادرزاده");
  await page.getByRole("group", { name: "English" }).getByLabel(t.definition).fill("A village elder in Warduj district (made up for a test).");
  await page.getByRole("group", { name: "English" }).getByLabel(t.sources).fill("enwiki-warduj");
  await page.getByRole("button", { name: t.save }).click();
  await expect(page).toHaveURL(/\/en\/editor\/terms\/rustam-q[a-z]+zoda\?saved=1/);
  await expect(page.getByRole("status").filter({ hasText: t.status.saved })).toBeVisible();

  // back in the article, the name is linked in the preview and no longer missing
  await visit(page, articleUrl);
  await page.getByRole("region", { name: t.articlePreview }).getByRole("button", { name, exact: true }).first().click();
  await expect(page.getByRole("dialog", { name })).toContainText("A village elder in Warduj district");
  await expect(page.getByRole("region", { name: t.missingNames })).not.toContainText(name);
});

test("a Russian translation: warned where it does not align, refused until it does, published, and read in both locales with cards; then reverted", async ({ page }) => {
  const t = editor("ru");
  const title = `Fighting returns to Maymay ${Date.now()}`;
  await signIn(page, "ru");
  const slug = await newArticle(page, "ru", title, "The Taliban took Maymay in Badakhshan after a week of fighting.\n\n## Reactions\n\nOfficials in Dushanbe said the border was closed.");
  await expect(page.getByRole("status").filter({ hasText: t.status.published })).toBeVisible();
  await page.getByRole("link", { name: t.startTranslation.replace("{language}", messages.ru.Languages.ru) }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(t.translationTitle.replace("{language}", messages.ru.Languages.ru));

  await page.getByLabel(t.articleTitle, { exact: true }).fill("Бои вернулись в Маймай");
  const row = (n: number, kind: "paragraphN" | "subheadingN" = "paragraphN") => page.getByRole("textbox", { name: t[kind].replace("{n}", String(n)), exact: true });
  // the first paragraph leaves out Badakhshan: the editor says where, before publishing
  await row(1).fill("Талибы взяли Маймай после недели боёв.");
  await row(1, "subheadingN").fill("Реакция");
  await row(2).fill("Чиновники в Душанбе сказали, что граница закрыта.");
  const problem = page.locator("#row-0-problems");
  await expect(problem).toContainText(t.paragraphN.replace("{n}", "1"));
  await expect(problem).toContainText("Бадахшан");
  await page.getByRole("button", { name: t.publishTranslation }).click();
  await expect(page.locator("form [role=alert]")).toHaveText(t.status.notAligned);
  await expect(problem).toBeVisible();

  await row(1).fill("Талибы взяли Маймай в Бадахшане после недели боёв.");
  await expect(page.getByText(t.aligned)).toBeVisible();
  await submit(page, "ru", t.publishTranslation, t.status.published);

  // readers: the original in English, the translation in Russian, each with working cards
  await expect(async () => {
    await visit(page, `/en/articles/${slug}`);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(title, { timeout: 1000 });
  }).toPass({ timeout: 20_000 });
  await page.getByRole("button", { name: "Maymay", exact: true }).first().click();
  await expect(page.getByRole("dialog", { name: "Maymay" })).toBeVisible();
  await expect(async () => {
    await visit(page, `/ru/articles/${slug}`);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Бои вернулись в Маймай", { timeout: 1000 });
  }).toPass({ timeout: 20_000 });
  await page.getByRole("button", { name: "Бадахшане" }).first().click();
  await expect(page.getByRole("dialog", { name: "Бадахшан" })).toBeVisible();

  // revert the translation's publication (its first revision): readers of Russian get the original again
  await visit(page, `/ru/editor/articles/${slug}`);
  const revisions = page.getByRole("region", { name: t.revisions });
  await expect(revisions.getByRole("listitem").first()).toContainText("ru");
  await revisions.getByRole("listitem").first().getByRole("button", { name: t.revert }).click();
  await expect(revisions.getByRole("status")).toContainText(t.status.reverted.split("{id}")[0]!.trim());
  await expect(async () => {
    await visit(page, `/ru/articles/${slug}`);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(title, { timeout: 1000 });
  }).toPass({ timeout: 20_000 });
});

test("bad pages give a clear message in the editor's language and no draft", async ({ page }) => {
  const t = editor("ru");
  await signIn(page, "ru");
  // a refused page leaves the editor on the import form (a draft would open in the article editor);
  // other tests add articles meanwhile, so the list is not counted
  const stillImporting = /\/ru\/editor\/articles\/import/;
  for (const [path, code] of [
    ["/news/section-index.html", "notAnArticle"],
    ["/data.json", "notHtml"],
    ["/loop-a", "tooManyRedirects"],
    ["/no-such-page.html", "httpError"],
  ] as const) {
    await importPage(page, "ru", path);
    await expect(page.locator("form [role=alert]").first()).toContainText(t.status[code]);
    await expect(page).toHaveURL(stillImporting);
  }
  await page.getByLabel(t.pageAddress).fill("file:///etc/passwd");
  await page.getByRole("button", { name: t.importPage }).click();
  await expect(page.locator("form [role=alert]").first()).toContainText(t.status.invalidAddress);
  await expect(page).toHaveURL(stillImporting);
});

test("a feed's new items become drafts; read again, the same items are skipped", async ({ page }) => {
  const t = editor("en");
  const run = Date.now().toString(36);
  await signIn(page);
  for (const pass of [1, 2]) {
    await visit(page, "/en/editor/articles/import");
    await page.getByLabel(t.feedAddress).fill(`${fixtureBase}/feed.rss?run=${run}&name=${encodeURIComponent(freshName("Davlat"))}`);
    await page.getByRole("button", { name: t.importFeed }).click();
    const report = page.locator(".feed-report");
    if (pass === 1) {
      await expect(report).toContainText("2 new drafts", { timeout: 30_000 });
      await expect(report.getByRole("link", { name: "Lapis Lazuli Mines Change Hands Again" })).toBeVisible();
      await expect(report).toContainText(t.status.notAnArticle);
    } else {
      await expect(report).toContainText("No new drafts", { timeout: 30_000 });
      await expect(report).toContainText("2 items seen before, skipped");
    }
  }
});

test("two editors saving the same article: the second is told it changed and shown both versions", async ({ browser }) => {
  const t = editor("en");
  const [first, second] = await Promise.all([browser.newPage(), browser.newPage()]);
  await signIn(first);
  const slug = await newArticle(first, "en", `Shared story ${Date.now()}`, "A paragraph about Khorugh.", "saveDraft");
  await signIn(second);
  await visit(second, `/en/editor/articles/${slug}`);
  await first.getByLabel(t.articleTitle, { exact: true }).fill("The first editor's title");
  await first.getByRole("button", { name: t.saveDraft }).click();
  await expect(first.getByRole("status").filter({ hasText: t.status.saved })).toBeVisible();

  await second.getByRole("textbox", { name: t.body }).fill("The second editor's paragraph about Khorugh.");
  await second.getByRole("button", { name: t.saveDraft }).click();
  const conflict = second.getByRole("group", { name: t.conflictTitle });
  await expect(conflict.getByRole("region", { name: t.theirVersion })).toContainText("The first editor's title");
  await expect(conflict.getByRole("region", { name: t.yourVersion })).toContainText("The second editor's paragraph");
  // saving again keeps the second editor's text, knowingly
  await second.getByRole("button", { name: t.saveDraft }).click();
  await expect(second.getByRole("status").filter({ hasText: t.status.saved })).toBeVisible();
  await first.context().close();
  await second.context().close();
});

test("a deleted article can be restored from the list", async ({ page }) => {
  const t = editor("en");
  await signIn(page);
  const title = `Short-lived story ${Date.now()}`;
  const slug = await newArticle(page, "en", title, "Dushanbe was quiet.");
  await page.getByRole("button", { name: t.deleteArticle }).click();
  await expect(page).toHaveURL(/\/en\/editor\/articles\?deleted=/);
  await expect(page.getByRole("link", { name: title })).toHaveCount(0);
  const deleted = page.getByRole("region", { name: t.recentlyDeleted });
  await deleted.getByRole("listitem").filter({ hasText: slug }).getByRole("button", { name: t.restore }).click();
  await expect(page).toHaveURL(new RegExp(`/en/editor/articles/${slug}\\?done=restored`));
  await expect(page.getByLabel(t.articleTitle, { exact: true })).toHaveValue(title);
});

test("an article imported from the command line is on the running site's pages in seconds, without a rebuild", async ({ page }) => {
  const slug = `from-the-terminal-${Date.now()}`;
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "tarjuma-")), "en.md");
  fs.writeFileSync(file, ["---", `slug: ${slug}`, "locale: en", `title: From the terminal ${slug}`, "authors: A. Writer", "publisher: Wire", "date: 2031-01-02", "---", "", "Taliban fighters were seen in Warduj."].join("\n"));
  const run = runScript("article", ["import", file, "--locale", "en"], process.env.E2E_DATABASE_URL ?? "file:./data/e2e.db");
  expect(run.stderr).toBe("");
  expect(run.stdout).toContain("Refreshed the pages of the running site");
  await expect(async () => {
    await visit(page, "/en");
    await expect(page.getByRole("link", { name: `From the terminal ${slug}` })).toBeVisible({ timeout: 1000 });
  }).toPass({ timeout: 20_000 });
  await visit(page, `/en/articles/${slug}`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`From the terminal ${slug}`);
  await page.getByRole("button", { name: "Warduj" }).first().click();
  await expect(page.getByRole("dialog", { name: "Warduj" })).toBeVisible();
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("sign in, write and save an article, publish it, and change a term", async ({ page }) => {
    const t = editor("tg");
    await signIn(page, "tg");
    await page.goto("/tg/editor/articles/new");
    await page.getByLabel(t.originalLanguage).selectOption("en");
    const title = `No script story ${Date.now()}`;
    await page.getByLabel(t.articleTitle, { exact: true }).fill(title);
    await page.getByLabel(t.publisher).fill("Test Wire");
    await page.getByRole("textbox", { name: t.body }).fill("Fighters were seen near Warduj.");
    await page.getByRole("button", { name: t.saveDraft }).click();
    await expect(page).toHaveURL(/\/tg\/editor\/articles\/no-script-story-[0-9]+\?done=created/);
    await expect(page.getByRole("status").filter({ hasText: t.status.created })).toBeVisible();
    // the preview shows the saved text, linked, without scripts: a name is a link to its entry
    await expect(page.getByRole("region", { name: t.articlePreview }).getByRole("link", { name: "Warduj" })).toHaveAttribute("href", "/tg/glossary/warduj");
    // a refused save keeps what was typed
    await page.getByLabel(t.articleTitle, { exact: true }).fill("");
    await page.getByRole("textbox", { name: t.body }).fill("Changed text near Warduj.");
    await page.getByRole("button", { name: t.publish }).click();
    await expect(page.locator("form [role=alert]").first()).toHaveText(t.status.failed);
    await expect(page.getByRole("textbox", { name: t.body })).toHaveValue("Changed text near Warduj.");
    await page.getByLabel(t.articleTitle, { exact: true }).fill(title);
    await page.getByRole("button", { name: t.publish }).click();
    await expect(page.getByRole("status").filter({ hasText: t.status.published })).toBeVisible();

    await page.goto("/tg/editor/terms/hijab");
    await page.getByRole("button", { name: t.save }).click();
    await expect(page.getByRole("status").filter({ hasText: t.status.saved })).toBeVisible();
  });
});

test("every editor page is accessible (axe-core, WCAG 2.2 AA), left to right and right to left", async ({ page }) => {
  test.setTimeout(300_000);
  await signIn(page);
  const slug = await newArticle(page, "en", `Accessible story ${Date.now()}`, "The Taliban reached Maymay.\n\n## Next\n\nDushanbe answered.");
  await visit(page, `/en/editor/articles/${slug}/ru`);
  await page.getByLabel(editor("en").articleTitle, { exact: true }).fill("Доступная статья");
  await page.getByRole("textbox", { name: editor("en").paragraphN.replace("{n}", "1"), exact: true }).fill("Талибы дошли до Маймая.");
  await page.getByRole("button", { name: editor("en").saveDraft }).click();
  await expect(page.getByRole("status").filter({ hasText: editor("en").status.saved })).toBeVisible();
  for (const locale of ["en", "fa"] as const) {
    for (const path of [
      "/editor",
      "/editor/terms/maymay",
      "/editor/terms/new",
      "/editor/articles",
      "/editor/articles/new",
      "/editor/articles/import",
      `/editor/articles/${slug}`,
      `/editor/articles/${slug}/ru`,
      `/editor/articles/${slug}/tg`,
    ]) {
      await visit(page, `/${locale}${path}`);
      await expectAccessible(page);
    }
  }
  await page.context().clearCookies();
  await visit(page, "/fa/editor/sign-in");
  await expectAccessible(page);
});
