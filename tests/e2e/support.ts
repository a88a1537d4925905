import AxeBuilder from "@axe-core/playwright";
import { expect, type Page } from "@playwright/test";
import en from "../../messages/en.json" with { type: "json" };
import ru from "../../messages/ru.json" with { type: "json" };
import tg from "../../messages/tg.json" with { type: "json" };
import fa from "../../messages/fa.json" with { type: "json" };
import { routing } from "../../i18n/routing";

export const locales = routing.locales;
export type Locale = (typeof locales)[number];
export const messages: Record<Locale, typeof en> = { en, ru, tg, fa };
export const articlePath = (locale: string) => `/${locale}/articles/dushanbe-reinforces-border`;

/** Collects console errors and uncaught exceptions of a page. */
export function watchErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on("console", (m) => {
    if (m.type() === "error") errors.push(m.text());
  });
  page.on("pageerror", (e) => errors.push(String(e)));
  return errors;
}

/** Zero axe-core violations against WCAG 2.2 AA. */
export async function expectAccessible(page: Page) {
  const result = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]).analyze();
  expect(result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
}

/** Opens a page and waits until its scripts have hydrated it (the layout marks html[data-enhanced]). */
export async function visit(page: Page, path: string) {
  const response = await page.goto(path);
  await page.locator("html[data-enhanced]").waitFor({ state: "attached" });
  return response;
}
