import { expect, test, type Page } from "@playwright/test";
import { writing } from "../../lib/locales";
import { firstView, phoneContext } from "../../scripts/phone";
import { articlePath, expectAccessible, locales, messages, persianTextOutsideVazirmatn, visit } from "./support";

/** The font files (family-subset, any weight) a page of this locale may fetch: those of its script only. */
function allowedFonts(locale: (typeof locales)[number]): string[] {
  const { script, extraLetters } = writing[locale];
  if (script === "arabic") return ["vazirmatn-arabic"];
  if (script === "latin") return ["noto-serif-latin"];
  return ["noto-serif-latin", "noto-serif-cyrillic", ...(extraLetters ? ["noto-serif-cyrillic-extra"] : [])];
}
const subsetOf = (file: string) => file.replace(/-\d{3}\.[0-9a-f]+\.woff2$/, "");

test.describe("on an emulated phone (slow 4G, CPU 4× slower)", () => {
  test.describe.configure({ timeout: 120_000 });

  for (const locale of locales) {
    test(`the ${locale} edition loads without layout shift, with the fonts of its own script only`, async ({ browser, baseURL }) => {
      const view = await firstView(browser, baseURL + articlePath(locale));
      expect(view.layoutShift, JSON.stringify(view.shifts)).toBeLessThanOrEqual(0.02);
      const subsets = [...new Set(view.fontFiles.map(subsetOf))].sort();
      // the reading font of the edition's script is there, and nothing of another script
      expect(subsets).toContain(allowedFonts(locale)[0]);
      expect(subsets.filter((s) => !allowedFonts(locale).includes(s))).toEqual([]);
      for (const file of view.fontFiles) expect(file).not.toMatch(/greek|devanagari|vietnamese|latin-ext|noto-sans/);
    });
  }

  test("nothing moves when the page opens at the reader's place, with their settings", async ({ browser, baseURL }) => {
    // a language switch or a link lands on #pN; the reader has chosen "first" and knows a name
    const settings = `localStorage.setItem("tarjuma.highlight", "first");localStorage.setItem("tarjuma.known", JSON.stringify({ maymay: { name: "Maymay", lang: "en" } }));`;
    const view = await firstView(browser, `${baseURL}${articlePath("ru")}#p12`, settings);
    expect(view.layoutShift, JSON.stringify(view.shifts)).toBeLessThanOrEqual(0.02);
  });
});

test.describe("Persian text is set in Vazirmatn", () => {
  for (const path of [articlePath("fa"), "/fa/glossary", "/fa/glossary/maymay", `${articlePath("fa")}/parallel/en`, `${articlePath("en")}/parallel/fa`]) {
    test(`on ${path}: headings, text, interface${path === articlePath("fa") ? " and an open card with its map" : ""}`, async ({ page }) => {
      await visit(page, path);
      await page.evaluate(() => document.fonts.ready);
      expect(await persianTextOutsideVazirmatn(page)).toEqual([]);
      if (path !== articlePath("fa")) return;
      await page.locator(".term[data-term='maymay']").first().click();
      await expect(page.getByRole("dialog").getByRole("img")).toBeVisible();
      await page.evaluate(() => document.fonts.ready);
      expect(await persianTextOutsideVazirmatn(page)).toEqual([]);
    });
  }
});

/** Removes the popover API, as in browsers before Chrome 114, Safari 17 and Firefox 125. */
const withoutPopovers = `for (const name of ["showPopover", "hidePopover", "togglePopover"]) delete HTMLElement.prototype[name];`;

for (const locale of locales) {
  test(`without the popover API, the names of the ${locale} edition lead to their entries`, async ({ browser }) => {
    const context = await browser.newContext(phoneContext);
    await context.addInitScript(withoutPopovers);
    const page = await context.newPage();
    await visit(page, articlePath(locale));
    await expect(page.locator("#p3").getByRole("button")).toHaveCount(0);
    await expect(page.getByRole("dialog")).toHaveCount(0);
    await expectAccessible(page);
    const name = page.locator("#p3").getByRole("link").first();
    const slug = await name.getAttribute("data-term");
    await name.tap();
    await expect(page).toHaveURL(new RegExp(`/${locale}/glossary/${slug}$`));
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    await context.close();
  });
}

/** The names of a concept that are still highlighted and open a card. */
const highlighted = (page: Page, slug: string) => page.locator(`.term[data-term="${slug}"][role="button"]`);

for (const locale of locales) {
  test(`"I know this" in ${locale}: the name is plain in every edition, and the settings list highlights it again`, async ({ page }) => {
    const t = messages[locale];
    await visit(page, articlePath(locale));
    const trigger = page.locator("#p3").getByRole("button").first();
    const slug = (await trigger.getAttribute("data-term"))!;
    await trigger.click();
    const card = page.getByRole("dialog");
    const name = (await card.locator(".term-card__name").textContent())!;
    await card.getByRole("button", { name: t.TermCard.know }).click();
    await expect(card).toBeHidden();
    await expect(highlighted(page, slug)).toHaveCount(0);
    await expect(page.locator(`.term[data-term="${slug}"]`).first()).toHaveCSS("background-color", "rgba(0, 0, 0, 0)");

    // another edition: plain from its first paint (the boot script applies it before hydration)
    const other = locales.find((l) => l !== locale)!;
    await page.goto(articlePath(other));
    await expect(page.locator(`.term[data-term="${slug}"]`).first()).toHaveCSS("background-color", "rgba(0, 0, 0, 0)");
    await page.locator("html[data-enhanced]").waitFor({ state: "attached" });
    await expect(highlighted(page, slug)).toHaveCount(0);

    // the list in the reader settings brings it back
    await visit(page, articlePath(locale));
    await page.getByText(t.Highlight.known, { exact: true }).click();
    const forget = page.getByRole("button", { name: `${t.Highlight.forget}: ${name}` });
    await expect(forget).toBeVisible();
    await expectAccessible(page);
    await forget.click();
    await expect(page.getByText(t.Highlight.knownNone)).toBeVisible();
    await expect(highlighted(page, slug).first()).toBeVisible();
  });
}
