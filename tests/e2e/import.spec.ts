import { spawnSync } from "node:child_process";
import { expect, test } from "@playwright/test";
import { messages, visit } from "./support";

/**
 * A glossary imported from the command line into the running site: the command refreshes the
 * site's pages, names in other languages are shown under "Other languages", a deprecated name is
 * marked as not to be used, and where the reader's language has no name the card says which
 * language it shows instead.
 */

const once = (script: string, args: string[]) =>
  spawnSync(process.execPath, ["--conditions=react-server", "--import", "tsx", `scripts/${script}.ts`, ...args], {
    env: { ...process.env, DATABASE_URL: process.env.E2E_DATABASE_URL ?? "file:./data/e2e.db" },
    encoding: "utf8",
  });

/** Runs a command; refused as busy while other tests write to the same database (it says so and changes nothing), it is run again. */
function run(script: string, args: string[]) {
  let result = once(script, args);
  for (let attempt = 1; attempt < 4 && result.status !== 0 && /is busy/.test(result.stderr); attempt++) {
    Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 2000);
    result = once(script, args);
  }
  return result;
}

test.describe.configure({ mode: "serial" });

test.beforeAll(() => {
  const article = run("article", ["import", "tests/fixtures/e2e/ishkashim-article.md", "--locale", "en"]);
  expect(article.status, article.stderr).toBe(0);
  const glossary = run("glossary", ["import", "tests/fixtures/e2e/ishkashim.tbx"]);
  expect(glossary.status, glossary.stderr).toBe(0);
  expect(glossary.stdout).toMatch(/Refreshed the pages of the running site \(http:\/\/localhost:\d+\)\./);
});

test("names in other languages are under Other languages; a deprecated name is not to be used", async ({ page }) => {
  const t = messages.en;
  await expect(async () => {
    await page.goto("/en/glossary/ishkashim");
    await expect(page.getByRole("heading", { level: 1, name: "Ishkashim" })).toBeVisible({ timeout: 1000 });
  }).toPass({ timeout: 30_000 });
  const others = page.getByRole("region", { name: t.GlossaryEntry.otherLanguages });
  await expect(others.getByText("German")).toBeVisible();
  await expect(others.getByText("Ischkaschim")).toBeVisible();
  await expect(others.getByText("Dari")).toBeVisible();
  await expect(others.getByText("اشکاشم")).toBeVisible();
  await expect(page.getByRole("listitem").filter({ hasText: "Eshkashem" })).toContainText(`(${t.TermCard.deprecated})`);
});

test("a reader whose language has no name is told which language the card shows instead", async ({ page }) => {
  const t = messages.fa;
  await visit(page, "/fa/articles/e2e-ishkashim");
  await page.getByRole("button", { name: "Ishkashim" }).first().click();
  const card = page.getByRole("dialog", { name: "Ishkashim" });
  await expect(card).toBeVisible();
  await expect(card).toContainText(t.TermCard.nameFallback.replace("{language}", t.Languages.fa).replace("{shown}", t.Languages.en));
  await expect(card).toContainText(t.TermCard.otherLanguages);
  await visit(page, "/ru/glossary/ishkashim");
  const ru = messages.ru;
  await expect(page.getByText(ru.TermCard.nameFallback.replace("{language}", ru.Languages.ru).replace("{shown}", ru.Languages.en))).toBeVisible();
});
