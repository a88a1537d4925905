/**
 * npm run glossary -- import FILE [--dry-run]        TBX (.tbx, .xml) or CSV (.csv)
 * npm run glossary -- export --format tbx|csv [--out FILE]
 * npm run glossary -- romanize [--write]             ru/tg translit of the term files against BGN/PCGN
 *
 * An import is checked whole before anything is written (every problem is listed with its line or
 * entry), then applied in one transaction: on any error the database is exactly as it was.
 */
import fs from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { CsvError, glossaryFromCsv, glossaryToCsv } from "../lib/import/csv";
import { decodeText, FileEncodingError } from "../lib/import/decode";
import type { SourceFile, TermFile } from "../lib/import/glossary-schema";
import { TbxError, glossaryFromTbx, glossaryToTbx } from "../lib/import/tbx";
import { retranslit } from "../lib/import/translit-edit";
import { withImportLock } from "../lib/db/import-lock";
import { databasePath } from "../lib/env";
import { CliError, runCli } from "./cli";

const usage = [
  "usage: npm run glossary -- import FILE [--dry-run]",
  "       npm run glossary -- export --format tbx|csv [--out FILE]",
  "       npm run glossary -- romanize [--write]",
];

const { values, positionals } = (() => {
  try {
    return parseArgs({
      allowPositionals: true,
      options: { "dry-run": { type: "boolean" }, format: { type: "string" }, out: { type: "string" }, write: { type: "boolean" } },
    });
  } catch (error) {
    console.error((error as Error).message);
    console.error(usage.join("\n"));
    process.exit(2);
  }
})();

function readGlossary(file: string): { sources: SourceFile[]; terms: TermFile[] } {
  if (!fs.existsSync(file)) throw new CliError([`${file}: no such file`]);
  const where = path.basename(file);
  try {
    const text = decodeText(fs.readFileSync(file));
    if (/\.(tbx|xml)$/i.test(file)) return glossaryFromTbx(text);
    if (/\.csv$/i.test(file)) return { sources: [], terms: glossaryFromCsv(text) };
  } catch (error) {
    if (error instanceof CsvError || error instanceof TbxError) throw new CliError(error.problems.map((p) => `${where}: ${p}`));
    if (error instanceof FileEncodingError) throw new CliError([`${where}: ${error.message}`]);
    throw error;
  }
  throw new CliError([`${where}: unknown file type; use .tbx, .xml or .csv`]);
}

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

await runCli(async (db) => {
  const [command, file] = positionals;
  if (command === "import" && file) {
    const { sources, terms } = readGlossary(file);
    const { diffGlossary } = await import("../lib/db/glossary");
    const knownSources = new Set([...(await db.source.findMany({ select: { key: true } })).map((s) => s.key), ...sources.map((s) => s.key)]);
    const knownTerms = new Set([...(await db.term.findMany({ select: { slug: true } })).map((t) => t.slug), ...terms.map((t) => t.slug)]);
    const problems = terms.flatMap((t) => [
      ...[...Object.values(t.definitions).flatMap((d) => d?.sources ?? []), ...t.claims.map((c) => c.source), ...(t.place ? [t.place.source] : [])]
        .filter((k) => !knownSources.has(k))
        .map((k) => `${path.basename(file)}: ${t.slug}: unknown source "${k}"`),
      ...t.related.filter((r) => !knownTerms.has(r)).map((r) => `${path.basename(file)}: ${t.slug}: unknown related term "${r}"`),
      ...(t.place?.partOf && !knownTerms.has(t.place.partOf) ? [`${path.basename(file)}: ${t.slug}: unknown partOf term "${t.place.partOf}"`] : []),
    ]);
    if (problems.length > 0) throw new CliError([...new Set(problems)]);
    const diff = await diffGlossary(db, terms);
    const summary = `${diff.added.length} added, ${diff.changed.length} changed, ${diff.unchanged.length} unchanged`;
    if (values["dry-run"]) {
      console.log(`Dry run, nothing written: ${summary}.`);
      if (diff.added.length) console.log(`added: ${diff.added.join(", ")}`);
      if (diff.changed.length) console.log(`changed: ${diff.changed.join(", ")}`);
      return;
    }
    const { relinkAll, writeGlossaryAtomically } = await import("../lib/db/write");
    // one import at a time: a second one waits for the first, or is refused clearly
    await withImportLock(databasePath(), async () => {
      console.log(`Writing ${terms.length} terms in one transaction…`);
      await writeGlossaryAtomically(db, { sources, terms });
      await relinkAll(db);
    });
    console.log(`Imported ${terms.length} terms: ${summary}.`);
  } else if (command === "export" && (values.format === "tbx" || values.format === "csv")) {
    const { exportGlossary } = await import("../lib/db/glossary");
    const glossary = await exportGlossary(db);
    const out = values.format === "tbx" ? glossaryToTbx(glossary) : glossaryToCsv(glossary.terms);
    if (values.out) {
      fs.writeFileSync(values.out, out);
      console.error(`Wrote ${glossary.terms.length} terms to ${values.out}.`);
    } else process.stdout.write(out);
  } else throw new CliError(usage);
});
