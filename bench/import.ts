/**
 * npm run bench:import — a 50 MB TBX-Basic file of 6,500 concepts (six languages each, with
 * change history, definitions with sources, contexts and term notes, as terminology tools export
 * them) imported by the command line (`npm run glossary -- import`) into a scratch database holding
 * the seed glossary and articles. Records the wall time, the import process's CPU time (user and
 * system, reported by the process as it exits: on a shared machine the wall time depends on the
 * others' load, the CPU time much less), its peak resident memory (VmHWM, read from /proc while it
 * runs, and ru_maxrss at exit) and the machine's load average during the run, in
 * bench/results/import.json. Aim: under 20 s and 400 MB. BENCH_PROFILE=DIR writes a CPU profile
 * of the import process to DIR (node --cpu-prof).
 */
import { spawn, spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { migrate } from "../lib/db/migrate";
import { random, syntheticNames } from "./synthetic-glossary";

const CONCEPTS = Number(process.env.BENCH_CONCEPTS ?? 6_500);
const dir = fs.mkdtempSync(path.join(os.tmpdir(), "tarjuma-bench-import-"));
const file = path.join(dir, "big.tbx");
const database = path.join(dir, "bench.db");

const escape = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;");
const words = "border district province river valley militants fighters government officials security forces report attack village road mountain pass crossing".split(" ");

/** Writes the synthetic TBX a concept at a time; returns its size in bytes. */
async function generate(): Promise<number> {
  const out = fs.createWriteStream(file);
  const write = (s: string) => (out.write(s) ? Promise.resolve() : new Promise<void>((r) => out.once("drain", () => r())));
  const next = random(11);
  const sentence = (n: number) => Array.from({ length: n }, () => words[Math.floor(next() * words.length)]).join(" ");
  const history = (indent: string) =>
    ["origination", "modification"]
      .map((t, i) => `${indent}<transacGrp>\n${indent}  <transac type="transactionType">${t}</transac>\n${indent}  <date>202${i}-0${1 + i}-1${i}</date>\n${indent}  <transacNote type="responsibility">Terminologist ${i}</transacNote>\n${indent}</transacGrp>\n`)
      .join("");
  await write(`<?xml version="1.0" encoding="UTF-8"?>\n<tbx type="TBX-Basic" style="dca" xml:lang="en" xmlns="urn:iso:std:iso:30042:ed-2">\n<tbxHeader><fileDesc><sourceDesc><p>Synthetic benchmark glossary</p></sourceDesc></fileDesc></tbxHeader>\n<text>\n<body>\n`);
  // names that differ in every script (two concepts with one preferred name would be matched as one)
  const seen = new Set<string>();
  const names = syntheticNames(Math.ceil(CONCEPTS * 1.3), 99)
    .filter((n) => [n.cyrillic, n.persian].every((x) => !seen.has(x)) && [n.cyrillic, n.persian].every((x) => seen.add(x)))
    .slice(0, CONCEPTS);
  for (const [i, n] of names.entries()) {
    const languages: [string, string][] = [
      ["en", n.latin],
      ["ru", n.cyrillic],
      ["tg", `${n.cyrillic}и`],
      ["fa", n.persian],
      ["de", `${n.latin}-Gebiet`],
      ["fr", `la ${n.latin}`],
    ];
    let entry = `<conceptEntry id="bench-${i}">\n${history("  ")}  <descrip type="subjectField">Geography</descrip>\n  <note>${escape(sentence(12))}</note>\n`;
    for (const [tag, name] of languages) {
      entry += `  <langSec xml:lang="${tag}">\n    <descripGrp>\n      <descrip type="definition">${escape(name)}: ${escape(sentence(20))}.</descrip>\n      <admin type="source">Synthetic source ${i % 40}</admin>\n    </descripGrp>\n`;
      const terms = i % 2 === 0 ? [name, `${name} ${tag === "en" ? "District" : "2"}`] : [name];
      for (const [k, term] of terms.entries()) {
        entry += `    <termSec>\n      <term>${escape(term)}</term>\n      <termNote type="administrativeStatus">${k === 0 ? "preferredTerm-admn-sts" : "admittedTerm-admn-sts"}</termNote>\n      <termNote type="partOfSpeech">noun</termNote>\n      <termNote type="termType">${k === 0 ? "fullForm" : "variant"}</termNote>\n      <descripGrp>\n        <descrip type="context">${escape(sentence(14))} ${escape(term)}.</descrip>\n        <admin type="source">Synthetic corpus</admin>\n      </descripGrp>\n    </termSec>\n`;
      }
      entry += `  </langSec>\n`;
    }
    await write(`${entry}</conceptEntry>\n`);
  }
  await write(`</body>\n</text>\n</tbx>\n`);
  await new Promise<void>((resolve) => out.end(resolve));
  return fs.statSync(file).size;
}

interface Run {
  ms: number;
  cpu: { userMs: number; systemMs: number; maxRssMb: number } | null;
  peakRssMb: number | null;
  /** The 1-minute load average, sampled through the run */
  loadAverage: number;
  code: number | null;
  output: string;
}

/** Runs the command-line import, watching its peak resident memory and the machine's load. */
function runImport(): Promise<Run> {
  return new Promise((resolve) => {
    const started = performance.now();
    // exactly what `npm run glossary` runs: node itself, with tsx as a loader (so the pid is the importer's),
    // plus the preload that reports its CPU time
    const [, ...flags] = (JSON.parse(fs.readFileSync("package.json", "utf8")) as { scripts: Record<string, string> }).scripts.glossary!.split(" ");
    const profile = process.env.BENCH_PROFILE ? ["--cpu-prof", `--cpu-prof-dir=${path.resolve(process.env.BENCH_PROFILE)}`] : [];
    const child = spawn(process.execPath, ["--import", "./bench/support/report-usage.mjs", ...profile, ...flags, "import", file], {
      env: { ...process.env, DATABASE_URL: `file:${database}`, NODE_OPTIONS: "" },
    });
    let output = "";
    child.stdout.on("data", (d: Buffer) => (output += d.toString()));
    child.stderr.on("data", (d: Buffer) => (output += d.toString()));
    let peak: number | null = null;
    const loads = [os.loadavg()[0]!];
    const watch = setInterval(() => {
      loads.push(os.loadavg()[0]!);
      try {
        const hwm = /VmHWM:\s+(\d+) kB/.exec(fs.readFileSync(`/proc/${child.pid}/status`, "utf8"));
        if (hwm) peak = Math.max(peak ?? 0, Number(hwm[1]) / 1024);
      } catch {}
    }, 50);
    child.on("close", (code) => {
      clearInterval(watch);
      const ms = performance.now() - started;
      const usage = /^bench-usage (.*)$/m.exec(output);
      const cpu = usage ? (JSON.parse(usage[1]!) as Run["cpu"]) : null;
      const rss = [peak, cpu?.maxRssMb ?? null].filter((x): x is number => x !== null);
      const loadAverage = loads.reduce((a, b) => a + b, 0) / loads.length;
      resolve({ ms, cpu, peakRssMb: rss.length ? Math.round(Math.max(...rss)) : null, loadAverage, code, output });
    });
  });
}

try {
  const bytes = await generate();
  console.log(`Generated ${(bytes / 1e6).toFixed(1)} MB, ${CONCEPTS} concepts.`);
  migrate(database);
  const seeded = spawnSync(process.execPath, ["--conditions=react-server", "--import", "tsx", "scripts/db-setup.ts"], { env: { ...process.env, DATABASE_URL: `file:${database}`, NODE_OPTIONS: "" }, encoding: "utf8" });
  if (seeded.status !== 0) throw new Error(seeded.stderr);
  const run = await runImport();
  if (run.code !== 0) throw new Error(`the import failed:\n${run.output}`);
  const result = {
    date: new Date().toISOString(),
    node: process.version,
    // the machine is shared: its load during the run says how far the time is from an idle machine's
    cores: os.cpus().length,
    loadAverage: Number(run.loadAverage.toFixed(1)),
    fileMb: Number((bytes / 1e6).toFixed(1)),
    concepts: CONCEPTS,
    // wall time, the headline figure (on a quiet machine it is close to the CPU time)
    seconds: Number((run.ms / 1000).toFixed(1)),
    cpuSeconds: run.cpu ? Number(((run.cpu.userMs + run.cpu.systemMs) / 1000).toFixed(1)) : null,
    cpu: run.cpu ? { userSeconds: Number((run.cpu.userMs / 1000).toFixed(1)), systemSeconds: Number((run.cpu.systemMs / 1000).toFixed(1)) } : null,
    peakRssMb: run.peakRssMb,
    aim: { seconds: 20, peakRssMb: 400 },
  };
  console.log(run.output.split("\n").filter((l) => /^Imported|^en:|^ignored:/.test(l)).join("\n"));
  console.table([
    { file: `${result.fileMb} MB`, concepts: result.concepts, "wall (s)": result.seconds, "CPU (s)": result.cpuSeconds, "peak RSS (MB)": result.peakRssMb, "load average": result.loadAverage },
  ]);
  fs.writeFileSync("bench/results/import.json", JSON.stringify(result, null, 2) + "\n");
} finally {
  // BENCH_KEEP=1 keeps the file and the database, to look into a slow run
  if (process.env.BENCH_KEEP) console.log(`Kept ${dir}`);
  else fs.rmSync(dir, { recursive: true, force: true });
}
