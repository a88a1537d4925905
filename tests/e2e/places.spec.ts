import fs from "node:fs";
import { expect, test } from "@playwright/test";
import { articlePath, expectAccessible, locales, messages, openEveryCard, visit, watchErrors } from "./support";

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
    expect(alt).toContain(nameOf("tajikistan", locale));
    // what it is and where, in words: the caption says it as the map's text alternative does
    const caption = section.locator("figcaption");
    expect(alt).toContain((await caption.textContent())!);
    expect(await caption.textContent()).not.toBe([nameOf("maymay", locale), ...chain.map((s) => nameOf(s, locale))].join(messages[locale].Map.separator));
    for (const slug of chain) {
      // the unit's name as the sentence needs it (Russian: «уезд провинции Бадахшан»), linked to its entry
      const link = caption.locator(`a[href="/${locale}/glossary/${slug}"]`);
      await expect(link).toHaveCount(1);
      expect(alt).toContain((await link.textContent())!);
    }
    // drawn here, from nothing but the page: no image, script or request for the map
    expect(await map.evaluate((svg) => svg.tagName.toLowerCase())).toBe("svg");
    await expect(map.locator("circle")).toHaveCount(1);
    await expect(map.locator("text", { hasText: nameOf("tajikistan", locale) })).toHaveCount(1);
    expect(await caption.evaluate((el) => getComputedStyle(el).direction)).toBe(locale === "fa" ? "rtl" : "ltr");
    await expectAccessible(page);
    expect(errors).toEqual([]);
  });
}

test("the article's card of a place carries its map and chain, and opening it asks for nothing but its names' font", async ({ page }) => {
  await visit(page, articlePath("en"));
  const requests: string[] = [];
  page.on("request", (r) => requests.push(r.url()));
  await page.getByRole("button", { name: nameOf("maymay", "en"), exact: true }).first().click();
  const card = page.getByRole("dialog", { name: nameOf("maymay", "en") });
  await expect(card.getByRole("img")).toHaveAttribute("aria-label", new RegExp(nameOf("tajikistan", "en")));
  await expect(card.getByRole("link", { name: nameOf("badakhshan", "en"), exact: true })).toBeVisible();
  // the card's Persian name brings the Persian font on first opening (the English page had no use for it)
  expect(requests.filter((url) => !/\/fonts\/vazirmatn-arabic-\d+\.[0-9a-f]+\.woff2$/.test(url))).toEqual([]);
});

test("a card's map draws the page's shared base map inside its frame", async ({ page }) => {
  await visit(page, articlePath("en"));
  await page.getByRole("button", { name: nameOf("maymay", "en"), exact: true }).first().click();
  const map = page.getByRole("dialog", { name: nameOf("maymay", "en") }).getByRole("img");
  await expect(map).toBeVisible();
  // what each <use> draws is there and inside the card's frame: land, the country filled, borders
  const boxes = await map.evaluate((svg) => [...svg.querySelectorAll("use")].map((u) => (u as SVGGraphicsElement).getBoundingClientRect()));
  const frame = await map.boundingBox();
  expect(boxes).toHaveLength(3);
  for (const box of boxes) {
    expect(box.width).toBeGreaterThan(0);
    expect(box.left).toBeLessThan(frame!.x + frame!.width);
    expect(box.right).toBeGreaterThan(frame!.x);
  }
});

test("the cards' maps draw the base maps the page carries once", async ({ page }) => {
  await visit(page, articlePath("en"));
  await openEveryCard(page);
  // one hidden set of base maps for all the cards, each card's map a few <use> of it
  await expect(page.locator("svg.locator-map__bases")).toHaveCount(1);
  const maps = page.locator(".term-card svg.locator-map__svg");
  const cardMaps = await maps.count();
  expect(cardMaps).toBeGreaterThan(5);
  const refs = await maps.evaluateAll((svgs) => svgs.flatMap((svg) => [...svg.querySelectorAll("use")].map((u) => u.getAttribute("href"))));
  expect(refs.length).toBeGreaterThanOrEqual(cardMaps * 2);
  for (const ref of new Set(refs)) await expect(page.locator(`svg.locator-map__bases ${ref}`)).toHaveCount(1);
  expect(await page.locator("svg.locator-map__bases path").count()).toBeLessThan(cardMaps * 3);
});
