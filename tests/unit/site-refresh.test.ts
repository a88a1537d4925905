import fs from "node:fs";
import http from "node:http";
import type { AddressInfo } from "node:net";
import { tempDbPath } from "./support/temp-db";

const tmp = tempDbPath();
process.env.DATABASE_URL = tmp.url;
delete process.env.REFRESH_KEY;
const { isRefreshKey, refreshKey, refreshRunningSite } = await import("@/lib/site-refresh");
afterAll(() => tmp.cleanup());

test("the site and the commands share a refresh key beside the database, readable by its owner only", () => {
  const key = refreshKey();
  expect(key).toMatch(/^[0-9a-f]{64}$/);
  expect(refreshKey()).toBe(key);
  expect(fs.statSync(`${tmp.file}.refresh-key`).mode & 0o077).toBe(0);
  expect(isRefreshKey(`Bearer ${key}`)).toBe(true);
  expect(isRefreshKey(`Bearer ${key.slice(1)}x`)).toBe(false);
  expect(isRefreshKey(null)).toBe(false);
  expect(refreshKey({ REFRESH_KEY: "set-by-hand" })).toBe("set-by-hand");
});

test("a command asks the running site to refresh with the key; no site is not an error", async () => {
  const seen: (string | undefined)[] = [];
  const site = http.createServer((request, response) => {
    seen.push(request.headers.authorization);
    response.writeHead(request.url === "/api/revalidate" && isRefreshKey(request.headers.authorization ?? null) ? 204 : 401).end();
  });
  await new Promise<void>((resolve) => site.listen(0, "localhost", resolve));
  const url = `http://localhost:${(site.address() as AddressInfo).port}`;
  try {
    expect(await refreshRunningSite(url)).toBe("refreshed");
    expect(seen).toEqual([`Bearer ${refreshKey()}`]);
  } finally {
    await new Promise((resolve) => site.close(resolve));
  }
  expect(await refreshRunningSite(url)).toBe("no-site");
});
