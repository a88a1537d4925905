/**
 * npm run bench:bytes — the article page's size in every locale, from `next start` on the built app:
 * the HTML as sent (decoded), gzipped (as next start gzips it) and the part of it that is map SVG.
 * Writes bench/results/article-bytes.json.
 */
import fs from "node:fs";
import { gzipSync } from "node:zlib";
import { routing } from "../i18n/routing";
import { startServer } from "../scripts/serve";

const SLUG = process.env.ARTICLE ?? "dushanbe-reinforces-border";
const server = await startServer();
try {
  const pages = [];
  for (const locale of routing.locales) {
    const path = `/${locale}/articles/${SLUG}`;
    const response = await fetch(server.url + path);
    if (!response.ok) throw new Error(`${path}: ${response.status}`);
    const html = Buffer.from(await response.arrayBuffer());
    const text = html.toString("utf8");
    const svg = [...text.matchAll(/<svg[\s\S]*?<\/svg>/g)].reduce((n, m) => n + Buffer.byteLength(m[0]), 0);
    pages.push({ path, bytes: html.length, gzipBytes: gzipSync(html).length, svgBytes: svg, maps: (text.match(/class="locator-map__svg"/g) ?? []).length });
  }
  const result = { date: new Date().toISOString().slice(0, 10), pages };
  fs.mkdirSync("bench/results", { recursive: true });
  fs.writeFileSync("bench/results/article-bytes.json", JSON.stringify(result, null, 2) + "\n");
  console.table(pages.map((p) => ({ page: p.path, "HTML KB": +(p.bytes / 1024).toFixed(1), "gzip KB": +(p.gzipBytes / 1024).toFixed(1), "SVG KB": +(p.svgBytes / 1024).toFixed(1), maps: p.maps })));
} finally {
  await server.stop();
}
