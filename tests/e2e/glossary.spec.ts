import { expect, test } from "@playwright/test";
import { expectAccessible, locales, messages, watchErrors, visit } from "./support";

// A query per locale, typed the way a reader of that locale might, and the entry it must find.
const queries = {
  en: { q: "Tobarov", name: "Amriddin Tabarov" },
  ru: { q: "Ансоруллох", name: "Джамаат Ансаруллах" },
  tg: { q: "Вардуч", name: "Вардуҷ" },
  fa: { q: "Maimai", name: "مایمی" },
} as const;

for (const locale of locales) {
  const t = messages[locale];

  test(`search by keyboard in ${locale}, results as you type, Enter opens the entry`, async ({ page }) => {
    const errors = watchErrors(page);
    await visit(page, `/${locale}/glossary`);
    await expect(page.getByRole("heading", { level: 1, name: t.Navigation.glossary })).toBeVisible();
    const box = page.getByRole("searchbox", { name: t.GlossarySearch.label });
    await box.focus();
    await page.keyboard.type(queries[locale].q, { delay: 30 });
    const result = page.getByRole("listitem").getByRole("link", { name: queries[locale].name, exact: true });
    await expect(result).toBeVisible();
    await expect(page.getByRole("status")).not.toBeEmpty();
    await result.focus();
    await page.keyboard.press("Enter");
    await expect(page).toHaveURL(new RegExp(`/${locale}/glossary/[a-z-]+$`));
    await expect(page.getByRole("heading", { level: 1, name: queries[locale].name })).toBeVisible();
    expect(errors).toEqual([]);
  });

  test(`glossary, search and entry pages have no axe-core violations in ${locale}`, async ({ page }) => {
    await visit(page, `/${locale}/glossary`);
    await expectAccessible(page);
    await visit(page, `/${locale}/glossary?q=${encodeURIComponent(queries[locale].q)}`);
    await expectAccessible(page);
    await visit(page, `/${locale}/glossary/jamaat-ansarullah`);
    await expectAccessible(page);
  });

  test(`unknown term in ${locale} is a localized 404`, async ({ page }) => {
    const response = await page.goto(`/${locale}/glossary/no-such-term`);
    expect(response?.status()).toBe(404);
    await expect(page.getByRole("heading", { level: 1, name: t.NotFound.title })).toBeVisible();
  });
}

test("the glossary lists every term grouped by kind, sorted the way the locale sorts", async ({ page }) => {
  await visit(page, "/ru/glossary");
  const places = page.getByRole("region", { name: messages.ru.Kinds.place });
  const names = await places.getByRole("listitem").allTextContents();
  expect(names.length).toBeGreaterThan(3);
  expect(names).toEqual([...names].sort(new Intl.Collator("ru").compare));
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("the search box submits to /{locale}/glossary?q= and shows the same results", async ({ page }) => {
    await page.goto("/en/glossary");
    await page.getByRole("searchbox", { name: messages.en.GlossarySearch.label }).fill("Ансаруллах");
    await page.keyboard.press("Enter");
    await expect(page).toHaveURL(/\/en\/glossary\?q=/);
    await expect(page.getByRole("link", { name: "Jamaat Ansarullah", exact: true })).toBeVisible();
    await expect(page.getByText("found as Ансаруллах")).toBeVisible();
    await expect(page.getByRole("searchbox")).toHaveValue("Ансаруллах");
  });

  test("that address is answered by the app itself, not forwarded to itself over HTTP", async ({ request }) => {
    // an absolute rewrite is one Next.js proxies as if to another site (vercel/next.js#94745)
    const response = await request.get(`/ru/glossary?q=${encodeURIComponent("Ансар")}`);
    expect(response.status()).toBe(200);
    expect(response.headers()["x-middleware-rewrite"]).toMatch(/^\/ru\/search\?q=/);
  });
});

test("an entry shows every script, the disagreement between sources, and where the term appears", async ({ page }) => {
  await visit(page, "/en/glossary/jamaat-ansarullah");
  for (const name of ["Jamaat Ansarullah", "Джамаат Ансаруллах", "Ҷамоати Ансоруллоҳ", "جماعت انصارالله"]) {
    await expect(page.getByText(name, { exact: true }).first()).toBeVisible();
  }
  await expect(page.getByText(messages.en.Claims.disputed).first()).toBeVisible();
  await page.getByText(messages.en.GlossaryEntry.otherDefinitions).click();
  await expect(page.locator("dd[lang=fa]")).toBeVisible();
  // a back-link lands on the paragraph that mentions the term
  const link = page.getByRole("link", { name: /fighters belong to/ });
  const href = await link.getAttribute("href");
  expect(href).toMatch(/\/en\/articles\/dushanbe-reinforces-border#p\d+$/);
  await link.click();
  const anchor = href!.split("#")[1]!;
  const paragraph = page.locator(`#${anchor}`);
  await expect(paragraph).toBeInViewport();
  await expect(paragraph.getByRole("button", { name: "Jamaat Ansarullah" })).toBeVisible();
});

test("an entry has its own title and description", async ({ page }) => {
  await visit(page, "/fa/glossary/maymay");
  await expect(page).toHaveTitle(/مایمی/);
  await expect(page.locator('meta[name="description"]')).toHaveAttribute("content", /مایمی/);
  await expect(page.locator('link[rel="alternate"][hreflang="x-default"]')).toHaveAttribute("href", /\/en\/glossary\/maymay$/);
});

test.describe("the JSON API", () => {
  test("ranked results with cache headers", async ({ request }) => {
    const response = await request.get("/api/glossary?q=%D0%92%D0%B0%D1%80%D0%B4%D1%83%D2%B7&locale=fa&limit=3");
    expect(response.status()).toBe(200);
    expect(response.headers()["cache-control"]).toContain("max-age");
    const body = await response.json();
    expect(body.results[0]).toMatchObject({ slug: "warduj", name: "وردوج", match: "exact" });
    expect(body.results.length).toBeLessThanOrEqual(3);
  });

  test("the whole entry by slug, and a 404 for an unknown one", async ({ request }) => {
    const entry = await request.get("/api/glossary/maymay?locale=ru");
    expect(entry.status()).toBe(200);
    expect(entry.headers()["cache-control"]).toContain("max-age");
    const body = await entry.json();
    expect(body).toMatchObject({ slug: "maymay", name: "Маймай", kind: "place" });
    expect(body.appearances.length).toBeGreaterThan(0);
    expect((await request.get("/api/glossary/nope")).status()).toBe(404);
  });

  test("hostile or broken input is a 200 or a 400 with a reason, never a 500", async ({ request }) => {
    for (const q of ['"', "a\"b", "*", "NEAR", "OR", "(x)", "%", "\uD800", "x".repeat(10_000), "'; DROP TABLE Term; --"]) {
      const response = await request.get(`/api/glossary?q=${encodeURIComponent(q.replace("\uD800", "\uFFFD"))}`);
      expect([200, 400], q.slice(0, 20)).toContain(response.status());
      if (response.status() === 400) expect((await response.json()).error).toMatch(/^q: /);
    }
    const lone = await request.get("/api/glossary?q=%ED%A0%80");
    expect([200, 400]).toContain(lone.status());
    for (const bad of ["q=", "q=x&limit=0", "q=x&limit=abc", "q=x&locale=de"]) {
      const response = await request.get(`/api/glossary?${bad}`);
      expect(response.status(), bad).toBe(400);
      expect((await response.json()).error).toMatch(/^(q|limit|locale): /);
    }
  });
});
