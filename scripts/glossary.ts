/**
 * npm run glossary -- import FILE [--dry-run] [--mode merge|replace] [--languages SOURCE,TARGET]
 * npm run glossary -- export --format tbx|tbx2|csv|xlsx [--out FILE]
 * npm run glossary -- romanize [--write]             ru/tg translit of the term files against BGN/PCGN
 *
 * An import is read and checked whole before anything is written (every problem is listed with
 * its place), then applied in one transaction: on any error the database is exactly as it was.
 * Afterwards a running site's pages are refreshed.
 */
import fs from "node:fs";
import path from "node:path";
import { Writable } from "node:stream";
import { parseArgs } from "node:util";
import { csvChunks } from "../lib/import/csv";
import { ImportFileError } from "../lib/import/read";
import type { Change } from "../lib/import/merge";
import type { ConceptPlan, ImportResult } from "../lib/db/glossary-import";
import { glossaryRows } from "../lib/import/tabular";
import { tbxChunks } from "../lib/import/tbx-write";
import { retranslit } from "../lib/import/translit-edit";
import { writeXlsx } from "../lib/import/xlsx";
import { withImportLock } from "../lib/db/import-lock";
import { databasePath } from "../lib/env";
import { describeRefresh, refreshSites } from "../lib/site-refresh";
import { CliError, runCli } from "./cli";

const usage = [
  "usage: npm run glossary -- import FILE [--dry-run] [--mode merge|replace] [--languages SOURCE,TARGET]",
  "       npm run glossary -- export --format tbx|tbx2|csv|xlsx [--out FILE]",
  "       npm run glossary -- romanize [--write]",
];

const { values, positionals } = (() => {
  try {
    return parseArgs({
      allowPositionals: true,
      options: {
        "dry-run": { type: "boolean" },
        mode: { type: "string", default: "merge" },
        languages: { type: "string" },
        format: { type: "string" },
        out: { type: "string" },
        write: { type: "boolean" },
      },
    });
  } catch (error) {
    console.error((error as Error).message);
    console.error(usage.join("\n"));
    process.exit(2);
  }
})();

/**
 * Lists the ru and tg translit values of the term files that differ from the generated romanization
 * of the preferred name; with --write, replaces them, file by file, reading each file right before
 * its edit and changing only those values (other people may be editing other parts of the files).
 */
function romanizeFiles(write: boolean) {
  const dir = path.resolve("prisma/data/glossary/terms");
  let count = 0;
  for (const name of fs.readdirSync(dir).filter((f) => f.endsWith(".json")).sort()) {
    const file = path.join(dir, name);
    const { changes, text } = retranslit(fs.readFileSync(file, "utf8"));
    for (const c of changes) console.log(`${name}: ${c.locale} ${c.preferred}: ${c.from === null ? "(none)" : JSON.stringify(c.from)} -> ${JSON.stringify(c.to)}`);
    if (write && changes.length > 0) fs.writeFileSync(file, text);
    count += changes.length;
  }
  console.log(count === 0 ? "Every ru and tg translit is the generated one." : `${count} translit values ${write ? "rewritten" : "differ (run with --write to rewrite them)"}.`);
}

if (positionals[0] === "romanize") {
  romanizeFiles(Boolean(values.write));
  process.exit(0);
}

const sign: Record<Change["kind"], string> = { added: "+", changed: "~", removed: "-", kept: "=" };
const describe = (c: Change) => `${sign[c.kind]} ${c.kind === "kept" ? "kept " : ""}${c.what}${c.tag ? ` ${c.tag}` : ""}: ${c.detail}`;

await runCli(async (db) => {
  const [command, file] = positionals;
  if (command === "import" && file) {
    const mode = values.mode;
    if (mode !== "merge" && mode !== "replace") throw new CliError([`--mode must be merge or replace (got ${mode})`, ...usage]);
    const dryRun = Boolean(values["dry-run"]);
    const { importGlossary, ImportCheckError } = await import("../lib/db/glossary-import");
    const name = path.basename(file);
    const read = { languages: values.languages?.split(",") };
    // a dry run lists each concept's changes as it reads them
    const onConcept = (c: ConceptPlan) => {
      if (!dryRun || c.changes.length === 0) return;
      console.log(`${c.slug} (${c.where}; ${c.matchedBy ? `matched by ${c.matchedBy}` : "new"}):`);
      for (const change of c.changes) console.log(`  ${describe(change)}`);
    };
    const run = () => importGlossary(db, file, read, { mode, dryRun, onConcept });
    if (!dryRun) console.log("Writing in one transaction while the file is read…");
    let result: ImportResult;
    try {
      // one import at a time: a second one waits for the first, or is refused clearly
      result = dryRun ? await run() : await withImportLock(databasePath(), run);
    } catch (error) {
      if (error instanceof ImportFileError || error instanceof ImportCheckError) throw new CliError(error.problems.map((p) => `${name}: ${p}`));
      throw error;
    }
    const { counts } = result;
    const summary = `${result.format}, ${counts.new + counts.changed + counts.unchanged} concepts: ${counts.new} new, ${counts.changed} changed, ${counts.unchanged} unchanged`;
    console.log(dryRun ? `Dry run (${mode}), nothing written: ${summary}.` : `Imported ${name} (${mode}): ${summary}.`);
    for (const line of result.notes) console.log(`note: ${line}`);
    for (const line of result.ignored) console.log(`ignored: ${line}`);
    for (const key of result.sources.added) console.log(`source ${key}: added`);
    for (const key of result.sources.changed) console.log(`source ${key}: replaced`);
    for (const key of result.sources.kept) console.log(`source ${key}: kept as stored (the file describes it otherwise)`);
    for (const l of result.languages) {
      console.log(
        `${l.tag}: ${l.concepts} concepts; names ${l.namesAdded} added, ${l.namesChanged} changed, ${l.namesRemoved} removed; definitions ${l.definitionsAdded} added, ${l.definitionsChanged} changed, ${l.definitionsRemoved} removed`,
      );
    }
    if (dryRun) return;
    const { relinkAll } = await import("../lib/db/write");
    await relinkAll(db);
    console.log(describeRefresh(await refreshSites(databasePath())));
  } else if (command === "export" && ["tbx", "tbx2", "csv", "xlsx"].includes(values.format ?? "")) {
    const { exportGlossary } = await import("../lib/db/glossary");
    const glossary = await exportGlossary(db);
    const format = values.format as "tbx" | "tbx2" | "csv" | "xlsx";
    if (format === "xlsx") {
      if (!values.out && process.stdout.isTTY) throw new CliError(["an XLSX workbook is binary: give --out FILE"]);
      await writeXlsx(glossaryRows(glossary), values.out ? { filename: values.out } : { stream: process.stdout });
    } else {
      const out: Writable = values.out ? fs.createWriteStream(values.out) : process.stdout;
      const chunks = format === "csv" ? csvChunks(glossaryRows(glossary)) : tbxChunks(glossary, format);
      for (const chunk of chunks) if (!out.write(chunk)) await new Promise((r) => out.once("drain", r));
      if (values.out) await new Promise<void>((resolve, reject) => out.end((error?: Error | null) => (error ? reject(error) : resolve())));
    }
    if (values.out) console.error(`Wrote ${glossary.terms.length} terms and ${glossary.sources.length} sources to ${values.out}.`);
  } else throw new CliError(usage);
});
