import { expect, request as newRequest, test, type Page } from "@playwright/test";
import { runScript } from "../support/run-script";
import { articlePath, EDITOR, formFields, messages, signIn, visit } from "./support";

const t = messages.en.Editor;
/** An account only the limiter tests hammer, so other tests signing in in parallel are not slowed. */
const VICTIM = { name: `e2e-victim-${Date.now().toString(36)}`, password: "another long enough password" };

test.beforeAll(() => {
  // the accounts the tests sign in with, in the database the test server uses (created once)
  for (const account of [EDITOR, VICTIM]) {
    const run = runScript("editor", ["add", account.name], process.env.E2E_DATABASE_URL ?? "file:./data/e2e.db", `${account.password}\n`);
    if (run.status !== 0 && !run.stderr.includes("exists already")) throw new Error(run.stderr);
  }
});

async function cardDefinition(page: Page, name: string) {
  await visit(page, articlePath("en"));
  await page.getByRole("button", { name, exact: true }).first().click();
  return page.getByRole("dialog", { name }).locator(".term-card__definition");
}

test("the editor refuses a reader without a session, and writes without a session or from elsewhere change nothing", async ({ page, baseURL }) => {
  await page.goto("/en/editor");
  await expect(page).toHaveURL(/\/en\/editor\/sign-in$/);
  await expect(page.getByRole("heading", { name: t.signInTitle })).toBeVisible();
  await page.goto("/fa/editor/terms/maymay");
  await expect(page).toHaveURL(/\/fa\/editor\/sign-in$/);

  // the term form as a browser without JavaScript posts it: the server action's id is in the page
  await signIn(page);
  const path = "/en/editor/terms/lapis-lazuli";
  const fields = await formFields(await (await page.request.get(path)).text(), "form.editor-form");
  const definition = () => page.request.get("/api/glossary/lapis-lazuli").then(async (r) => (await r.json()).definition.text as string);
  const original = await definition();
  const own = { Origin: new URL(baseURL!).origin };
  const post = (text: string, client = page.request, headers: Record<string, string> = own) => client.post(path, { multipart: { ...fields, "definitions.en.text": text }, headers, maxRedirects: 0 });

  const anonymous = await newRequest.newContext({ baseURL });
  await post(`Without a session ${Date.now()}`, anonymous);
  await anonymous.dispose();
  await post(`From another site ${Date.now()}`, page.request, { Origin: "https://evil.example" });
  await post(`Without an origin ${Date.now()}`, page.request, {});
  expect(await definition()).toBe(original);
  // the same post from this site's page, with the session, does write (so the refusals above are real)
  const own_ = `From the editor ${Date.now()}`;
  expect((await post(own_)).status()).toBeLessThan(400);
  await expect.poll(definition, { timeout: 15_000 }).toBe(own_);
  await post(original);
  await expect.poll(definition, { timeout: 15_000 }).toBe(original);
});

test("sign in, edit a definition, see it in the article's card (as text, scripts inert), then revert it", async ({ page }) => {
  // pages are rebuilt on their first visit after a save: a few rounds on a shared machine
  test.setTimeout(120_000);
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
  await expect(page.getByRole("complementary", { name: t.preview }).getByText(`Edited ${stamp}`)).toBeVisible();
  await page.getByRole("button", { name: t.save }).click();
  await expect(page.getByRole("status").filter({ hasText: t.status.saved })).toBeVisible({ timeout: 15_000 });

  // the reader sees the change (the static page is revalidated, not rebuilt by hand)
  await expect(async () => {
    await expect(await cardDefinition(page, "Warduj")).toHaveText(text, { timeout: 1000 });
  }).toPass({ timeout: 20_000 });
  expect(await page.locator(".term-card script, .term-card img").count()).toBe(0);
  // the entry page is rebuilt too (each static page on its first visit after the save)
  await expect(async () => {
    await visit(page, "/en/glossary/warduj");
    await expect(page.getByText(text)).toBeVisible({ timeout: 1000 });
  }).toPass({ timeout: 60_000 });

  // revisions: view it, then revert it
  await visit(page, "/en/editor/terms/warduj");
  const revisions = page.getByRole("region", { name: t.revisions });
  await expect(revisions.getByRole("listitem").first()).toContainText("definitions.en");
  await revisions.getByRole("listitem").first().getByRole("button", { name: t.revert }).click();
  await expect(revisions.getByRole("status").first()).toContainText(t.status.reverted.split("{id}")[0]!.trim(), { timeout: 15_000 });
  await expect(async () => {
    await expect(await cardDefinition(page, "Warduj")).toHaveText(original!, { timeout: 1000 });
  }).toPass({ timeout: 20_000 });
  expect(dialogs).toEqual([]);
});

