import { expect, test } from "@playwright/test";
import { articlePath, expectAccessible, locales, messages, openEveryCard, watchErrors, visit } from "./support";

const dialog = (page: import("@playwright/test").Page) => page.getByRole("dialog");

for (const locale of locales) {
  const t = messages[locale];

  test.describe(`reader in ${locale}`, () => {
    test("shows the article with the right language and direction, and no console errors", async ({ page }) => {
      const errors = watchErrors(page);
      await visit(page, articlePath(locale));
      await expect(page.locator("html")).toHaveAttribute("lang", locale);
      await expect(page.locator("html")).toHaveAttribute("dir", locale === "fa" ? "rtl" : "ltr");
      await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
      await expect(page.locator("#p1")).toBeVisible();
      await expect(page.locator("#p39")).toBeAttached();
      await expect(page.getByRole("heading", { level: 2 })).toHaveCount(3);
      await expect(page.getByRole("navigation", { name: t.LocaleSwitcher.label })).toBeVisible();
      expect(errors).toEqual([]);
    });

    test("opens a card by click, closes it with Escape and returns focus", async ({ page }) => {
      await visit(page, articlePath(locale));
      const trigger = page.locator("#p3").getByRole("button").first();
      const name = await trigger.textContent();
      await expect(trigger).toHaveAttribute("aria-expanded", "false");
      await trigger.click();
      await expect(dialog(page)).toBeVisible();
      await expect(trigger).toHaveAttribute("aria-expanded", "true");
      await expect(trigger).toHaveAttribute("translate", "no");
      const card = dialog(page);
      await expect(card.getByText(t.TermCard.names)).toBeVisible();
      for (const language of Object.values(t.Languages)) await expect(card.getByText(language, { exact: true })).toBeVisible();
      await expect(card.getByRole("link", { name: /./ }).last()).toHaveAttribute("href", new RegExp(`^/${locale}/glossary/`));
      expect(name?.length).toBeGreaterThan(0);
      await page.keyboard.press("Escape");
      await expect(dialog(page)).toBeHidden();
      await expect(trigger).toHaveAttribute("aria-expanded", "false");
      await expect(trigger).toBeFocused();
    });

    test("opens and closes a card from the keyboard (Enter and Space)", async ({ page }) => {
      await visit(page, articlePath(locale));
      const trigger = page.locator("#p2").getByRole("button").first();
      await trigger.focus();
      await page.keyboard.press("Enter");
      await expect(dialog(page)).toBeVisible();
      // Tab moves into the open card
      await page.keyboard.press("Tab");
      await expect(dialog(page).locator(":focus")).toHaveCount(1);
      await page.keyboard.press("Escape");
      await expect(dialog(page)).toBeHidden();
      await expect(trigger).toBeFocused();
      await page.keyboard.press(" ");
      await expect(dialog(page)).toBeVisible();
      await page.keyboard.press(" ");
      await expect(dialog(page)).toBeHidden();
    });

    test("has no axe-core violations with a card closed and open", async ({ page }) => {
      await visit(page, articlePath(locale));
      await expectAccessible(page);
      await page.locator("#p3").getByRole("button").first().click();
      await expect(dialog(page)).toBeVisible();
      await expectAccessible(page);
    });

    test("keeps the card inside a 360 px wide phone screen", async ({ page }) => {
      await page.setViewportSize({ width: 360, height: 740 });
      await visit(page, articlePath(locale));
      const triggers = page.locator('.term[role="button"]');
      for (const index of [0, 5, await triggers.count() - 1]) {
        const trigger = triggers.nth(index);
        await trigger.scrollIntoViewIfNeeded();
        await trigger.click();
        const box = (await dialog(page).boundingBox())!;
        expect(box.x).toBeGreaterThanOrEqual(0);
        expect(box.y).toBeGreaterThanOrEqual(0);
        expect(box.x + box.width).toBeLessThanOrEqual(360);
        expect(box.y + box.height).toBeLessThanOrEqual(740);
        await page.keyboard.press("Escape");
      }
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow).toBe(0);
    });
  });
}

test("opening a card fetches nothing but the fonts of its scripts the page lacked", async ({ page }) => {
  await visit(page, articlePath("en"));
  await page.waitForLoadState("networkidle");
  const requests: string[] = [];
  page.on("request", (r) => requests.push(new URL(r.url()).pathname));
  await page.getByRole("button", { name: "Jamaat Ansarullah", exact: true }).first().click();
  await expect(page.getByRole("dialog", { name: "Jamaat Ansarullah" })).toBeVisible();
  await page.waitForTimeout(300);
  // the card shows the Persian name: its font comes now, on first opening, and only that
  expect(requests).toEqual([expect.stringMatching(/^\/fonts\/vazirmatn-arabic-400\.[0-9a-f]+\.woff2$/)]);
});

test("the page carries the cards of its own terms only, each built when its name is first opened", async ({ page, request }) => {
  // not a card of a term the article does not name, not even as data
  expect(await (await request.get(articlePath("en"))).text()).not.toContain("term-gorno-badakhshan");
  await visit(page, articlePath("en"));
  // loading the page builds no card: none is opened yet
  await expect(page.locator(".term-card")).toHaveCount(0);
  const used = await openEveryCard(page);
  expect(used.length).toBeGreaterThan(20);
  const cards = await page.locator(".term-card").evaluateAll((els) => els.map((e) => e.id).sort());
  expect(cards).toEqual(used);
});

