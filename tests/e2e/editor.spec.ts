import { expect, test, type Page } from "@playwright/test";
import { runScript } from "../support/run-script";
import { articlePath, messages, visit } from "./support";

const NAME = "e2e-editor";
const PASSWORD = "a long enough password";
const t = messages.en.Editor;

test.beforeAll(() => {
  // the account the tests sign in with, in the database the test server uses (created once)
  const run = runScript("editor", ["add", NAME], process.env.E2E_DATABASE_URL ?? "file:./data/e2e.db", `${PASSWORD}\n`);
  if (run.status !== 0 && !run.stderr.includes("exists already")) throw new Error(run.stderr);
});

async function signIn(page: Page) {
  await visit(page, "/en/editor/sign-in");
  await page.getByLabel(t.name).fill(NAME);
  await page.getByLabel(t.password).fill(PASSWORD);
  await page.getByRole("button", { name: t.signIn }).click();
  await expect(page.getByRole("heading", { level: 1, name: t.title })).toBeVisible();
}

async function cardDefinition(page: Page, name: string) {
  await visit(page, articlePath("en"));
  await page.getByRole("button", { name, exact: true }).first().click();
  return page.getByRole("dialog", { name }).locator(".term-card__definition");
}

test("the editor refuses a reader without a session, and writes without a session or from elsewhere change nothing", async ({ page, request }) => {
  await page.goto("/en/editor");
  await expect(page).toHaveURL(/\/en\/editor\/sign-in$/);
  await expect(page.getByRole("heading", { name: t.signInTitle })).toBeVisible();
  await page.goto("/fa/editor/terms/maymay");
  await expect(page).toHaveURL(/\/fa\/editor\/sign-in$/);

  const before = await (await request.get("/api/glossary/maymay")).json();
  const body = { slug: "maymay", kind: "place", asOf: "2020", names: {}, definitions: {} };
  const own = { Origin: new URL(page.url()).origin };
  expect((await request.put("/api/editor/terms/maymay", { data: body, headers: own })).status()).toBe(401);
  expect((await request.put("/api/editor/terms/maymay", { data: body, headers: { Origin: "https://evil.example" } })).status()).toBe(403);
  expect((await request.put("/api/editor/terms/maymay", { data: body })).status()).toBe(403);
  expect((await request.post("/api/editor/terms", { data: body, headers: own })).status()).toBe(401);
  expect((await request.post("/api/editor/revisions/1/revert", { headers: own })).status()).toBe(401);
  expect(await (await request.get("/api/glossary/maymay")).json()).toEqual(before);
});

test("sign in, edit a definition, see it in the article's card (as text, scripts inert), then revert it", async ({ page }) => {
  const dialogs: string[] = [];
  page.on("dialog", async (d) => {
    dialogs.push(d.message());
    await d.dismiss();
  });
  const original = await (await cardDefinition(page, "Warduj")).textContent();
  await signIn(page);
  await page.getByRole("link", { name: "Warduj", exact: true }).click();
  const field = page.getByRole("group", { name: "English" }).getByLabel(t.definition);
  const stamp = Date.now();
  const text = `Edited ${stamp}: <script>alert(1)</script> <img src=x onerror="alert(2)">`;
  await field.fill(text);
  // the preview follows the form as it is typed
  await expect(page.getByRole("complementary", { name: t.preview })).toContainText(`Edited ${stamp}`);
  await page.getByRole("button", { name: t.save }).click();
  await expect(page.getByRole("status").filter({ hasText: t.saved })).toBeVisible({ timeout: 15_000 });

  // the reader sees the change (the static page is revalidated, not rebuilt by hand)
  await expect(async () => {
    await expect(await cardDefinition(page, "Warduj")).toHaveText(text, { timeout: 1000 });
  }).toPass({ timeout: 20_000 });
  expect(await page.locator(".term-card script, .term-card img").count()).toBe(0);
  await visit(page, "/en/glossary/warduj");
  await expect(page.getByText(text)).toBeVisible();

  // revisions: view it, then revert it
  await visit(page, "/en/editor/terms/warduj");
  const revisions = page.getByRole("region", { name: t.revisions });
  await expect(revisions.getByRole("listitem").first()).toContainText("definitions.en");
  await revisions.getByRole("listitem").first().getByRole("button", { name: t.revert }).click();
  await expect(revisions.getByRole("status").first()).toContainText(t.reverted.split("{id}")[0]!.trim(), { timeout: 15_000 });
  await expect(async () => {
    await expect(await cardDefinition(page, "Warduj")).toHaveText(original!, { timeout: 1000 });
  }).toPass({ timeout: 20_000 });
  expect(dialogs).toEqual([]);
});

