/**
 * npm run test:services — the product on PostgreSQL and Redis, as `npm test`'s last part and CI's.
 *
 * Starts Debian's PostgreSQL, Redis and nginx on loopback with their data in a temporary folder
 * (installing them with apt-get when run as root and they are missing), then:
 * 1. the data-layer tests (Jest) against PostgreSQL;
 * 2. the browser tests (Playwright) against a build on PostgreSQL: the specs that use the database
 *    (editor, glossary and search, imports, newsroom, security), not the reader's, whose pages are the same static
 *    pages on both: a second build and the whole browser suite would double the suite's time;
 * 3. the two-instance test (tests/services/two-instances.ts): two `next start` against one
 *    PostgreSQL and one Redis, nginx in front; a save on one is on the other's pages; Redis stopped
 *    and started; PostgreSQL restarted;
 * and stops every service it started, by its own pid. Where the services cannot be had it says
 * which parts it skipped and exits 0, except under CI (CI=1), where that is a failure.
 * Ports: PG_PORT, REDIS_PORT, NGINX_PORT (free ports by default); E2E_PORT for Playwright.
 * `npm run test:services -- --only unit|browser|instances` runs one part.
 */
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import { parseArgs } from "node:util";
import { freePort } from "../../scripts/serve";
import { findBinaries, servicesDir, startPostgres, startRedis, type PostgresService, type RedisService } from "./services";
import { twoInstances } from "./two-instances";

/** The test files that use a database: run again on PostgreSQL. */
export const dataLayerTests = [
  "backup",
  "data-layer",
  "db-copy",
  "editions",
  "editor",
  "glossary-import",
  "migrations-postgresql",
  "newsroom",
  "search.test",
  "search-engines",
].map((name) => `tests/unit/${name}`);

/** The browser tests that use the database (search, entries, the editor, the newsroom, imports, the API's answers). */
export const postgresBrowserTests = ["editor", "glossary", "import", "newsroom", "security"].map((name) => `tests/e2e/${name}.spec.ts`);

const ci = Boolean(process.env.CI);
const only = parseArgs({ options: { only: { type: "string" } } }).values.only;
const part = (name: "unit" | "browser" | "instances") => !only || only === name;
let { found: bin, missing } = findBinaries();
if (!bin || missing.length > 0) {
  const install = spawnSync("sh", ["scripts/ensure-services.sh"], { stdio: "inherit" });
  if (install.status === 0) ({ found: bin, missing } = findBinaries());
}
if (!bin || missing.length > 0) {
  const message = `PostgreSQL, Redis and nginx are needed for the PostgreSQL and multi-instance tests, and ${missing.join(", ")} could not be had`;
  if (ci) {
    console.error(`FAIL ${message}: CI never skips them.`);
    process.exit(1);
  }
  console.log(`SKIPPED: the data-layer and browser tests on PostgreSQL and the two-instance test (Redis, nginx). ${message}; install them with: sudo apt-get install postgresql redis-server nginx`);
  console.log("services: 0 passed, 0 failed, 3 skipped");
  process.exit(0);
}

const dir = servicesDir();
let pg: PostgresService | undefined;
let redis: RedisService | undefined;
let failures = 0;
let passes = 0;
const step = (ok: boolean, what: string) => {
  console.log(`${ok ? "ok  " : "FAIL"} ${what}`);
  if (ok) passes++;
  else failures++;
};
const run = (command: string, args: string[], env: Record<string, string>) =>
  spawnSync(command, args, { stdio: "inherit", env: { ...process.env, ...env } }).status === 0;

try {
  pg = await startPostgres(bin, `${dir}/postgres`, Number(process.env.PG_PORT ?? (await freePort())));
  redis = await startRedis(bin, `${dir}/redis`, Number(process.env.REDIS_PORT ?? (await freePort())));
  console.log(`PostgreSQL at ${pg.url}, Redis at ${redis.url}, data in ${dir}`);

  if (part("unit")) {
    console.log("1. the data-layer tests on PostgreSQL");
    step(
    run(process.execPath, ["node_modules/jest/bin/jest.js", ...dataLayerTests], { NODE_OPTIONS: "--experimental-vm-modules", TEST_DATABASE_URL: pg.url }),
      "the data-layer tests pass on PostgreSQL",
    );
  }
  if (part("browser")) {
    console.log("2. the browser tests on PostgreSQL");
    const e2e = await pg.database("tarjuma_e2e");
    // a free port (and the fixture news sites on the next one), never the SQLite pass's 3100 and
    // 3101: Playwright would take a server already answering there for this one
    const port = String(process.env.E2E_PORT ? Number(process.env.E2E_PORT) + 2 : await freePort());
    step(run("npx", ["playwright", "test", ...postgresBrowserTests], { E2E_DATABASE_URL: e2e, E2E_PORT: port, CI: process.env.CI ?? "" }), "the browser tests pass on PostgreSQL");
  }
  if (part("instances")) {
    console.log("3. two instances, one PostgreSQL, one Redis, nginx in front");
    if (!fs.existsSync(".next/BUILD_ID")) step(run("npm", ["run", "build"], { DATABASE_URL: await pg.database("tarjuma_build") }), "the app builds on PostgreSQL");
    const result = await twoInstances({ bin, dir, pg, redis });
    passes += result.passes;
    failures += result.failures;
  }
} catch (error) {
  console.error(error);
  failures++;
} finally {
  await redis?.stop();
  await pg?.stop();
  fs.rmSync(dir, { recursive: true, force: true });
}
console.log(`services: ${passes} passed, ${failures} failed`);
process.exitCode = failures === 0 ? 0 : 1;
