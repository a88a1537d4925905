import { defineConfig, devices } from "@playwright/test";

const port = Number(process.env.E2E_PORT ?? 3100);

/** Debian's Chromium (no browser download), started with the flags this network needs. */
export const chromium = {
  executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
  args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
};

export default defineConfig({
  testDir: "tests/e2e",
  fullyParallel: true,
  workers: process.env.CI ? 2 : undefined,
  retries: 0,
  reporter: [["list"]],
  use: {
    // localhost, not 127.0.0.1: see LOOPBACK_HOST in scripts/serve.ts
    baseURL: `http://localhost:${port}`,
    launchOptions: chromium,
    trace: "retain-on-failure",
  },
  projects: [{ name: "chromium", use: { ...devices["Desktop Chrome"], launchOptions: chromium } }],
  webServer: [
    {
      command: `npm run build && exec node node_modules/next/dist/bin/next start -p ${port} -H localhost`,
      url: `http://localhost:${port}/en`,
      timeout: 600_000,
      reuseExistingServer: !process.env.CI,
      // the importer may fetch from the fixture news sites on this machine (never set in production)
      env: { DATABASE_URL: process.env.E2E_DATABASE_URL ?? "file:./data/e2e.db", IMPORT_ALLOW_PRIVATE_ADDRESSES: "true", SITE_URL: `http://localhost:${port}` },
      stdout: "pipe",
      stderr: "pipe",
    },
    {
      // stand-ins for news sites and their feeds (tests/fixtures/news)
      command: `exec node node_modules/tsx/dist/cli.mjs tests/support/fixture-server.ts`,
      url: `http://localhost:${port + 1}/news/section-index.html`,
      timeout: 60_000,
      reuseExistingServer: !process.env.CI,
      env: { FIXTURE_PORT: String(port + 1) },
    },
  ],
});
