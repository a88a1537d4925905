import { createHash } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { expect, test, type Page } from "@playwright/test";
import { articlePath, expectAccessible, persianTextOutsideVazirmatn, locales, messages, visit } from "./support";

/** Waits until the service worker runs and has kept this page (it is registered after load). */
async function waitUntilKept(page: Page) {
  await page.evaluate(() => navigator.serviceWorker.ready);
  await expect.poll(() => page.evaluate(async () => Boolean(await caches.match(location.pathname))), { timeout: 15_000 }).toBe(true);
}

for (const locale of locales) {
  const t = messages[locale];

  test(`${locale}: an article opened once opens again offline, with its cards; an unsaved page says it is offline`, async ({ page, context }) => {
    await visit(page, articlePath(locale));
    const title = (await page.getByRole("heading", { level: 1 }).textContent())!;
    await waitUntilKept(page);

    await context.setOffline(true);
    await visit(page, articlePath(locale));
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(title);
    const trigger = page.locator("#p3 .term").first();
    await trigger.click();
    await expect(page.getByRole("dialog")).toBeVisible();
    await expect(page.getByRole("dialog").getByText(t.TermCard.names)).toBeVisible();

    // a page never opened: the worker's own page, in the reader's language, listing what is saved
    await page.goto(`/${locale}/glossary/warduj`);
    await expect(page.getByRole("heading", { level: 1, name: t.OfflineWorker.offlineTitle })).toBeVisible();
    await expect(page.locator("html")).toHaveAttribute("lang", locale);
    await expect(page.locator("html")).toHaveAttribute("dir", locale === "fa" ? "rtl" : "ltr");
    await expect(page.getByRole("link", { name: title })).toHaveAttribute("href", articlePath(locale));
    await expectAccessible(page);
    // in the site's own font (the worker kept the files the article loaded before it ran)
    if (locale === "fa") {
      await page.evaluate(() => document.fonts.ready);
      expect(await persianTextOutsideVazirmatn(page)).toEqual([]);
    }

    // back online, the reader gets the current page again
    await context.setOffline(false);
    await page.getByRole("link", { name: t.OfflineWorker.retry }).click();
    await expect(page.getByRole("heading", { level: 1 })).not.toHaveText(t.OfflineWorker.offlineTitle);
  });
}

test("save for offline keeps every edition and the entries of its names, and says how much it takes", async ({ page, context }) => {
  const t = messages.en;
  await visit(page, articlePath("en"));
  await waitUntilKept(page);
  await page.getByRole("link", { name: t.Offline.saveLink }).click();
  await expect(page.getByRole("heading", { level: 1, name: t.OfflineWorker.savingTitle })).toBeVisible();
  const done = page.getByText(t.OfflineWorker.savedAll.split("{size}")[0]!);
  await expect(done).toBeVisible({ timeout: 60_000 });
  await expect(done).toHaveText(/\d+(\.\d)? (kB|MB)/);
  await expect(page.getByRole("listitem").filter({ hasText: "✗" })).toHaveCount(0);
  await expectAccessible(page);

  await context.setOffline(true);
  for (const locale of locales) {
    await visit(page, articlePath(locale));
    await expect(page.locator("html")).toHaveAttribute("lang", locale);
    await expect(page.locator("#p1")).toBeVisible();
  }
  await visit(page, "/en/glossary/jamaat-ansarullah");
  await expect(page.getByRole("heading", { level: 1, name: "Jamaat Ansarullah" })).toBeVisible();
});

test.describe("where no service worker runs", () => {
  test.use({ serviceWorkers: "block" });

  test("save for offline explains itself and offers the offline edition", async ({ page }) => {
    const t = messages.fa;
    await visit(page, articlePath("fa"));
    await page.getByRole("link", { name: t.Offline.saveLink }).click();
    await expect(page.getByRole("heading", { level: 1, name: t.OfflineWorker.savingTitle })).toBeVisible();
    await expect(page.getByText(t.Offline.unsupported)).toBeVisible();
    await expect(page.getByRole("link", { name: t.Offline.editionDownload.split("{size}")[0]! })).toBeVisible();
    await expectAccessible(page);
  });
});

test.describe("the offline edition", () => {
  // a download, two browser contexts and four editions each: more than the default 30 s on a busy machine
  test.describe.configure({ timeout: 120_000 });
  for (const locale of locales) {
    test(`${locale}: one file under 300 KB, as the page's SHA-256 says, that opens from a file with JavaScript off and shows a card`, async ({ page, browser }) => {
      const t = messages[locale];
      await visit(page, articlePath(locale));
      const shown = (await page.locator(".sha256").textContent())!.trim();
      const link = page.getByRole("link", { name: t.Offline.editionDownload.split("{size}")[0]! });
      const download = await Promise.all([page.waitForEvent("download"), link.click()]).then(([d]) => d);
      const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "tarjuma-")), download.suggestedFilename());
      await download.saveAs(file);
      const bytes = fs.readFileSync(file);
      expect(bytes.byteLength).toBeLessThanOrEqual(300_000);
      expect(createHash("sha256").update(bytes).digest("hex")).toBe(shown);

      const context = await browser.newContext({ javaScriptEnabled: false });
      const offline = await context.newPage();
      const requests: string[] = [];
      offline.on("request", (r) => requests.push(r.url()));
      await offline.goto(`file://${file}`);
      await expect(offline.locator("html")).toHaveAttribute("lang", locale);
      await expect(offline.locator("script")).toHaveCount(0);
      const edition = offline.locator("article:visible");
      await expect(edition).toHaveCount(1);
      const trigger = edition.locator("button.term").first();
      const name = (await trigger.textContent())!;
      await trigger.click();
      const card = offline.getByRole("dialog");
      await expect(card).toBeVisible();
      await expect(card.getByText(t.TermCard.names)).toBeVisible();
      expect(name.length).toBeGreaterThan(0);
      await offline.keyboard.press("Escape");
      await expect(card).toBeHidden();

      // every edition is one in-page link away
      for (const other of locales) {
        await offline.getByRole("navigation", { name: t.Offline.editions }).locator(`a[hreflang="${other}"]`).click();
        await expect(offline.locator("article:visible")).toHaveCount(1);
        await expect(offline.locator("article:visible h1")).toHaveAttribute("lang", other);
      }
      expect(requests.filter((url) => !url.startsWith("file://"))).toEqual([]);
      await context.close();

      // axe-core needs a script of its own: checked in a page that allows one, with a card open
      await page.goto(`file://${file}`);
      await expectAccessible(page);
      // the file's own fonts: the Persian edition in Vazirmatn, as on the site
      await page.goto(`file://${file}#edition-fa`);
      expect(await persianTextOutsideVazirmatn(page)).toEqual([]);
      await page.goto(`file://${file}`);
      await page.locator("article:visible button.term").first().click();
      await expect(page.getByRole("dialog")).toBeVisible();
      await expectAccessible(page);
    });
  }
});
