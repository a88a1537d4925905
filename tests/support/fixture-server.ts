/**
 * A local stand-in for news sites, for the browser tests and the fetch tests: it serves the saved
 * pages and feeds of tests/fixtures/news (with {{NAME}}, {{RUN}} and {{BASE}} filled from the query,
 * so each test run gets fresh names and feed items), and the bad cases an import must survive: a
 * redirect loop, a page too big, one too slow, a JSON answer and a 404.
 *
 *   FIXTURE_PORT=3501 tsx tests/support/fixture-server.ts
 */
import fs from "node:fs";
import http from "node:http";
import path from "node:path";

const dir = path.resolve("tests/fixtures/news");

/** Windows-1251 for Cyrillic text (the Russian page declares it, as many older sites do). */
export function toCp1251(text: string): Buffer {
  const bytes: number[] = [];
  for (const ch of text) {
    const code = ch.codePointAt(0)!;
    if (code < 0x80) bytes.push(code);
    else if (code >= 0x410 && code <= 0x44f) bytes.push(code - 0x410 + 0xc0);
    else bytes.push({ 0x401: 0xa8, 0x451: 0xb8, 0xab: 0xab, 0xbb: 0xbb, 0x2014: 0x97, 0x2013: 0x96, 0x2116: 0xb9, 0xb7: 0xb7, 0xa9: 0xa9 }[code] ?? 0x3f);
  }
  return Buffer.from(bytes);
}

const clean = (value: string | null, fallback: string) => (value && /^[\p{L}0-9 -]{1,60}$/u.test(value) ? value : fallback);

export function fill(text: string, url: URL, base: string): string {
  return text
    .replaceAll("{{NAME}}", clean(url.searchParams.get("name"), "Rustam Nazarov"))
    .replaceAll("{{RUN}}", clean(url.searchParams.get("run"), "1"))
    .replaceAll("{{BASE}}", base);
}

export function createFixtureServer(): http.Server {
  return http.createServer((request, response) => {
    const url = new URL(request.url ?? "/", "http://localhost");
    const base = `http://${request.headers.host}`;
    const send = (status: number, type: string, body: string | Buffer, headers: Record<string, string> = {}) => {
      response.writeHead(status, { "Content-Type": type, ...headers });
      response.end(body);
    };
    if (url.pathname === "/loop-a") return send(302, "text/plain", "", { Location: "/loop-b" });
    if (url.pathname === "/loop-b") return send(302, "text/plain", "", { Location: "/loop-a" });
    if (url.pathname === "/moved") return send(301, "text/plain", "", { Location: `/news/jsonld-article.html${url.search}` });
    if (url.pathname === "/big") return send(200, "text/html; charset=utf-8", `<html><body>${"<p>filler text </p>".repeat(400_000)}</body></html>`);
    if (url.pathname === "/slow") {
      const timer = setTimeout(() => send(200, "text/html", "<html><body><p>late</p></body></html>"), 15_000);
      request.on("close", () => clearTimeout(timer));
      return;
    }
    if (url.pathname === "/data.json") return send(200, "application/json", JSON.stringify({ title: "not a page", items: [1, 2, 3] }));
    const name = url.pathname.replace(/^\/(news\/)?/, "");
    const file = path.join(dir, name);
    if (!name || name.includes("..") || !fs.existsSync(file)) return send(404, "text/html", "<html><body><h1>Not found</h1></body></html>");
    const text = fill(fs.readFileSync(file, "utf8"), url, base);
    if (name.endsWith(".rss")) return send(200, "application/rss+xml; charset=utf-8", text);
    if (name.endsWith(".atom")) return send(200, "application/atom+xml; charset=utf-8", text);
    if (name === "og-article.html") return send(200, "text/html; charset=windows-1251", toCp1251(text));
    return send(200, "text/html; charset=utf-8", text);
  });
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve("tests/support/fixture-server.ts")) {
  const port = Number(process.env.FIXTURE_PORT ?? 3101);
  createFixtureServer().listen(port, "localhost", () => console.log(`fixture news sites on http://localhost:${port}`));
}
