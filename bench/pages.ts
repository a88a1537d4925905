/**
 * npm run bench:pages — the article page as served by `next start` against a bare Node HTTP server
 * sending the same bytes (same compression) from memory, one after the other with autocannon; the
 * JavaScript the article page sends (compressed); and the time from a click to a visible card with
 * the CPU slowed 4x in Chromium. Needs a build (npm run build). Writes bench/results/pages.json.
 */
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import http from "node:http";
import { gzipSync } from "node:zlib";
import autocannon from "autocannon";
import { chromium as launcher } from "@playwright/test";
import { chromium } from "../playwright.config";
import { freePort, startServer } from "../scripts/serve";

const SECONDS = Number(process.env.BENCH_SECONDS ?? 8);
const PATH = "/en/articles/dushanbe-reinforces-border";

const run = (url: string) => autocannon({ url, connections: 32, duration: SECONDS, headers: { "accept-encoding": "gzip" } });

const server = await startServer();
let result: Record<string, unknown>;
try {
  // the page next start sends (fetch hands it over decoded), gzipped as next start gzips it
  const response = await fetch(server.url + PATH, { headers: { "accept-encoding": "gzip" } });
  const html = Buffer.from(await response.arrayBuffer());
  if (response.headers.get("content-encoding") !== "gzip") throw new Error("next start did not compress the page");
  const body = gzipSync(html);
  const next = await run(server.url + PATH);

  const port = await freePort();
  const bare = http.createServer((_req, res) => {
    res.writeHead(200, { "content-type": "text/html; charset=utf-8", "content-encoding": "gzip", "content-length": body.length });
    res.end(body);
  });
  await new Promise<void>((r) => bare.listen(port, "127.0.0.1", r));
  const baseline = await run(`http://127.0.0.1:${port}${PATH}`);
  bare.close();

  // JavaScript sent to the browser (compressed), by the article page and by a bare Next.js +
  // next-intl page with one client component built the same way (bench/bare-app)
  const browser = await launcher.launch(chromium);
  const scriptBytes = async (url: string) => {
    const probe = await browser.newPage();
    let bytes = 0;
    const sizes: Promise<void>[] = [];
    probe.on("requestfinished", (r) => {
      if (r.resourceType() === "script") sizes.push(r.sizes().then((s) => void (bytes += s.responseBodySize)));
    });
    await probe.goto(url, { waitUntil: "networkidle" });
    await Promise.all(sizes);
    await probe.close();
    return bytes;
  };
  const build = spawnSync(process.execPath, ["node_modules/next/dist/bin/next", "build", "bench/bare-app"], { encoding: "utf8" });
  if (build.status !== 0) throw new Error(`the bare app did not build: ${build.stderr.slice(-300)}`);
  const bareApp = await startServer({}, { dir: "bench/bare-app", probe: "/" });
  const bareJs = await scriptBytes(bareApp.url + "/");
  await bareApp.stop();
  const jsBytes = await scriptBytes(server.url + PATH);

  // the time from a click to a visible card (built by that first click), with the CPU slowed 4x
  const page = await browser.newPage();
  await page.goto(server.url + PATH, { waitUntil: "networkidle" });
  await page.locator("html[data-enhanced]").waitFor({ state: "attached" });
  const cdp = await page.context().newCDPSession(page);
  await cdp.send("Emulation.setCPUThrottlingRate", { rate: 4 });
  const clicks: number[] = [];
  const triggers = page.locator('.term[role="button"]');
  const count = await triggers.count();
  for (let i = 0; i < 15; i++) {
    const trigger = triggers.nth(Math.floor((i * count) / 15));
    await trigger.scrollIntoViewIfNeeded();
    // a string, not a function: the bundler's helpers must not leak into the page
    const ms = (await page.evaluate(`new Promise((resolve) => {
      const el = document.querySelectorAll('.term[role="button"]')[${Math.floor((i * count) / 15)}];
      const start = performance.now();
      el.click();
      const card = document.getElementById(el.getAttribute("aria-controls"));
      const check = () => card.matches(":popover-open") && card.dataset.placed !== undefined
        ? requestAnimationFrame(() => resolve(performance.now() - start))
        : requestAnimationFrame(check);
      check();
    })`)) as number;
    clicks.push(ms);
    await page.keyboard.press("Escape");
  }
  await browser.close();
  clicks.sort((a, b) => a - b);

  const rps = (r: autocannon.Result) => Math.round(r.requests.average);
  result = {
    date: new Date().toISOString(),
    node: process.version,
    seconds: SECONDS,
    connections: 32,
    pageBytes: html.length,
    pageBytesGzip: body.length,
    nextRequestsPerSecond: rps(next),
    bareRequestsPerSecond: rps(baseline),
    ratio: Number((rps(next) / rps(baseline)).toFixed(3)),
    nextErrors: next.errors + next.non2xx,
    javascriptBytesCompressed: jsBytes,
    bareNextJavascriptBytesCompressed: bareJs,
    javascriptOverBare: jsBytes - bareJs,
    clickToCardMedianMs: Number(clicks[Math.floor(clicks.length / 2)]!.toFixed(1)),
    clickToCardMaxMs: Number(clicks[clicks.length - 1]!.toFixed(1)),
  };
} finally {
  await server.stop();
}
console.log("The article page:");
console.table({
  "next start": { "req/s": result.nextRequestsPerSecond },
  "bare Node, same bytes": { "req/s": result.bareRequestsPerSecond },
});
console.log(
  `ratio ${result.ratio}; page ${result.pageBytes} bytes, ${result.pageBytesGzip} gzipped; JavaScript ${result.javascriptBytesCompressed} bytes compressed (a bare Next.js + next-intl page: ${result.bareNextJavascriptBytesCompressed}, so ${result.javascriptOverBare} more); click to visible card with CPU ×4: median ${result.clickToCardMedianMs} ms, max ${result.clickToCardMaxMs} ms`,
);
fs.mkdirSync("bench/results", { recursive: true });
fs.writeFileSync("bench/results/pages.json", JSON.stringify(result, null, 2) + "\n");
