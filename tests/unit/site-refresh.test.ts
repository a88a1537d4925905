import fs from "node:fs";
import http from "node:http";
import type { AddressInfo } from "node:net";
import { tempDbPath } from "./support/temp-db";

const tmp = tempDbPath();
process.env.DATABASE_URL = tmp.url;
delete process.env.TARJUMA_REVALIDATE_SECRET;
const { describeRefresh, isSecret, readSecret, refreshSites, registerInstance } = await import("@/lib/site-refresh");
afterAll(() => tmp.cleanup());

test("a server's start makes the secret the site and the commands share, readable by its owner only", () => {
  expect(readSecret(tmp.file, {})).toBeNull();
  registerInstance(tmp.file, "http://localhost:1");
  const secret = readSecret(tmp.file, {});
  expect(secret).toMatch(/^[0-9a-f]{64}$/);
  expect(fs.statSync(`${tmp.file}.secret`).mode & 0o077).toBe(0);
  expect(isSecret(tmp.file, `Bearer ${secret}`)).toBe(true);
  expect(isSecret(tmp.file, `Bearer ${secret!.slice(1)}x`)).toBe(false);
  expect(isSecret(tmp.file, null)).toBe(false);
  expect(readSecret(tmp.file, { TARJUMA_REVALIDATE_SECRET: "set-by-hand" })).toBe("set-by-hand");
  // the instance recorded its address while this process runs
  expect(JSON.parse(fs.readFileSync(`${tmp.file}.sites/${process.pid}.json`, "utf8")).url).toBe("http://localhost:1");
  fs.rmSync(`${tmp.file}.sites`, { recursive: true });
});

test("a command asks every running instance to refresh with the secret; no running site is not an error", async () => {
  const seen: (string | undefined)[] = [];
  const site = http.createServer((request, response) => {
    seen.push(request.headers.authorization);
    response.writeHead(request.url === "/api/revalidate" && isSecret(tmp.file, request.headers.authorization ?? null) ? 200 : 401).end();
  });
  await new Promise<void>((resolve) => site.listen(0, "localhost", resolve));
  const url = `http://localhost:${(site.address() as AddressInfo).port}`;
  const env = { TARJUMA_SITE_URLS: url };
  try {
    const outcome = await refreshSites(tmp.file, env);
    expect(outcome.refreshed).toEqual([url]);
    expect(seen).toEqual([`Bearer ${readSecret(tmp.file, {})}`]);
    expect(describeRefresh(outcome)).toContain("Refreshed the pages");
  } finally {
    await new Promise((resolve) => site.close(resolve));
  }
  const gone = await refreshSites(tmp.file, env);
  expect(gone).toEqual({ refreshed: [], failed: [] });
  expect(describeRefresh(gone)).toContain("No running site");
});
