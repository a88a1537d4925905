/**
 * npm run bench:scale — the article page on PostgreSQL and Redis (Debian's, started here on loopback
 * with tests/services/services.ts, as docs/deploy.md sets them up; needs a build, `npm run build`):
 * requests per second through one instance alone, through two instances at once, through nginx in
 * front of the two (its cache), and from a bare Node HTTP server sending the same compressed bytes
 * from memory (autocannon, 32 connections, BENCH_SECONDS each, one after the other, gzip accepted).
 * Writes bench/results/scale.json; first runs bench/search.ts on the same PostgreSQL
 * (bench/results/search-postgresql.json) unless BENCH_PAGES_ONLY is set.
 */
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import http from "node:http";
import autocannon from "autocannon";
import { freePort, startServer } from "../scripts/serve";
import { runScript } from "../tests/support/run-script";
import { findBinaries, servicesDir, startNginx, startPostgres, startRedis } from "../tests/services/services";

const SECONDS = Number(process.env.BENCH_SECONDS ?? 8);
const PATH = "/en/articles/dushanbe-reinforces-border";
const headers = { "accept-encoding": "gzip" };
const load = async (urls: string[]) => {
  const results = await Promise.all(urls.map((url) => autocannon({ url, connections: Math.round(32 / urls.length), duration: SECONDS, headers })));
  const errors = results.reduce((n, r) => n + r.errors + r.non2xx, 0);
  if (errors > 0) throw new Error(`${errors} errors or non-2xx answers under load`);
  return Math.round(results.reduce((n, r) => n + r.requests.average, 0));
};

const { found: bin, missing } = findBinaries();
if (!bin || !bin.nginx) throw new Error(`bench:scale needs ${missing.join(", ")} (sh scripts/ensure-services.sh)`);
const dir = servicesDir();
const pg = await startPostgres(bin, `${dir}/postgres`, Number(process.env.PG_PORT ?? (await freePort())));
const redis = await startRedis(bin, `${dir}/redis`, Number(process.env.REDIS_PORT ?? (await freePort())));
try {
  // BENCH_PAGES_ONLY=1: the page figures alone (the search's take minutes to load 15,000 terms)
  const search = process.env.BENCH_PAGES_ONLY ? { status: 0 } : spawnSync(process.execPath, ["node_modules/tsx/dist/cli.mjs", "--conditions=react-server", "bench/search.ts"], {
    stdio: "inherit",
    env: { ...process.env, NODE_OPTIONS: "", BENCH_DATABASE_URL: pg.url },
  });
  if (search.status !== 0) throw new Error("the search benchmark on PostgreSQL failed");
  const url = await pg.database("tarjuma_bench");
  if (runScript("db-setup", [], url).status !== 0) throw new Error("the database could not be set up");
  const env = { DATABASE_URL: url, REDIS_URL: redis.url };
  const a = await startServer(env);
  const b = await startServer(env);
  const front = await startNginx(bin, `${dir}/nginx`, Number(process.env.NGINX_PORT ?? (await freePort())), [a.url, b.url].map((u) => u.replace("http://", "")));
  let result;
  try {
    // the compressed bytes nginx serves (the app's own gzip, kept in nginx's cache)
    await fetch(front.url + PATH, { headers });
    const served = await fetch(front.url + PATH, { headers });
    const body = Buffer.from(await served.arrayBuffer());
    const seen = { encoding: served.headers.get("content-encoding"), cache: served.headers.get("x-cache") };
    if (seen.encoding !== "gzip" || seen.cache !== "HIT") throw new Error(`nginx did not serve the page compressed from its cache (${JSON.stringify(seen)})`);
    // fetch hands the body over decoded: the bare server sends the bytes nginx sends, taken undecoded
    const compressed = await new Promise<Buffer>((resolve, reject) =>
      http.get(front.url + PATH, { headers }, (res) => {
        const chunks: Buffer[] = [];
        res.on("data", (c: Buffer) => chunks.push(c));
        res.on("end", () => resolve(Buffer.concat(chunks)));
      }).on("error", reject),
    );
    const port = await freePort();
    const bare = http.createServer((_req, res) => {
      res.writeHead(200, { "content-type": "text/html; charset=utf-8", "content-encoding": "gzip", "content-length": compressed.length });
      res.end(compressed);
    });
    await new Promise<void>((r) => bare.listen(port, "localhost", r));
    const bareRps = await load([`http://localhost:${port}${PATH}`]);
    bare.close();
    const nginxRps = await load([front.url + PATH]);
    const oneRps = await load([a.url + PATH]);
    const twoRps = await load([a.url + PATH, b.url + PATH]);
    result = {
      date: new Date().toISOString(),
      node: process.version,
      seconds: SECONDS,
      connections: 32,
      page: PATH,
      pageBytes: body.length,
      compressedBytes: compressed.length,
      requestsPerSecond: { bare: bareRps, nginx: nginxRps, oneInstance: oneRps, twoInstances: twoRps },
      nginxOverBare: Number((nginxRps / bareRps).toFixed(3)),
      twoOverOne: Number((twoRps / oneRps).toFixed(2)),
    };
  } finally {
    await front.stop();
    await a.stop();
    await b.stop();
  }
  console.log(`The article page (${result.compressedBytes} bytes gzipped) on PostgreSQL + Redis, 32 connections, ${SECONDS} s each:`);
  console.table(Object.entries(result.requestsPerSecond).map(([server, rps]) => ({ server, "requests/s": rps })));
  console.log(`nginx / bare Node: ${result.nginxOverBare} (aim ≥ 0.8); two instances / one: ${result.twoOverOne}`);
  fs.mkdirSync("bench/results", { recursive: true });
  fs.writeFileSync("bench/results/scale.json", JSON.stringify(result, null, 2) + "\n");
} finally {
  await redis.stop();
  await pg.stop();
  fs.rmSync(dir, { recursive: true, force: true });
}
