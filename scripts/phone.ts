/**
 * A reader's phone, emulated in Chromium the way /work/shared/reference/performance.md measures it,
 * for the phone benchmark (bench/phone.ts) and the browser tests (tests/e2e/phone.spec.ts): a
 * mid-range phone's screen, DevTools' "slow 4G" and a CPU 4x slower, an empty cache; layout shift
 * from a layout-shift observer, bytes from what the network delivered (encodedDataLength), until
 * the network is idle plus 1.5 s.
 */
import { gzipSync } from "node:zlib";
import type { Browser, BrowserContextOptions, CDPSession, Page } from "@playwright/test";
import { registerWorkerScript, workerUrl } from "../components/layout/register-worker";

export const phone = {
  name: "mid-range phone: 412×823 at 1.75×, touch; slow 4G (150 ms, 1.6 Mbit/s down, 750 kbit/s up); CPU 4× slower; empty cache",
  viewport: { width: 412, height: 823 },
  deviceScaleFactor: 1.75,
  latencyMs: 150,
  downloadBitsPerSecond: 1_600_000,
  uploadBitsPerSecond: 750_000,
  cpuSlowdown: 4,
} as const;

export const phoneContext: BrowserContextOptions = {
  viewport: phone.viewport,
  deviceScaleFactor: phone.deviceScaleFactor,
  isMobile: true,
  hasTouch: true,
  userAgent:
    "Mozilla/5.0 (Linux; Android 11; moto g power (2022)) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/156.0.0.0 Mobile Safari/537.36",
};

/** Sums layout shifts that no input caused, from the start of the page (buffered), into window.__layoutShift. */
const layoutShiftObserver = `
window.__layoutShift = 0;
window.__shifts = [];
new PerformanceObserver((list) => {
  for (const entry of list.getEntries()) {
    if (entry.hadRecentInput) continue;
    window.__layoutShift += entry.value;
    window.__shifts.push({ value: entry.value, at: Math.round(entry.startTime), nodes: (entry.sources || []).map((s) => s.node && s.node.nodeName + (s.node.id ? "#" + s.node.id : s.node.className ? "." + String(s.node.className).split(" ")[0] : "")) });
  }
}).observe({ type: "layout-shift", buffered: true });
window.__blocking = 0;
new PerformanceObserver((list) => {
  for (const entry of list.getEntries()) window.__blocking += Math.max(0, entry.duration - 50);
}).observe({ type: "longtask", buffered: true });
window.__lcp = 0;
new PerformanceObserver((list) => {
  for (const entry of list.getEntries()) window.__lcp = entry.startTime;
}).observe({ type: "largest-contentful-paint", buffered: true });
`;

export interface Transfer {
  url: string;
  type: string;
  bytes: number;
  /** Fetched by the service worker, or its own script. */
  byWorker?: true;
}

export interface FirstView {
  layoutShift: number;
  shifts: { value: number; at: number; nodes: string[] }[];
  transfers: Transfer[];
  bytes: number;
  javascriptBytes: number;
  fontFiles: string[];
  fontBytes: number;
  firstContentfulPaintMs: number;
  largestContentfulPaintMs: number;
  /** Main-thread time beyond 50 ms in long tasks (as total blocking time counts it), over the whole load. */
  blockingMs: number;
}

/** Turns on the network and CPU emulation for a page, and starts counting what it downloads. */
async function emulate(page: Page): Promise<{ cdp: CDPSession; transfers: Map<string, Transfer> }> {
  const cdp = await page.context().newCDPSession(page);
  const transfers = new Map<string, Transfer>();
  const seen = new Map<string, { url: string; type: string }>();
  cdp.on("Network.requestWillBeSent", (e) => seen.set(e.requestId, { url: e.request.url, type: e.type ?? "Other" }));
  cdp.on("Network.responseReceived", (e) => seen.set(e.requestId, { url: e.response.url, type: e.type }));
  cdp.on("Network.loadingFinished", (e) => {
    const request = seen.get(e.requestId);
    if (request && !request.url.startsWith("data:")) transfers.set(e.requestId, { ...request, bytes: e.encodedDataLength });
  });
  await cdp.send("Network.enable");
  await cdp.send("Network.setCacheDisabled", { cacheDisabled: true });
  await cdp.send("Network.emulateNetworkConditions", {
    offline: false,
    latency: phone.latencyMs,
    downloadThroughput: phone.downloadBitsPerSecond / 8,
    uploadThroughput: phone.uploadBitsPerSecond / 8,
  });
  await cdp.send("Emulation.setCPUThrottlingRate", { rate: phone.cpuSlowdown });
  return { cdp, transfers };
}

