/**
 * npm run bench:offline — what offline reading costs: the offline edition of every article in
 * every locale (bytes, against its limit of 300 KB), the service worker and its registration
 * (bytes as sent, gzipped as next start sends them), and their whole cost in a first view: those
 * two and what the worker makes the browser fetch (Chromium, a fresh profile, until the page is kept).
 * Needs a build (npm run build). Writes bench/results/offline.json.
 */
import fs from "node:fs";
import { chromium as launcher } from "@playwright/test";
import { workerUrl } from "../components/layout/register-worker";
import { routing } from "../i18n/routing";
import { chromium } from "../playwright.config";
import { registrationBytes, workerScriptBytes } from "../scripts/phone";
import { startServer } from "../scripts/serve";

// Playwright reports the service worker's own requests only when asked to
process.env.PW_EXPERIMENTAL_SERVICE_WORKER_NETWORK_EVENTS = "1";

const server = await startServer();
try {
  const listed = await (await fetch(`${server.url}/${routing.defaultLocale}`)).text();
  const slugs = [...new Set([...listed.matchAll(/href="\/[a-z]+\/articles\/([^"/#]+)"/g)].map((m) => m[1]!))];
  const editions: { path: string; bytes: number }[] = [];
  for (const slug of slugs) {
    for (const locale of routing.locales) {
      const path = `/${locale}/articles/${slug}/offline`;
      editions.push({ path, bytes: (await (await fetch(server.url + path)).arrayBuffer()).byteLength });
    }
  }

  const worker = await workerScriptBytes(server.url);
  const browser = await launcher.launch(chromium);
  const context = await browser.newContext();
  const transferred: { url: string; bytes: number }[] = [];
  const sizes: Promise<void>[] = [];
  context.on("requestfinished", (request) => {
    if (!request.serviceWorker() && !request.url().endsWith(workerUrl)) return;
    sizes.push(request.sizes().then((s) => void transferred.push({ url: new URL(request.url()).pathname, bytes: s.responseBodySize + s.responseHeadersSize })));
  });
  const page = await context.newPage();
  const firstView = `/${routing.defaultLocale}/articles/${slugs[0]}`;
  await page.goto(server.url + firstView, { waitUntil: "load" });
  await page.evaluate(() => navigator.serviceWorker.ready);
  await page.waitForFunction(async () => Boolean(await caches.match(location.pathname)), undefined, { timeout: 30_000 });
  await page.waitForTimeout(1000);
  await Promise.all(sizes);
  await browser.close();

  const result = {
    date: new Date().toISOString(),
    offlineEdition: { limit: 300_000, largest: Math.max(...editions.map((e) => e.bytes)), editions },
    worker: { bytes: worker.raw, gzipped: worker.gzipped },
    registration: { bytes: registrationBytes.raw, gzipped: registrationBytes.gzipped },
    // the worker's own script counts as sent (gzipped): Playwright does not report its body size
    firstView: {
      page: firstView,
      requestsByTheWorker: transferred.filter((t) => t.url !== workerUrl),
      bytes: worker.gzipped + registrationBytes.gzipped + transferred.filter((t) => t.url !== workerUrl).reduce((sum, t) => sum + Math.max(0, t.bytes), 0),
    },
  };
  console.table([
    ...editions.map((e) => ({ figure: `offline edition ${e.path}`, measured: `${(e.bytes / 1000).toFixed(1)} KB`, aim: "≤ 300 KB" })),
    { figure: "service worker (gzipped)", measured: `${(result.worker.gzipped / 1000).toFixed(1)} KB`, aim: "small" },
    { figure: "registration, inline in each page (gzipped)", measured: `${result.registration.gzipped} B`, aim: "tiny" },
    { figure: `first view: worker, registration and what the worker fetches (${firstView})`, measured: `${(result.firstView.bytes / 1000).toFixed(1)} KB`, aim: "≤ 18 KB" },
  ]);
  fs.writeFileSync("bench/results/offline.json", JSON.stringify(result, null, 2) + "\n");
} finally {
  await server.stop();
}
