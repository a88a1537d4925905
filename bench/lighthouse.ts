/**
 * npm run bench:lighthouse — Lighthouse 12 (mobile preset: the same phone as bench/phone.ts, with
 * Lighthouse's simulated slow 4G and CPU 4×) in Debian's Chromium on every article edition, the
 * glossary and an entry of the built app: performance, accessibility, best practices and SEO scores.
 * Writes bench/results/lighthouse.json, with the 1-minute load average at the start of each page's run.
 */
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { routing } from "../i18n/routing";
import { chromium } from "../playwright.config";
import { startServer } from "../scripts/serve";

// every article edition, the glossary (left to right and right to left) and an entry
const pages = [
  ...routing.locales.map((locale) => `/${locale}/articles/dushanbe-reinforces-border`),
  "/en/glossary",
  "/fa/glossary",
  "/ru/glossary/jamaat-ansarullah",
];
const dir = fs.mkdtempSync(path.join(os.tmpdir(), "tarjuma-lighthouse-"));
const server = await startServer();
const rows: Record<string, Record<string, number>> = {};
try {
  for (const page of pages) {
    const out = path.join(dir, "report.json");
    // Lighthouse multiplies the main thread's wall time by 4, so the machine's load moves the score
    const load = os.loadavg()[0] ?? NaN;
    const run = spawnSync(
      process.execPath,
      [
        "node_modules/lighthouse/cli/index.js",
        server.url + page,
        "--quiet",
        "--output=json",
        `--output-path=${out}`,
        "--only-categories=performance,accessibility,best-practices,seo",
        `--chrome-flags=--headless=new ${chromium.args.join(" ")} --user-data-dir=${path.join(dir, "profile")}`,
      ],
      { env: { ...process.env, CHROME_PATH: chromium.executablePath }, encoding: "utf8" },
    );
    if (run.status !== 0) throw new Error(`lighthouse failed on ${page}: ${run.stderr.slice(-500)}`);
    const report = JSON.parse(fs.readFileSync(out, "utf8")) as {
      categories: Record<string, { score: number | null }>;
      audits: Record<string, { numericValue?: number }>;
    };
    const value = (id: string) => report.audits[id]?.numericValue ?? NaN;
    rows[page] = {
      ...Object.fromEntries(Object.entries(report.categories).map(([k, v]) => [k, Math.round((v.score ?? 0) * 100)])),
      fcpMs: Math.round(value("first-contentful-paint")),
      lcpMs: Math.round(value("largest-contentful-paint")),
      tbtMs: Math.round(value("total-blocking-time")),
      cls: Number(value("cumulative-layout-shift").toFixed(3)),
      load: Number(load.toFixed(1)),
    };
  }
} finally {
  await server.stop();
  fs.rmSync(dir, { recursive: true, force: true });
}
console.log("Lighthouse 12.2.3, mobile preset:");
console.table(rows);
fs.mkdirSync("bench/results", { recursive: true });
fs.writeFileSync("bench/results/lighthouse.json", JSON.stringify({ date: new Date().toISOString(), lighthouse: "12.2.3", preset: "mobile", scores: rows }, null, 2) + "\n");