/**
 * The service worker's script as the server sends it: its body gzipped (next start compresses it),
 * which Playwright does not report (it gives the script's headers only); bench/offline.ts counts it
 * the same way.
 */
export async function workerScriptBytes(origin: string): Promise<{ raw: number; gzipped: number }> {
  const script = Buffer.from(await (await fetch(origin + workerUrl)).arrayBuffer());
  return { raw: script.byteLength, gzipped: gzipSync(script).byteLength };
}
/** The inline script that registers the worker (in every page's HTML, so counted with it). */
export const registrationBytes = { raw: Buffer.byteLength(registerWorkerScript), gzipped: gzipSync(registerWorkerScript).byteLength };

/**
 * Opens a URL as a first view on the emulated phone, in a new browser context (empty cache and
 * storage; init runs in the page before its own scripts, to set up storage), and measures it.
 * With `worker` (the gzipped size of the worker's script, workerScriptBytes), the first view lasts
 * until the service worker has done its part too (registered after load, it asks the HTTP cache for
 * the page and its files and keeps them), and everything it fetched counts, its own script included
 * (needs PW_EXPERIMENTAL_SERVICE_WORKER_NETWORK_EVENTS=1, which npm run bench:phone sets).
 */
export async function firstView(browser: Browser, url: string, init?: string, worker?: { gzipped: number }): Promise<FirstView> {
  const context = await browser.newContext(phoneContext);
  try {
    const fromWorker: Promise<Transfer>[] = [];
    context.on("requestfinished", (request) => {
      const script = new URL(request.url()).pathname === workerUrl;
      if (!request.serviceWorker() && !script) return;
      fromWorker.push(
        request.sizes().then((s) => ({
          url: request.url(),
          // the worker's script is JavaScript the first view costs; what it asks for, as the page has it
          type: script ? "Script" : "ServiceWorker",
          byWorker: true as const,
          // what the HTTP cache answered reports a negative body (minus its headers): nothing transferred
          bytes: Math.max(0, s.responseHeadersSize + (script ? (worker?.gzipped ?? s.responseBodySize) : s.responseBodySize)),
        })),
      );
    });
    const page = await context.newPage();
    await page.addInitScript(layoutShiftObserver + (init ?? ""));
    const { transfers } = await emulate(page);
    await page.goto(url, { waitUntil: "load", timeout: 120_000 });
    await page.waitForLoadState("networkidle", { timeout: 120_000 });
    if (worker) {
      await page.evaluate(() => navigator.serviceWorker.ready, undefined);
      await page.waitForFunction(async () => Boolean(await caches.match(location.pathname)), undefined, { timeout: 60_000, polling: 250 });
      await page.waitForLoadState("networkidle", { timeout: 120_000 });
    }
    await page.waitForTimeout(1500);
    const measured = (await page.evaluate(`({
      layoutShift: window.__layoutShift,
      shifts: window.__shifts,
      fcp: performance.getEntriesByName("first-contentful-paint")[0]?.startTime ?? 0,
      lcp: window.__lcp,
      blocking: window.__blocking,
    })`)) as { layoutShift: number; shifts: FirstView["shifts"]; fcp: number; lcp: number; blocking: number };
    const all = [...[...transfers.values()].filter((t) => new URL(t.url).pathname !== workerUrl), ...(await Promise.all(fromWorker))];
    const sum = (list: Transfer[]) => list.reduce((total, t) => total + t.bytes, 0);
    const fonts = all.filter((t) => t.type === "Font");
    return {
      layoutShift: measured.layoutShift,
      shifts: measured.shifts,
      transfers: all,
      bytes: sum(all),
      javascriptBytes: sum(all.filter((t) => t.type === "Script")),
      fontFiles: fonts.map((t) => new URL(t.url).pathname.split("/").pop()!),
      fontBytes: sum(fonts),
      firstContentfulPaintMs: Math.round(measured.fcp),
      largestContentfulPaintMs: Math.round(measured.lcp),
      blockingMs: Math.round(measured.blocking),
    };
  } finally {
    await context.close();
  }
}