test("validation messages come in the editor's language", async ({ page }) => {
  await signIn(page);
  await visit(page, "/ru/editor/terms/jurm");
  await page.getByRole("group", { name: "персидский" }).getByLabel(messages.ru.Editor.preferred).fill("");
  await page.getByRole("group", { name: "английский" }).getByLabel(messages.ru.Editor.sources).fill("NO-SUCH-KEY");
  await page.getByRole("button", { name: messages.ru.Editor.save }).click();
  await expect(page.getByText(messages.ru.Editor.failed)).toBeVisible();
  await expect(page.getByText(messages.ru.Editor.errors.required)).toBeVisible();
  await expect(page.getByText(messages.ru.Editor.errors.unknownSource)).toBeVisible();
});

test("sign-in attempts are rate limited", async ({ page }) => {
  await page.context().setExtraHTTPHeaders({ "X-Forwarded-For": `10.9.${Date.now() % 250}.${Math.floor(Math.random() * 250)}` });
  for (let i = 0; i < 6; i++) {
    await page.goto("/en/editor/sign-in");
    await page.getByLabel(t.name).fill(`nobody-${test.info().workerIndex}`);
    await page.getByLabel(t.password).fill("wrong password " + i);
    await page.getByRole("button", { name: t.signIn }).click();
  }
  await expect(page.locator(".notice--error")).toContainText(t.limited.split("{minutes}")[0]!.trim());
});

test("stored script and markup in any field render inert on every page and in the API", async ({ page, request }) => {
  const fired: string[] = [];
  page.on("dialog", async (d) => {
    fired.push(d.message());
    await d.dismiss();
  });
  const hostile = {
    alias: "<script>alert('alias')</script>",
    variant: "Jurm\u202Emrej",
    translit: "<img src=x onerror=\"alert('translit')\">",
    definition: "See javascript:alert('definition') and <a href=\"javascript:alert(1)\">this</a>",
  };
  await signIn(page);
  await visit(page, "/en/editor/terms/jurm");
  const en = page.getByRole("group", { name: "English" });
  const fa = page.getByRole("group", { name: "Persian" });
  const aliases = en.getByLabel(t.aliases);
  const original = { aliases: await aliases.inputValue(), variants: await en.getByLabel(t.variants).inputValue(), translit: await fa.getByLabel(t.translit).inputValue(), definition: await en.getByLabel(t.definition).inputValue() };
  await aliases.fill(`${original.aliases}\n${hostile.alias}`.trim());
  await en.getByLabel(t.variants).fill(`${original.variants}\n${hostile.variant}`.trim());
  await fa.getByLabel(t.translit).fill(hostile.translit);
  await en.getByLabel(t.definition).fill(hostile.definition);
  await page.getByRole("button", { name: t.save }).click();
  await expect(page.getByRole("status").filter({ hasText: t.saved })).toBeVisible({ timeout: 15_000 });

  const inert = async () => {
    expect(await page.locator("main script:not([type='application/ld+json']), main img, main a[href^='javascript']").count()).toBe(0);
    // structured data carries the fields as JSON, with no "<" that could close its element
    for (const data of await page.locator("script[type='application/ld+json']").allInnerTexts()) {
      expect(data).not.toContain("<");
      expect(() => JSON.parse(data)).not.toThrow();
    }
  };
  // the entry page shows every field as text
  await expect(async () => {
    await visit(page, "/en/glossary/jurm");
    await expect(page.getByText(hostile.definition)).toBeVisible({ timeout: 1000 });
  }).toPass({ timeout: 20_000 });
  await expect(page.getByText(hostile.alias)).toBeVisible();
  await expect(page.getByText(hostile.translit)).toBeVisible();
  await inert();
  // the card in the article (its static page is regenerated on the first visit after the save)
  await expect(async () => {
    await expect(await cardDefinition(page, "Jurm")).toHaveText(hostile.definition, { timeout: 1000 });
  }).toPass({ timeout: 20_000 });
  await inert();
  // search results, with the name that matched
  await visit(page, `/en/glossary?q=${encodeURIComponent("<script>")}`);
  await inert();
  // the API returns the text as JSON data
  const api = await request.get("/api/glossary/jurm");
  expect(api.headers()["content-type"]).toContain("application/json");
  expect((await api.json()).definition.text).toBe(hostile.definition);
  expect(fired).toEqual([]);

  // put the term back as it was
  await visit(page, "/en/editor/terms/jurm");
  await page.getByRole("region", { name: t.revisions }).getByRole("listitem").first().getByRole("button", { name: t.revert }).click();
  await expect(page.getByRole("region", { name: t.revisions }).getByRole("status").first()).toContainText(t.reverted.split("{id}")[0]!.trim(), { timeout: 15_000 });
});
