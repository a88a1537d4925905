import fs from "node:fs";
import path from "node:path";
import { families, fontFaceRule } from "@/lib/fonts/faces";
import { formatBytes } from "@/lib/format/bytes";
import { assetsOf, fontFilesFor, textOf } from "@/lib/offline/assets";
import { parseFontFaces } from "@/lib/offline/font-faces";
import { isKeptPage, localeOfPath, saveRequest } from "@/lib/offline/keep";
import { offlinePage, savingPage, titleOf } from "@/lib/offline/pages";
import en from "@/messages/en.json" with { type: "json" };
import { routing } from "@/i18n/routing";

const locales = routing.locales;
const at = (p: string) => new URL(p, "https://tarjuma.example");

describe("what the service worker keeps", () => {
  test("articles, their parallel views, the glossary, its entries and the article list", () => {
    for (const p of ["/en", "/fa/articles/some-article", "/ru/articles/x/parallel/fa", "/tg/glossary", "/en/glossary/warduj"]) {
      expect([p, isKeptPage(at(p), locales)]).toEqual([p, true]);
    }
  });

  test("never a search, the editor, the API, a file, a download or an unknown locale", () => {
    for (const p of ["/en/glossary?q=x", "/en/editor", "/en/editor/terms/warduj", "/api/glossary", "/sitemap.xml", "/en/feed.xml", "/en/articles/x/offline", "/xx/glossary", "/serwist/sw.js"]) {
      expect([p, isKeptPage(at(p), locales)]).toEqual([p, false]);
    }
  });

  test("knows the save address of an article, in a known locale only", () => {
    expect(saveRequest(at("/fa/articles/dushanbe-reinforces-border/save"), locales)).toEqual({ locale: "fa", slug: "dushanbe-reinforces-border" });
    expect(saveRequest(at("/xx/articles/a/save"), locales)).toBeNull();
    expect(saveRequest(at("/en/articles/a"), locales)).toBeNull();
    expect(localeOfPath("/tg/glossary", locales, "en")).toBe("tg");
    expect(localeOfPath("/nowhere", locales, "en")).toBe("en");
  });
});

describe("what a kept page needs", () => {
  test("the build files named in its tags and in its React payload, each once", () => {
    const html = `<link rel="stylesheet" href="/_next/static/chunks/a1.css"><script src="/_next/static/chunks/b2.js" async></script>
      <script>self.__next_f.push([1,"4:I[1,[\\"static/chunks/c3.js\\",\\"static/chunks/b2.js\\"],\\"X\\"]"])</script><a href="/en/glossary">x</a>`;
    expect(assetsOf(html).sort()).toEqual(["/_next/static/chunks/a1.css", "/_next/static/chunks/b2.js", "/_next/static/chunks/c3.js"]);
    expect(textOf("<p>Душанбе <b>и</b></p>")).toContain("Душанбе");
  });

  test("the font files of the scripts its text uses, from the site's own stylesheet", () => {
    const css = ["400", "700"].map((w) => fs.readFileSync(path.join("node_modules/@fontsource/noto-serif", `${w}.css`), "utf8")).join("\n");
    const files = fontFilesFor(css, "https://tarjuma.example/_next/static/chunks/site.css", "Вардуҷ");
    expect(files.length).toBeGreaterThan(0);
    expect(files.every((f) => f.includes("cyrillic"))).toBe(true);
    expect(files.some((f) => f.includes("cyrillic-ext"))).toBe(true); // ҷ is a Tajik letter
    expect(files.some((f) => /greek|devanagari|vietnamese/.test(f))).toBe(false);
  });

  test("the Persian file for Persian letters only: the spaces its face also covers ask for nothing", () => {
    const css = families.flatMap((f) => f.subsets.map((subset) => fontFaceRule(f, subset, 400, `/fonts/${f.pkg}-${subset}.woff2`))).join("\n");
    const at = "https://tarjuma.example/";
    expect(fontFilesFor(css, at, "Warduj and Maymay")).toEqual(["/fonts/noto-serif-latin.woff2"]);
    expect(fontFilesFor(css, at, "Вардуҷ")).not.toContain("/fonts/vazirmatn-arabic.woff2");
    expect(fontFilesFor(css, at, "ورودج")).toEqual(["/fonts/vazirmatn-arabic.woff2"]);
  });

  test("reads unicode-range with lists, ranges and wildcards", () => {
    const [face] = parseFontFaces(`@font-face { font-family: 'X'; font-weight: 700; src: url(./x.woff2) format('woff2'); unicode-range: U+0041, U+0400-045F, U+05?? }`);
    expect(face).toMatchObject({ family: "X", weight: "700", src: "./x.woff2" });
    expect(face!.ranges).toEqual([[0x41, 0x41], [0x400, 0x45f], [0x500, 0x5ff]]);
  });
});

describe("the worker's own pages", () => {
  const page = { locale: "en", dir: "ltr" as const };

  test("offline: says so, lists what is saved as links, and escapes every title", () => {
    const html = offlinePage(page, en.OfflineWorker, "/en/glossary/x", [{ url: "/en/articles/a", title: `<script>alert(1)</script> & "a"` }]);
    expect(html).toContain(`<h1>${en.OfflineWorker.offlineTitle}</h1>`);
    expect(html).toContain(`<a href="/en/articles/a"><bdi>&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;a&quot;</bdi></a>`);
    expect(html).not.toContain("<script>");
    expect(offlinePage(page, en.OfflineWorker, "/en", [])).toContain(en.OfflineWorker.nothingSaved);
  });

  test("saving: each page as it is kept, then the size it takes", () => {
    const html = savingPage.start(page, en.OfflineWorker) + savingPage.item(en.OfflineWorker, "A", true) + savingPage.item(en.OfflineWorker, "B", false) + savingPage.end(en.OfflineWorker, formatBytes(1_234_567, "en"), false, "/en/articles/a");
    expect(html).toContain("✓ <bdi>A</bdi>");
    expect(html).toContain(`✗ <bdi>B</bdi>: ${en.OfflineWorker.failedItem}`);
    expect(html).toContain(en.OfflineWorker.savedSome);
    expect(savingPage.end(en.OfflineWorker, "1.2 MB", true, "/en/articles/a")).toContain("This article takes 1.2 MB on this device.");
  });

  test("a title in another script is isolated from the list's direction (a Russian title in a Persian list)", () => {
    const fa = { locale: "fa", dir: "rtl" as const };
    expect(savingPage.item(en.OfflineWorker, "Душанбе усиливает границу", true)).toBe("<li>✓ <bdi>Душанбе усиливает границу</bdi></li>");
    expect(offlinePage(fa, en.OfflineWorker, "/fa", [{ url: "/ru/articles/a", title: "Душанбе: граница" }])).toContain("<bdi>Душанбе: граница</bdi>");
  });

  test("a page's title is read back as text", () => {
    expect(titleOf("<head><title>Tom &amp; Jerry&#x27;s · Tarjuma</title></head>")).toBe("Tom & Jerry's · Tarjuma");
  });

  test("sizes are written in the reader's language", () => {
    expect(formatBytes(212_400, "en")).toBe("212 kB");
    expect(formatBytes(1_450_000, "en")).toBe("1.5 MB");
    expect(formatBytes(212_400, "fa")).toMatch(/۲۱۲/);
  });
});
