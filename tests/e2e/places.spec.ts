import fs from "node:fs";
import { expect, test } from "@playwright/test";
import { articlePath, expectAccessible, locales, messages, visit, watchErrors } from "./support";

/** The preferred name of a term in a locale, as the glossary files have it. */
const nameOf = (slug: string, locale: string): string =>
  JSON.parse(fs.readFileSync(`prisma/data/glossary/terms/${slug}.json`, "utf8")).names[locale].preferred;

// Maymay lies in Badakhshan, Afghanistan, on the Panj: the border with Tajikistan
const chain = ["badakhshan", "afghanistan"];

for (const locale of locales) {
  test(`a place's entry shows where it is in ${locale}: a map with its text alternative, the chain linked`, async ({ page }) => {
    const errors = watchErrors(page);
    await visit(page, `/${locale}/glossary/maymay`);
    const section = page.getByRole("region", { name: messages[locale].Map.heading });
    const map = section.getByRole("img");
    const alt = await map.getAttribute("aria-label");
    expect(alt).toContain(nameOf("maymay", locale));
    for (const slug of chain) expect(alt).toContain(nameOf(slug, locale));
    expect(alt).toContain(nameOf("tajikistan", locale));
    for (const slug of chain) {
      await expect(section.getByRole("link", { name: nameOf(slug, locale), exact: true })).toHaveAttribute("href", `/${locale}/glossary/${slug}`);
    }
    // drawn here, from nothing but the page: no image, script or request for the map
    expect(await map.evaluate((svg) => svg.tagName.toLowerCase())).toBe("svg");
    await expect(map.locator("circle")).toHaveCount(1);
    await expect(map.locator("text", { hasText: nameOf("tajikistan", locale) })).toHaveCount(1);
    const caption = section.locator("figcaption");
    expect(await caption.evaluate((el) => getComputedStyle(el).direction)).toBe(locale === "fa" ? "rtl" : "ltr");
    await expectAccessible(page);
    expect(errors).toEqual([]);
  });
}

test("the article's card of a place carries its map and chain, and opening it asks for nothing", async ({ page }) => {
  await visit(page, articlePath("en"));
  const requests: string[] = [];
  page.on("request", (r) => requests.push(r.url()));
  await page.getByRole("button", { name: nameOf("maymay", "en"), exact: true }).first().click();
  const card = page.getByRole("dialog", { name: nameOf("maymay", "en") });
  await expect(card.getByRole("img")).toHaveAttribute("aria-label", new RegExp(nameOf("tajikistan", "en")));
  await expect(card.getByRole("link", { name: nameOf("badakhshan", "en"), exact: true })).toBeVisible();
  expect(requests).toEqual([]);
});
