/**
 * npm run test:stress — load, faults and recovery against the built app on loopback, bounded in
 * time (STRESS_SECONDS per load phase, 30 by default). Exits non-zero on the first failed check.
 *
 * 1. 64 connections on article, glossary and search pages in every locale: no errors, no 5xx.
 * 2. The same load while an import of 3,000 terms runs: no errors, no "database is locked", and no
 *    reader sees half an import.
 * 3. An import killed with SIGKILL halfway: the database passes integrity_check and holds exactly
 *    the state before it.
 * 4. Two imports at once: each finishes or is refused clearly as busy; the database stays sound.
 * 5. The database file missing at run time: static pages still serve, search and the editor answer
 *    503 with a reason, and service comes back with the file.
 * 6. A backup taken under load restores.
 * 7. The database file read-only at run time: static pages and search still serve, the editor
 *    answers 503 saying so and writes nothing, and saving works again once the file is writable.
 *    (As root, the server runs without the capability to override file permissions.)
 */
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import autocannon from "autocannon";
import en from "../../messages/en.json" with { type: "json" };
import { csvChunks } from "../../lib/import/csv";
import { glossaryRows } from "../../lib/import/tabular";
import { openDatabase } from "../../lib/db/migrate";
import { syntheticTerms } from "../../bench/synthetic-glossary";
import { startServer } from "../../scripts/serve";
import { formFields } from "../support/form-fields";
import { runScript, runScriptAsync } from "../support/run-script";

const SECONDS = Number(process.env.STRESS_SECONDS ?? 30);
const dir = fs.mkdtempSync(path.join(os.tmpdir(), "tarjuma-stress-"));
const file = path.join(dir, "stress.db");
const env = { DATABASE_URL: `file:${file}` };
const tsx = (script: string, args: string[]): ChildProcess =>
  spawn(process.execPath, ["node_modules/tsx/dist/cli.mjs", "--conditions=react-server", script, ...args], {
    env: { ...process.env, ...env, NODE_OPTIONS: "" },
    stdio: ["ignore", "pipe", "pipe"],
  });
const finished = (child: ChildProcess) =>
  new Promise<{ code: number | null; signal: NodeJS.Signals | null; stderr: string }>((resolve) => {
    let stderr = "";
    child.stderr?.on("data", (d) => (stderr += d));
    child.on("exit", (code, signal) => resolve({ code, signal, stderr }));
  });
let failures = 0;
let passes = 0;
function check(ok: boolean, what: string) {
  console.log(`${ok ? "ok  " : "FAIL"} ${what}`);
  if (ok) passes++;
  else failures++;
}
/** A look at the database file itself, on a connection of its own, closed afterwards. */
const inspect = <T>(look: (sqlite: ReturnType<typeof openDatabase>) => T): T => {
  const sqlite = openDatabase(file, { readonly: true });
  try {
    return look(sqlite);
  } finally {
    sqlite.close();
  }
};
const termCount = (like: string) => inspect((sqlite) => (sqlite.prepare(`SELECT count(*) AS n FROM Term WHERE slug LIKE ?`).get(like) as { n: number }).n);
const integrity = () => inspect((sqlite) => sqlite.pragma("integrity_check", { simple: true }));
const csvOf = (prefix: string, count: number) => {
  const target = path.join(dir, `${prefix}.csv`);
  const terms = syntheticTerms(count, "A1").map((t) => ({ ...t, slug: t.slug.replace("bench", prefix) }));
  fs.writeFileSync(target, [...csvChunks(glossaryRows({ sources: [], terms }))].join(""));
  return target;
};

const pages = ["en", "ru", "tg", "fa"].flatMap((l) => [
  `/${l}/articles/dushanbe-reinforces-border`,
  `/${l}/glossary`,
  `/${l}/glossary/jamaat-ansarullah`,
  `/${l}/glossary?q=${encodeURIComponent(l === "fa" ? "انصار" : l === "en" ? "ansar" : "Ансар")}`,
  `/api/glossary?q=taliban&locale=${l}`,
]);

async function load(url: string, seconds: number) {
  const result = await autocannon({ url, connections: 64, duration: seconds, requests: pages.map((p) => ({ method: "GET", path: p })) });
  console.log(
    `     ${result.requests.total} requests in ${seconds} s: ${Math.round(result.requests.average)} req/s, latency p50 ${result.latency.p50} ms, p99 ${result.latency.p99} ms, ${result.errors} errors (${result.timeouts} of them timeouts: no answer within 10 s), ${result.non2xx} non-2xx; machine load ${os.loadavg().map((l) => l.toFixed(1)).join(" ")} on ${os.cpus().length} cores`,
  );
  return result;
}

if (!fs.existsSync(".next/BUILD_ID")) {
  console.log("No build found: building first.");
  spawnSync("npm", ["run", "build"], { stdio: "inherit" });
}
const setup = runScript("db-setup", [], env.DATABASE_URL);
check(setup.status === 0, "database created, migrated and seeded");

