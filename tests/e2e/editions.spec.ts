import { expect, test } from "@playwright/test";
import warduj from "../../prisma/data/glossary/terms/warduj.json" with { type: "json" };
import fs from "node:fs";
import { parseArticleMarkdown } from "../../lib/import/article-markdown";
import { articlePath, expectAccessible, locales, messages, visit } from "./support";

/** Paragraph `anchor` of an edition as its file says it (editors rewrite the text; the test follows them). */
const paragraph = (locale: string, anchor: string) =>
  parseArticleMarkdown(fs.readFileSync(`prisma/data/articles/dushanbe-reinforces-border/${locale}.md`, "utf8")).blocks.find((b) => b.anchor === anchor)!.text;

// scrolling is instant, so "the paragraph on screen" is the one the test scrolled to
test.use({ reducedMotion: "reduce" });

test("switching language mid-article lands on the same paragraph", async ({ page }) => {
  await visit(page, articlePath("en"));
  await page.locator("#p20").evaluate((el) => el.scrollIntoView({ block: "start" }));
  await page.getByRole("navigation", { name: messages.en.LocaleSwitcher.label }).getByRole("link", { name: "Русский" }).click();
  await expect(page).toHaveURL(new RegExp(`${articlePath("ru")}#p20$`));
  await expect(page.locator("html")).toHaveAttribute("lang", "ru");
  await expect(page.locator("#p20")).toBeInViewport();
  await expect(page.locator("#p20")).toContainText(paragraph("ru", "p20"));
});

test("an open card reopens in the new language", async ({ page }) => {
  await visit(page, articlePath("en"));
  await page.locator("#p16").evaluate((el) => el.scrollIntoView({ block: "start" }));
  await page.locator("#p16").getByRole("button", { name: "Warduj" }).click();
  await expect(page.getByRole("dialog", { name: "Warduj" })).toBeVisible();
  await page.getByRole("navigation", { name: messages.en.LocaleSwitcher.label }).getByRole("link", { name: "فارسی" }).click();
  await expect(page).toHaveURL(/\/fa\/articles\/dushanbe-reinforces-border#p16$/);
  const card = page.getByRole("dialog", { name: warduj.names.fa.preferred });
  await expect(card).toBeVisible();
  await expect(page.locator('#p16 .term[aria-controls="term-warduj"]')).toHaveAttribute("aria-expanded", "true");
});

for (const locale of locales.filter((l) => l !== "en")) {
  test(`the ${locale} edition is labelled as a translation, with the original one click away`, async ({ page }) => {
    await visit(page, articlePath(locale));
    const t = messages[locale];
    const note = page.getByRole("note");
    await expect(note).toContainText(t.Article.translation.split("{language}")[0]!.trim());
    await note.getByRole("link", { name: t.Article.readOriginal }).click();
    await expect(page).toHaveURL(new RegExp(`${articlePath("en")}$`));
    await expect(page.locator("#p1")).toContainText("Tajikistan has deployed");
  });
}

test("every page names its language alternates, with x-default", async ({ page }) => {
  for (const path of [articlePath("tg"), "/tg/glossary", "/tg", "/tg/glossary/maymay"]) {
    await visit(page, path);
    for (const l of [...locales, "x-default"]) {
      await expect(page.locator(`link[rel="alternate"][hreflang="${l}"]`), `${path} ${l}`).toHaveCount(1);
    }
  }
});

test.describe("parallel mode", () => {
  const path = `${articlePath("en")}/parallel/fa`;

  test("shows English and Persian paragraph by paragraph, each in its own direction, terms linked in both", async ({ page }) => {
    await visit(page, articlePath("en"));
    await page.getByRole("link", { name: "فارسی", exact: true }).last().click();
    await expect(page).toHaveURL(new RegExp(`${path}$`));
    const rows = page.locator(".parallel__row:not(.parallel__columns)");
    await expect(rows).toHaveCount(42);
    const first = rows.first();
    await expect(first.locator('.parallel__cell[lang="en"]')).toHaveAttribute("dir", "ltr");
    await expect(first.locator('.parallel__cell[lang="fa"]')).toHaveAttribute("dir", "rtl");
    await expect(first.locator('.parallel__cell[lang="en"]').getByRole("button", { name: "Tajikistan" }).first()).toBeVisible();
    await expect(first.locator('.parallel__cell[lang="fa"]').getByRole("button", { name: "تاجیکستان" }).first()).toBeVisible();
    await expectAccessible(page);
  });

  test("pointing at or focusing a name marks the same concept in the other column", async ({ page }) => {
    await visit(page, path);
    const row = page.locator(".parallel__row:not(.parallel__columns)").nth(2);
    await row.locator('.parallel__cell[lang="en"]').getByRole("button", { name: "Jamaat Ansarullah" }).hover();
    await expect(row.locator('.parallel__cell[lang="fa"] .term--twin')).toHaveText(["جماعت انصارالله"]);
    await row.locator('.parallel__cell[lang="fa"]').getByRole("button", { name: "امرالدین تباروف" }).focus();
    await expect(row.locator('.parallel__cell[lang="en"] .term--twin')).toHaveText(["Amriddin Tabarov"]);
    await page.keyboard.press("Enter");
    await expect(page.getByRole("dialog", { name: "Amriddin Tabarov" })).toBeVisible();
  });

  test("stacks the editions on a phone", async ({ page }) => {
    await page.setViewportSize({ width: 360, height: 740 });
    await visit(page, path);
    const row = page.locator(".parallel__row:not(.parallel__columns)").first();
    const en = (await row.locator('.parallel__cell[lang="en"]').boundingBox())!;
    const fa = (await row.locator('.parallel__cell[lang="fa"]').boundingBox())!;
    expect(fa.y).toBeGreaterThanOrEqual(en.y + en.height - 1);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
  });
});

test("Persian pages are right to left throughout, with fonts served by the site itself", async ({ page }) => {
  const origins = new Set<string>();
  page.on("request", (r) => origins.add(new URL(r.url()).origin));
  await visit(page, articlePath("fa"));
  await page.waitForLoadState("networkidle");
  expect([...origins]).toEqual([new URL(page.url()).origin]);
  expect(await page.evaluate(() => document.fonts.check('16px "Vazirmatn"', "تاجیکستان"))).toBe(true);
  // the switcher and the header mirror: the brand sits at the right edge
  const brand = (await page.getByRole("link", { name: "Tarjuma" }).boundingBox())!;
  expect(brand.x).toBeGreaterThan((page.viewportSize()!.width * 2) / 3);
  // dates and numbers in Persian digits
  await expect(page.locator("time").first()).toContainText(/[۰-۹]/);
});