test("resting the mouse on a name opens its card, which stays open while the pointer moves into it", async ({ page }) => {
  await visit(page, articlePath("en"));
  const trigger = page.getByRole("button", { name: "Maymay", exact: true }).first();
  const box = (await trigger.boundingBox())!;
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  const card = page.getByRole("dialog", { name: "Maymay" });
  await expect(card).toBeVisible();
  const cardBox = (await card.boundingBox())!;
  await page.mouse.move(cardBox.x + 20, cardBox.y + 20, { steps: 5 });
  await page.waitForTimeout(500);
  await expect(card).toBeVisible();
  await page.mouse.move(5, 5);
  await expect(card).toBeHidden();
});

test("in right-to-left pages the card opens toward the left of its name", async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await visit(page, articlePath("fa"));
  const trigger = page.locator("#p3").getByRole("button").last();
  await trigger.click();
  const t = (await trigger.boundingBox())!;
  const c = (await page.getByRole("dialog").boundingBox())!;
  expect(Math.abs(c.x + c.width - (t.x + t.width))).toBeLessThan(2);
});

test("the highlight setting is remembered on the device", async ({ page }) => {
  const t = messages.en.Highlight;
  await visit(page, articlePath("en"));
  await page.getByRole("radio", { name: t.none }).check();
  await expect(page.getByRole("button", { name: "Maymay", exact: true })).toHaveCount(0);
  await page.reload();
  await expect(page.getByRole("radio", { name: t.none })).toBeChecked();
  await expect(page.getByRole("button", { name: "Maymay", exact: true })).toHaveCount(0);
  await page.getByRole("radio", { name: t.first }).check();
  // the first mention per section stays a button, later ones in the same section do not
  await expect(page.locator("#p2").getByRole("button", { name: "Maymay", exact: true })).toHaveCount(1);
  await expect(page.locator("#p4").getByRole("button", { name: "Maymay", exact: true })).toHaveCount(0);
  await page.getByRole("radio", { name: t.all }).check();
  await expect(page.locator("#p4").getByRole("button", { name: "Maymay", exact: true })).toHaveCount(1);
});

test("the language switcher keeps the reader on the same article", async ({ page }) => {
  await visit(page, articlePath("en"));
  await page.getByRole("navigation", { name: messages.en.LocaleSwitcher.label }).getByRole("link", { name: "Русский" }).click();
  await expect(page).toHaveURL(new RegExp(`${articlePath("ru")}(#p1)?$`));
  await expect(page.locator("html")).toHaveAttribute("lang", "ru");
  await page.getByRole("navigation", { name: messages.ru.LocaleSwitcher.label }).getByRole("link", { name: "فارسی" }).click();
  await expect(page).toHaveURL(new RegExp(`${articlePath("fa")}(#p1)?$`));
  await expect(page.locator("html")).toHaveAttribute("dir", "rtl");
});

test("/ sends the reader to the locale of the cookie, then of Accept-Language", async ({ browser }) => {
  const persian = await browser.newContext({ locale: "fa-IR" });
  const page = await persian.newPage();
  await visit(page, "/");
  await expect(page).toHaveURL(/\/fa$/);
  await persian.addCookies([{ name: "NEXT_LOCALE", value: "tg", url: page.url() }]);
  await visit(page, "/");
  await expect(page).toHaveURL(/\/tg$/);
  await persian.close();
  const other = await browser.newContext({ locale: "de-DE" });
  const second = await other.newPage();
  await second.goto("/");
  await expect(second).toHaveURL(/\/en$/);
  await other.close();
});

test("the article list links to the article", async ({ page }) => {
  await visit(page, "/tg");
  await page.getByRole("link", { name: /Душанбе/ }).click();
  await expect(page).toHaveURL(new RegExp(articlePath("tg")));
});

test("each paragraph has a stable anchor a link can point to", async ({ page }) => {
  await visit(page, `${articlePath("en")}#p16`);
  await expect(page.locator("#p16")).toBeInViewport();
  await expect(page.locator("#p16")).toContainText("Badakhshan Deputy Governor");
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  for (const locale of locales) {
    test(`the article is readable in ${locale} and each name leads to its entry`, async ({ page }) => {
      await page.goto(articlePath(locale));
      await expect(page.locator("#p3")).toBeVisible();
      // the cards stay out of the text; the names are links to the entries
      await expect(page.getByRole("dialog")).toHaveCount(0);
      const name = page.locator("#p3").getByRole("link").first();
      const text = (await name.textContent())!;
      await name.click();
      await expect(page).toHaveURL(new RegExp(`/${locale}/glossary/[a-z0-9-]+$`));
      await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
      expect(text.length).toBeGreaterThan(0);
    });
  }
});

test.describe("bad addresses get a localized 404 page", () => {
  for (const locale of locales) {
    test(`unknown article in ${locale}`, async ({ page }) => {
      const response = await page.goto(`/${locale}/articles/no-such-article`);
      expect(response?.status()).toBe(404);
      await expect(page.getByRole("heading", { level: 1, name: messages[locale].NotFound.title })).toBeVisible();
      await expect(page.locator("html")).toHaveAttribute("lang", locale);
    });
  }

  test("unknown locale", async ({ page }) => {
    const response = await page.goto("/xx/articles/dushanbe-reinforces-border");
    expect(response?.status()).toBe(404);
    await expect(page.getByRole("heading", { name: messages.en.NotFound.title })).toBeVisible();
    await expect(page.getByRole("heading", { name: messages.fa.NotFound.title })).toBeVisible();
  });

  test("odd paths never give a 500", async ({ request }) => {
    for (const path of ["/en/articles/%2e%2e%2fetc", "/en/articles/" + "a".repeat(500), "/en/glossary/%00", "/fa/glossary/NOPE", "/en/x/y/z"]) {
      const response = await request.get(path);
      expect(response.status(), path).toBe(404);
    }
  });
});
