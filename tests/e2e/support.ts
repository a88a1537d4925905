import AxeBuilder from "@axe-core/playwright";
import { expect, type Page } from "@playwright/test";
import en from "../../messages/en.json" with { type: "json" };
import ru from "../../messages/ru.json" with { type: "json" };
import tg from "../../messages/tg.json" with { type: "json" };
import fa from "../../messages/fa.json" with { type: "json" };
import { routing } from "../../i18n/routing";
import { subsetHas } from "../../lib/fonts/faces";

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

interface DomNode {
  nodeId: number;
  nodeType: number;
  nodeName: string;
  nodeValue: string;
  attributes?: string[];
  children?: DomNode[];
}
const hasPersianLetter = (text: string) => [...text].some((c) => /\p{Script=Arabic}/u.test(c) && /\p{L}/u.test(c));

/**
 * Elements whose own text has Persian letters and that Chromium draws, wholly or partly, in a font
 * other than Vazirmatn (its own account of the fonts it used for each element, through the
 * DevTools protocol; elements not drawn are skipped). That account covers the text of the
 * element's inline descendants too, so the text judged is the element's whole text: made only of
 * what Vazirmatn's subset has (letters, spaces, Persian punctuation), it must be Vazirmatn's alone;
 * mixed with other characters, it must use it. Outside Persian pages, a language's name in the
 * language menus (a[hreflang]) is in the device's font by design (no web font fetched for a menu).
 */
export async function persianTextOutsideVazirmatn(page: Page): Promise<string[]> {
  const persianPage = (await page.evaluate(() => document.documentElement.lang)) === "fa";
  const cdp = await page.context().newCDPSession(page);
  try {
    await cdp.send("DOM.enable");
    await cdp.send("CSS.enable");
    const { root } = (await cdp.send("DOM.getDocument", { depth: -1 })) as { root: DomNode };
    const found: string[] = [];
    const textOf = (node: DomNode): string => (node.nodeType === 3 ? node.nodeValue : (node.children ?? []).map(textOf).join(""));
    const walk = async (node: DomNode) => {
      const own = (node.children ?? []).filter((c) => c.nodeType === 3).map((c) => c.nodeValue).join("");
      const menu = node.nodeName === "A" && (node.attributes ?? []).includes("hreflang");
      if (node.nodeType === 1 && hasPersianLetter(own) && !(menu && !persianPage)) {
        const { fonts } = await cdp.send("CSS.getPlatformFontsForNode", { nodeId: node.nodeId });
        const others = fonts.filter((f) => !/^Vazirmatn\b/.test(f.familyName));
        const text = textOf(node);
        const onlyPersian = [...text].every((c) => subsetHas("arabic", c.codePointAt(0)!) || /\s/.test(c));
        if (fonts.length > 0 && (others.length === fonts.length || (onlyPersian && others.length > 0)))
          found.push(`<${node.nodeName.toLowerCase()} ${(node.attributes ?? []).join(" ").slice(0, 60)}> "${text.trim().slice(0, 30)}": ${fonts.map((f) => `${f.familyName} (${f.glyphCount})`).join(", ")}`);
      }
      for (const child of node.children ?? []) await walk(child);
    };
    await walk(root);
    return found;
  } finally {
    await cdp.detach();
  }
}

/** The local stand-in for news sites (tests/support/fixture-server.ts), beside the app's port. */
/**
 * Opens every name's card on the page once, as a reader clicking each name in turn, and closes it
 * again; returns the ids of the cards the names open (cards are built on their first opening).
 */
export async function openEveryCard(page: Page): Promise<string[]> {
  const ids = await page.locator(".term[aria-controls]").evaluateAll((els) => [...new Set(els.map((e) => e.getAttribute("aria-controls")!))].sort());
  for (const id of ids) {
    await page.locator(`.term[aria-controls="${id}"]`).first().click();
    await expect(page.locator(`[id="${id}"]`)).toBeVisible();
    await page.keyboard.press("Escape");
    await expect(page.locator(`[id="${id}"]`)).toBeHidden();
  }
  return ids;
}

export const fixtureBase = `http://localhost:${Number(process.env.E2E_PORT ?? 3100) + 1}`;

/** A fresh made-up name per test run, so the glossary never knows it already. */
export function freshName(first = "Rustam"): string {
  const letters = "abcdefghijklmnopqrstuvwxyz";
  let n = Date.now() * 1000 + Math.floor(Math.random() * 1000);
  let suffix = "";
  while (n > 0) {
    suffix += letters[n % 26];
    n = Math.floor(n / 26);
  }
  return `${first} Q${suffix.slice(0, 7)}zoda`;
}

export const EDITOR = { name: "e2e-editor", password: "a long enough password" };

/** Signs in through the form (works with and without JavaScript) and waits for the editor's home. */
export async function signIn(page: Page, locale: Locale = "en", account = EDITOR) {
  const t = messages[locale].Editor;
  await page.goto(`/${locale}/editor/sign-in`);
  await page.getByLabel(t.name).fill(account.name);
  await page.getByLabel(t.password).fill(account.password);
  await page.getByRole("button", { name: t.signIn }).click();
  const home = page.getByRole("heading", { level: 1, name: t.title });
  // many tests sign in to one account at once: past the free attempts, the throttle asks to wait
  const wait = page.locator("form [role=alert]").filter({ hasText: /\d/ });
  // a shared machine under a parallel test load: scrypt and the database's one writer take their time
  await expect(home.or(wait)).toBeVisible({ timeout: 30_000 });
  if (await wait.isVisible()) {
    await page.waitForTimeout(Number(/\d+/.exec((await wait.textContent()) ?? "")?.[0] ?? 2) * 1000);
    await page.getByLabel(t.password).fill(account.password);
    await page.getByRole("button", { name: t.signIn }).click();
  }
  await expect(home).toBeVisible({ timeout: 30_000 });
}

export { formFields } from "../support/form-fields";
