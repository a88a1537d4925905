/**
 * The pages the service worker writes itself, with no connection: "you are offline" (with what is
 * saved) and the progress of "save for offline". Plain HTML with its own small style: no scripts,
 * nothing to fetch. Pure, so the tests render them too.
 */
import { escapeHtml } from "../text/html";
import type { OfflineStrings } from "./worker-config";


const named: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", nbsp: "\u00a0" };
/** The text of an HTML-escaped string (as a page's <title> holds it). */
export const unescapeHtml = (html: string) =>
  html.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) =>
    name[0] === "#" ? String.fromCodePoint(parseInt(name.slice(name[1] === "x" || name[1] === "X" ? 2 : 1), name[1]?.toLowerCase() === "x" ? 16 : 10)) : (named[name] ?? whole),
  );

/** The title of an HTML page, as text. */
export const titleOf = (html: string) => unescapeHtml(/<title[^>]*>([^<]*)<\/title>/i.exec(html)?.[1] ?? "").trim();

/** Headers for the worker's pages: HTML, never stored, and a policy that allows nothing but their own style. */
export const pageHeaders = {
  "Content-Type": "text/html; charset=utf-8",
  "Cache-Control": "no-store",
  "Content-Security-Policy": "default-src 'none'; style-src 'unsafe-inline'; font-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'",
};

const style =
  "body{margin:0;background:#fdfcf8;color:#1d1d1f;font:1rem/1.5 system-ui,-apple-system,'Segoe UI',Roboto,'Noto Sans',Tahoma,sans-serif}" +
  "main{max-width:38rem;margin:0 auto;padding:1.5rem 1rem 4rem}h1{font-size:1.6rem;line-height:1.2}a{color:#0b5394}" +
  "li{margin:.35rem 0}.failed{color:#b00020}.done{font-weight:600}";

interface Page {
  locale: string;
  dir: "ltr" | "rtl";
  /** The locale's interface font, as the site sets it (Persian: Vazirmatn, from the files the worker kept). */
  font?: { faces: string; stack: string } | null;
}

/** The start of a page: everything up to and including its <h1>. */
export const pageStart = ({ locale, dir, font }: Page, title: string) =>
  `<!doctype html><html lang="${escapeHtml(locale)}" dir="${dir}"><head><meta charset="utf-8">` +
  `<meta name="viewport" content="width=device-width, initial-scale=1"><title>${escapeHtml(title)}</title>` +
  `<style>${font ? font.faces : ""}${style}${font ? `body{font-family:${font.stack}}` : ""}</style></head>` +
  `<body><main><h1>${escapeHtml(title)}</h1>`;

const pageEnd = "</main></body></html>";

/** A page's title in a list of another language's page: isolated, so a Russian title reads whole in a Persian list. */
const titleItem = (title: string) => `<bdi>${escapeHtml(title)}</bdi>`;

export interface SavedPage {
  url: string;
  title: string;
}

/** "You are offline": this page is not saved; here is what is (links), and a way to try again. */
export function offlinePage(page: Page, t: OfflineStrings, retryHref: string, saved: SavedPage[]): string {
  const list = saved.map((p) => `<li><a href="${escapeHtml(p.url)}">${titleItem(p.title)}</a></li>`).join("");
  return (
    pageStart(page, t.offlineTitle) +
    `<p>${escapeHtml(t.notSaved)}</p><p><a href="${escapeHtml(retryHref)}">${escapeHtml(t.retry)}</a></p>` +
    (saved.length > 0 ? `<h2>${escapeHtml(t.savedIntro)}</h2><ul>${list}</ul>` : `<p>${escapeHtml(t.nothingSaved)}</p>`) +
    pageEnd
  );
}

/** The progress page of "save for offline", written piece by piece as the pages are kept. */
export const savingPage = {
  start: (page: Page, t: OfflineStrings) => `${pageStart(page, t.savingTitle)}<p>${escapeHtml(t.savingIntro)}</p><ul>`,
  item: (t: OfflineStrings, title: string, saved: boolean) =>
    saved ? `<li>✓ ${titleItem(title)}</li>` : `<li class="failed">✗ ${titleItem(title)}: ${escapeHtml(t.failedItem)}</li>`,
  end: (t: OfflineStrings, size: string, allSaved: boolean, backHref: string) =>
    `</ul><p class="done">${escapeHtml(allSaved ? t.savedAll.replace("{size}", size) : t.savedSome)}</p>` +
    `<p><a href="${escapeHtml(backHref)}">${escapeHtml(t.back)}</a></p>${pageEnd}`,
};
