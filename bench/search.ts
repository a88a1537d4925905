/**
 * npm run bench:search — glossary search with 15,000 terms: p50 and p95 per query, for exact names,
 * prefixes, other scripts, typos and misses. In SQLite (bench/results/search.json), or, with
 * BENCH_DATABASE_URL naming a PostgreSQL server (a user that may create databases), in a new
 * database there (bench/results/search-postgresql.json; `npm run bench:scale` runs it so).
 */
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { migrateDatabase } from "../lib/db/migrate";
import { createDatabase, dropDatabase } from "../lib/db/postgres-tools";
import { fold } from "../lib/text/normalize";
import { random, syntheticNames, syntheticTerms } from "./synthetic-glossary";

const COUNT = Number(process.env.BENCH_TERMS ?? 15_000);
const server = process.env.BENCH_DATABASE_URL?.startsWith("postgres") ? process.env.BENCH_DATABASE_URL : undefined;
const dir = fs.mkdtempSync(path.join(os.tmpdir(), "tarjuma-bench-"));
const scratch = `tarjuma_bench_${randomBytes(4).toString("hex")}`;
process.env.DATABASE_URL = server ? await createDatabase(server, scratch) : `file:${path.join(dir, "bench.db")}`;
const engine = server ? "postgresql" : "sqlite";

const { db } = await import("../lib/db/client");
const { writeSources, writeTerms } = await import("../lib/db/write");
const { searchTerms } = await import("../lib/db/search");

try {
  await migrateDatabase();
  const started = performance.now();
  await writeSources(db(), [{ key: "BENCH", title: "Synthetic", url: null, date: null }]);
  await writeTerms(db(), syntheticTerms(COUNT));
  const loadMs = performance.now() - started;
  const keys = await db().searchKey.count();

  const names = syntheticNames(COUNT);
  const next = random(7);
  const pick = () => names[Math.floor(next() * names.length)]!;
  const typo = (s: string) => {
    const i = 1 + Math.floor(next() * (s.length - 2));
    return s.slice(0, i) + s[i + 1] + s[i] + s.slice(i + 2);
  };
  const kinds: Record<string, () => string> = {
    exact: () => pick().latin,
    prefix: () => pick().latin.slice(0, 4),
    cyrillic: () => pick().cyrillic,
    persian: () => pick().persian,
    typo: () => typo(pick().latin.split(" ")[0]!),
    miss: () => "qqqxxxwww",
  };

  const rows: { kind: string; p50: number; p95: number; found: number }[] = [];
  for (const [kind, make] of Object.entries(kinds)) {
    const queries = Array.from({ length: 300 }, make);
    for (const q of queries.slice(0, 30)) await searchTerms(q, "en", 10); // warm up
    const times: number[] = [];
    let found = 0;
    for (const q of queries) {
      const t = performance.now();
      const results = await searchTerms(q, "en", 10);
      times.push(performance.now() - t);
      if (results.length > 0 && (kind !== "exact" || fold(results[0]!.name) === fold(q))) found++;
    }
    times.sort((a, b) => a - b);
    const at = (p: number) => Number(times[Math.min(times.length - 1, Math.floor(p * times.length))]!.toFixed(2));
    rows.push({ kind, p50: at(0.5), p95: at(0.95), found: Number((found / queries.length).toFixed(2)) });
  }
  const all = rows.flatMap((r) => [r.p50]);
  const result = { date: new Date().toISOString(), node: process.version, database: engine, terms: COUNT, searchKeys: keys, loadSeconds: Number((loadMs / 1000).toFixed(1)), queries: rows, medianOfP50: all.sort((a, b) => a - b)[Math.floor(all.length / 2)] };
  console.log(`Glossary search on ${engine}, ${COUNT} terms (${keys} search keys, loaded in ${result.loadSeconds} s), 300 queries of each kind:`);
  console.table(rows.map((r) => ({ query: r.kind, "p50 ms": r.p50, "p95 ms": r.p95, "found": r.found })));
  fs.mkdirSync("bench/results", { recursive: true });
  fs.writeFileSync(`bench/results/${server ? "search-postgresql" : "search"}.json`, JSON.stringify(result, null, 2) + "\n");
} finally {
  await db().$disconnect();
  if (server) await dropDatabase(server, scratch);
  fs.rmSync(dir, { recursive: true, force: true });
}