test("validation messages come in the editor's language", async ({ page }) => {
  await signIn(page);
  await visit(page, "/ru/editor/terms/jurm");
  // a locale may lack a name (the page says which), but a name cannot hold "|"
  await page.getByRole("group", { name: "персидский" }).getByLabel(messages.ru.Editor.preferred).fill("جرم | ولسوالی");
  await page.getByRole("group", { name: "английский" }).getByLabel(messages.ru.Editor.sources).fill("NO-SUCH-KEY");
  await page.getByRole("button", { name: messages.ru.Editor.save }).click();
  await expect(page.getByText(messages.ru.Editor.status.failed)).toBeVisible();
  await expect(page.getByText(messages.ru.Editor.errors.pipe)).toBeVisible();
  await expect(page.getByText(messages.ru.Editor.errors.unknownSource)).toBeVisible();
});

test("failed sign-ins under made-up names lock no one out", async ({ page }) => {
  for (let i = 0; i < 6; i++) {
    await page.goto("/en/editor/sign-in");
    await page.getByLabel(t.name).fill(`nobody-${Date.now()}-${i}`);
    await page.getByLabel(t.password).fill("wrong password " + i);
    await page.getByRole("button", { name: t.signIn }).click();
    await expect(page.locator("form [role=alert]")).toHaveText(t.status.badCredentials);
  }
  await signIn(page);
});

test("hammering an editor's name slows the attacker down, never the editor in her own browser, whatever X-Forwarded-For says", async ({ browser }) => {
  const editor = await browser.newContext();
  const own = await editor.newPage();
  // the editor has signed in with this browser before (it is trusted for her account from then on)
  await signIn(own, "en", VICTIM);
  await own.getByRole("button", { name: t.signOut }).click();
  await expect(own).toHaveURL(/\/en$/);

  const attacker = await browser.newContext();
  const page = await attacker.newPage();
  let waited = false;
  for (let i = 0; i < 10 && !waited; i++) {
    // a made-up address each time: without trusted proxies it is never read
    await attacker.setExtraHTTPHeaders({ "X-Forwarded-For": `10.9.${i}.${Math.floor(Math.random() * 250)}` });
    await page.goto("/en/editor/sign-in");
    await page.getByLabel(t.name).fill(VICTIM.name);
    await page.getByLabel(t.password).fill(`guess number ${i}`);
    await page.getByRole("button", { name: t.signIn }).click();
    const alert = page.locator("form [role=alert]");
    await expect(alert).toBeVisible();
    waited = (await alert.textContent())!.startsWith(t.status.wait.split(".")[0]!);
  }
  expect(waited).toBe(true);
  // the right password, now, from the editor's browser: straight in
  await signIn(own, "en", VICTIM);
  await editor.close();
  await attacker.close();
});

test("stored script and markup in any field render inert on every page and in the API", async ({ page, request }) => {
  test.setTimeout(120_000);
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
  await expect(page.getByRole("status").filter({ hasText: t.status.saved })).toBeVisible({ timeout: 15_000 });

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
  await expect(page.getByRole("region", { name: t.revisions }).getByRole("status").first()).toContainText(t.status.reverted.split("{id}")[0]!.trim(), { timeout: 15_000 });
});
