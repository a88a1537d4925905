/**
 * npm run bench:phone — the first view of each article edition and of the glossary on an emulated
 * phone (scripts/phone.ts: 412×823, slow 4G, CPU 4× slower, empty cache): layout shift, bytes
 * transferred (of which JavaScript and fonts), the font files, first and largest contentful paint.
 * Each page is loaded RUNS times (2 by default); the worst of them is reported. Needs a build.
 * Writes bench/results/phone.json.
 */
import fs from "node:fs";
import os from "node:os";
import { chromium as launcher } from "@playwright/test";
import { routing } from "../i18n/routing";
import { chromium } from "../playwright.config";
import { firstView, phone, workerScriptBytes, type FirstView } from "../scripts/phone";
import { startServer } from "../scripts/serve";

const RUNS = Number(process.env.RUNS ?? 2);
const phoneGoals = { layoutShift: 0.02, bytes: 250_000, javascriptBytes: 170_000 };
const pages = [
  ...routing.locales.map((locale) => ({ page: `article, ${locale} edition`, path: `/${locale}/articles/dushanbe-reinforces-border` })),
  ...routing.locales.map((locale) => ({ page: `glossary, ${locale}`, path: `/${locale}/glossary` })),
];

const server = await startServer();
// the service worker's whole first-view cost counts: its script, as sent, and what it fetches
const worker = await workerScriptBytes(server.url);
const browser = await launcher.launch(chromium);
const rows: Record<string, unknown>[] = [];
try {
  for (const { page, path } of pages) {
    const views: FirstView[] = [];
    for (let i = 0; i < RUNS; i++) views.push(await firstView(browser, server.url + path, undefined, worker));
    const worst = (pick: (v: FirstView) => number) => Math.max(...views.map(pick));
    const last = views[views.length - 1]!;
    rows.push({
      page,
      path,
      layoutShift: Number(worst((v) => v.layoutShift).toFixed(4)),
      bytes: worst((v) => v.bytes),
      javascriptBytes: worst((v) => v.javascriptBytes),
      fontBytes: worst((v) => v.fontBytes),
      fontFiles: last.fontFiles,
      serviceWorkerBytes: worst((v) => v.transfers.filter((t) => t.byWorker).reduce((s, t) => s + t.bytes, 0)),
      requests: last.transfers.length,
      firstContentfulPaintMs: worst((v) => v.firstContentfulPaintMs),
      largestContentfulPaintMs: worst((v) => v.largestContentfulPaintMs),
      blockingMs: worst((v) => v.blockingMs),
      shifts: views.flatMap((v) => v.shifts),
      transfers: last.transfers.map((t) => ({ path: new URL(t.url).pathname, type: t.type, bytes: t.bytes, ...(t.byWorker && { byWorker: true }) })),
    });
  }
} finally {
  await browser.close();
  await server.stop();
}

const kb = (n: unknown) => `${(Number(n) / 1000).toFixed(1)} KB`;
console.log(`First view on an emulated phone (${phone.name}), worst of ${RUNS} loads:`);
console.table(
  Object.fromEntries(
    rows.map((r) => [
      r.page,
      {
        "layout shift": r.layoutShift,
        transferred: kb(r.bytes),
        "by the worker": kb(r.serviceWorkerBytes),
        JavaScript: kb(r.javascriptBytes),
        fonts: `${kb(r.fontBytes)} in ${(r.fontFiles as string[]).length}`,
        "FCP / LCP ms": `${r.firstContentfulPaintMs} / ${r.largestContentfulPaintMs}`,
        "long tasks over 50 ms": `${r.blockingMs} ms`,
      },
    ]),
  ),
);
fs.mkdirSync("bench/results", { recursive: true });
fs.writeFileSync(
  "bench/results/phone.json",
  JSON.stringify({ date: new Date().toISOString(), loadAverage: os.loadavg().map((l) => Number(l.toFixed(2))), emulation: phone, runs: RUNS, goals: phoneGoals, worker, pages: rows }, null, 2) + "\n",
);