let server = await startServer(env);
let serverErrors = "";
server.child.stderr?.on("data", (d) => (serverErrors += d));
try {
  console.log(`1. ${SECONDS} s of load, 64 connections, ${pages.length} pages and queries in 4 locales`);
  const quiet = await load(server.url, SECONDS);
  check(quiet.errors === 0 && quiet.non2xx === 0 && quiet.requests.total > 0, "no errors and no non-2xx answers under load");

  console.log("2. the same load while 3,000 terms are imported");
  const importFile = csvOf("stress-a", 3000);
  const started = Date.now();
  const importing = tsx("scripts/glossary.ts", ["import", importFile]);
  const imported = finished(importing);
  let halfSeen = false;
  let polling = true;
  const poll = (async () => {
    while (polling) {
      const last = await fetch(`${server.url}/api/glossary/stress-a-2999`);
      const first = await fetch(`${server.url}/api/glossary/stress-a-0`);
      if (last.status === 200 && first.status !== 200) halfSeen = true;
      await new Promise((r) => setTimeout(r, 50));
    }
  })();
  const busy = await load(server.url, Math.max(5, Math.round(SECONDS / 2)));
  const { code, stderr } = await imported;
  const importMs = Date.now() - started;
  polling = false;
  await poll;
  check(code === 0, `the import finished (${(importMs / 1000).toFixed(1)} s) ${code === 0 ? "" : stderr}`);
  check(busy.errors === 0 && busy.non2xx === 0, "no errors and no non-2xx answers while importing");
  check(!/database is locked|SQLITE_BUSY/i.test(serverErrors), 'the server never met "database is locked"');
  check(!halfSeen, "no reader saw half an import");
  check(termCount("stress-a-%") === 3000, "all 3,000 imported terms are there");

  console.log("3. an import killed with SIGKILL halfway");
  const before = termCount("%");
  const killFile = csvOf("stress-b", 3000);
  const victim = tsx("scripts/glossary.ts", ["import", killFile]);
  const killed = finished(victim);
  // kill it once its transaction has begun writing
  await new Promise<void>((resolve) => victim.stdout?.on("data", (d: Buffer) => d.toString().includes("Writing") && resolve()));
  await new Promise((r) => setTimeout(r, 1000));
  victim.kill("SIGKILL");
  const outcome = await killed;
  check(outcome.signal === "SIGKILL", "the import was killed");
  check(integrity() === "ok", "the database passes PRAGMA integrity_check");
  check(termCount("%") === before && termCount("stress-b-%") === 0, "it holds exactly the state before the import");

  console.log("4. two imports at once");
  const [one, two] = await Promise.all([finished(tsx("scripts/glossary.ts", ["import", csvOf("stress-c", 1500)])), finished(tsx("scripts/glossary.ts", ["import", csvOf("stress-d", 1500)]))]);
  for (const [name, r] of [["first", one], ["second", two]] as const) {
    check(r.code === 0 || (r.code === 1 && /busy|still running/i.test(r.stderr)), `the ${name} import finished, or was refused clearly (${r.code === 0 ? "finished" : r.stderr.trim()})`);
  }
  check(one.code === 0 || two.code === 0, "at least one of them finished");
  check(integrity() === "ok", "the database passes PRAGMA integrity_check");
  check([0, 1500].includes(termCount("stress-c-%")) && [0, 1500].includes(termCount("stress-d-%")), "each import is there whole or not at all");

  console.log("6. a backup under load");
  const backupFile = path.join(dir, "backup.db");
  const [backup] = await Promise.all([finished(tsx("scripts/db-backup.ts", ["--out", backupFile])), load(server.url, 5)]);
  const restored = openDatabase(backupFile, { readonly: true });
  const restoredOk = restored.pragma("integrity_check", { simple: true }) === "ok" && (restored.prepare(`SELECT count(*) AS n FROM Term`).get() as { n: number }).n === termCount("%");
  restored.close();
  check(backup.code === 0 && restoredOk, `the backup passes integrity_check and holds every term ${backup.code === 0 ? "" : backup.stderr}`);

  console.log("5. the database file missing at run time");
  await server.stop();
  fs.renameSync(file, `${file}.away`);
  for (const suffix of ["-wal", "-shm"]) if (fs.existsSync(file + suffix)) fs.renameSync(file + suffix, `${file}.away${suffix}`);
  server = await startServer(env);
  const page = await fetch(`${server.url}/fa/articles/dushanbe-reinforces-border`);
  check(page.status === 200, "static pages still serve");
  const search = await fetch(`${server.url}/api/glossary?q=taliban`);
  const body = (await search.json().catch(() => ({}))) as { error?: string };
  check(search.status === 503 && /not available/.test(body.error ?? ""), `the search API answers 503 with a reason (${search.status})`);
  const searchPage = await fetch(`${server.url}/en/glossary?q=taliban`);
  check(searchPage.status === 503 && (await searchPage.text()).includes(en.Unavailable.missing), `the search page answers 503 with a localized reason (${searchPage.status})`);
  const editorPage = await fetch(`${server.url}/en/editor`, { redirect: "manual" });
  check(editorPage.status === 503 && (await editorPage.text()).includes(en.Unavailable.missing), `the editor answers 503 with a localized reason (${editorPage.status})`);
  check(!fs.existsSync(file), "no empty database was created in its place");
  fs.renameSync(`${file}.away`, file);
  for (const suffix of ["-wal", "-shm"]) if (fs.existsSync(`${file}.away${suffix}`)) fs.renameSync(`${file}.away${suffix}`, file + suffix);
  const back = await fetch(`${server.url}/api/glossary?q=taliban`);
  check(back.status === 200, "search comes back with the file");
  check((await fetch(`${server.url}/en/glossary?q=taliban`)).status === 200, "the search page comes back with the file");

  console.log("7. the database file read-only at run time");
  const editorName = "stress-editor";
  const password = "a long stress password";
  // not spawnSync: with the event loop blocked for longer than the server's keep-alive (5 s, as
  // adding an editor takes on a loaded machine), the next request would go out on a connection the
  // server has closed and fail with "other side closed"
  const added = await runScriptAsync("editor", ["add", editorName], env.DATABASE_URL, `${password}\n`);
  check(added.status === 0, `an editor account was added ${added.stderr}`);
  // the editor's forms, posted as a browser without JavaScript posts them (server actions); the
  // pages are read while the database is writable, as a browser would have them open
  const submit = async (pagePath: string, html: string, change: Record<string, string>, cookie = "") => {
    const body = new FormData();
    for (const [k, v] of Object.entries({ ...(await formFields(html, "form.editor-form")), ...change })) body.append(k, v);
    return fetch(`${server.url}${pagePath}`, { method: "POST", redirect: "manual", headers: { Origin: server.url, Cookie: cookie }, body });
  };
  const signInForm = await fetch(`${server.url}/en/editor/sign-in`).then((r) => r.text());
  const signIn = () => submit("/en/editor/sign-in", signInForm, { name: editorName, password });
  const session = (await signIn()).headers.getSetCookie().find((c) => c.startsWith("tarjuma_session="))?.split(";")[0] ?? "";
  check(session.startsWith("tarjuma_session=") && session.length > 30, "the editor signed in");
  const definitionOf = () =>
    inspect((sqlite) => (sqlite.prepare(`SELECT d.text FROM Definition d JOIN Term t ON t.id = d.termId WHERE t.slug = 'maymay' AND d.tag = 'en'`).get() as { text: string }).text);
  const termForm = await fetch(`${server.url}/en/editor/terms/maymay`, { headers: { Cookie: session } }).then((r) => r.text());
  const save = (text: string) => submit("/en/editor/terms/maymay", termForm, { "definitions.en.text": text }, session);
  const original = definitionOf();
  await server.stop();
  fs.chmodSync(file, 0o444);
  // root may write to any file: without CAP_DAC_OVERRIDE (and FOWNER) it meets the permissions as anyone would
  server = await startServer(env, process.getuid?.() === 0 ? { wrap: ["setpriv", "--bounding-set", "-dac_override,-dac_read_search,-fowner"] } : {});
  check((await fetch(`${server.url}/tg/articles/dushanbe-reinforces-border`)).status === 200, "static pages still serve");
  check((await fetch(`${server.url}/api/glossary?q=taliban`)).status === 200, "the search API still answers");
  check((await fetch(`${server.url}/ru/glossary?q=${encodeURIComponent("Ансар")}`)).status === 200, "the search page still answers");
  const refused = await save(`${original} (read-only)`);
  check(refused.status === 503 && (await refused.text()).includes(en.Unavailable.readOnly), `a save answers 503 saying the database is read-only (${refused.status})`);
  const signInRefused = await signIn();
  check(signInRefused.status === 503, `a sign-in answers 503 (${signInRefused.status})`);
  const editorReadOnly = await fetch(`${server.url}/en/editor`, { headers: { Cookie: session }, redirect: "manual" });
  check(editorReadOnly.status === 503 && (await editorReadOnly.text()).includes(en.Unavailable.readOnly), `the editor's pages answer 503 with a localized reason (${editorReadOnly.status})`);
  check(definitionOf() === original, "nothing was written");
  fs.chmodSync(file, 0o644);
  const saved = await save(`${original} (writable again)`);
  check(saved.status === 200 && (await saved.text()).includes(en.Editor.status.saved) && definitionOf() === `${original} (writable again)`, `saving works again once the file is writable (${saved.status})`);
  check((await fetch(`${server.url}/en/editor`, { headers: { Cookie: session }, redirect: "manual" })).status === 200, "the editor's pages come back");
} finally {
  if (fs.existsSync(file)) fs.chmodSync(file, 0o644);
  await server.stop();
  fs.rmSync(dir, { recursive: true, force: true });
}
console.log(`stress: ${passes} passed, ${failures} failed`);
process.exitCode = failures === 0 ? 0 : 1;
