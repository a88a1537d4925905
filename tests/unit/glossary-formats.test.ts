import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import ExcelJS from "exceljs";
import { Schema } from "node-schematron";
import { csvChunks } from "@/lib/import/csv";
import { finishGlossary } from "@/lib/import/entries";
import { canonicalTerm, type SourceFile, type TermFile } from "@/lib/import/glossary-schema";
import { ImportFileError, readGlossaryFile } from "@/lib/import/read";
import { glossaryRows } from "@/lib/import/tabular";
import { readTbx } from "@/lib/import/tbx-read";
import { glossaryToTbx } from "@/lib/import/tbx-write";
import { writeXlsx } from "@/lib/import/xlsx";
import { loadSeedData } from "@/prisma/seed";
import { richSources, richTerms, withRich } from "./support/rich-glossary";

/**
 * The formats without a database: every export reads back to the same glossary (TBX-Basic v3,
 * TBX 2, CSV, XLSX); the TBX-Basic export is valid against the dialect's published RelaxNG
 * (Debian's xmllint) and Schematron (node-schematron: the rules use XPath 2); and each table shape
 * reads as documented.
 */

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "tarjuma-formats-"));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));
const seed = loadSeedData();
const glossary = withRich({ sources: seed.sources, terms: seed.terms });
const canonical = canonicalTerm;
const write = (name: string, content: string | Buffer) => {
  const file = path.join(dir, name);
  fs.writeFileSync(file, content);
  return file;
};
const problemsOf = async (promise: Promise<unknown>) => {
  const error = await promise.catch((e: unknown) => e);
  if (!(error instanceof ImportFileError)) throw new Error(`expected the file to be refused, got ${String(error)}`);
  return error.problems;
};
const expectSame = (back: { sources: SourceFile[]; terms: TermFile[] }) => {
  expect(back.terms.map(canonical)).toEqual(glossary.terms.map(canonical));
  expect(back.sources).toEqual(glossary.sources);
};

describe("export, then read back: the same glossary", () => {
  test.each(["tbx", "tbx2"] as const)("%s", async (dialect) => {
    expectSame(await readGlossaryFile(write(`all.${dialect}.tbx`, glossaryToTbx(glossary, dialect))));
  });

  test("csv", async () => {
    expectSame(await readGlossaryFile(write("all.csv", [...csvChunks(glossaryRows(glossary))].join(""))));
  });

  test("xlsx", async () => {
    const file = path.join(dir, "all.xlsx");
    await writeXlsx(glossaryRows(glossary), { filename: file });
    expectSame(await readGlossaryFile(file));
  });
});

describe("the TBX-Basic export is valid TBX-Basic", () => {
  const schemas = "tests/fixtures/tbx/schemas";
  const schematron = Schema.fromString(fs.readFileSync(`${schemas}/TBX-Basic_DCA.sch`, "utf8"));
  const relaxng = (file: string) => spawnSync("xmllint", ["--noout", "--relaxng", `${schemas}/TBXcoreStructV03_TBX-Basic_integrated.rng`, file], { encoding: "utf8" });
  const failures = (xml: string) => schematron.validateString(xml).filter((r) => !r.isReport).map((r) => (r.message ?? "").trim());

  test("against the dialect's RelaxNG (xmllint) and Schematron rules", () => {
    const xml = glossaryToTbx(glossary, "tbx");
    const check = relaxng(write("valid.tbx", xml));
    expect(check.stderr.trim()).toMatch(/valid\.tbx validates$/);
    expect(check.status).toBe(0);
    expect(failures(xml)).toEqual([]);
    }, 90_000);

  test("and the checks do fail on what TBX-Basic does not allow", () => {
    const xml = glossaryToTbx({ sources: richSources, terms: richTerms }, "tbx");
    expect(failures(xml)).toEqual([]);
    const privateType = xml.replace('<termNote type="termType">fullForm</termNote>', '<termNote type="x-role">alias</termNote>');
    expect(relaxng(write("x-type.tbx", privateType)).status).not.toBe(0);
    const properNoun = xml.replace('<termNote type="termType">fullForm</termNote>', '<termNote type="partOfSpeech">properNoun</termNote>');
    expect(failures(properNoun)).toContain("Permitted values of /partOfSpeech/ are 'noun', 'other', 'verb', 'adverb', or 'adjective'");
  });

  test("the fixture written from the dialect's documentation passes the same checks", () => {
    const fixture = "tests/fixtures/import/tbx3-basic-dca.tbx";
    expect(relaxng(fixture).status).toBe(0);
    expect(failures(fs.readFileSync(fixture, "utf8"))).toEqual([]);
  });

  test("our extras travel as data categories TBX-Basic allows", () => {
    const xml = glossaryToTbx(glossary, "tbx");
    expect(xml).toContain('<conceptEntry id="_1st-border-post">');
    expect(xml).toContain('<langSec xml:lang="ru-Latn">');
    expect(xml).toContain("<note>tarjuma:translit</note>");
    expect(xml).toContain("<note>tarjuma:partOfSpeech=properNoun</note>");
    expect(xml).toContain("<note>tarjuma:kind=person</note>");
    expect(xml).toContain('<termNote type="administrativeStatus">deprecatedTerm-admn-sts</termNote>');
    expect(xml).toContain('<descrip type="definition" xml:lang="de">Ein Grenzposten ohne deutschen Namen.</descrip>');
    expect(xml).toContain('<refObject id="src.2GIS">');
    expect(xml).not.toMatch(/type="x-/);
  });
});

describe("tables", () => {
  test("a header of languages with description and note columns; several names in a cell; a matching name in the file", async () => {
    const file = await readGlossaryFile("tests/fixtures/import/languages.csv");
    expect(file.format).toBe("CSV (languages en, fr)");
    const [maymay, guard, route] = file.terms;
    expect(maymay).toMatchObject({ slug: "maymay", definitions: { en: { text: "District of Badakhshan on the Panj River." } } });
    expect(maymay!.names.fr).toMatchObject({ preferred: { text: "Maïmaï" }, notes: ["Orthographe de la presse française."] });
    expect(guard!.definitions.en!.text).toBe("A member of a border force, on duty at a post.");
    expect(route!.names.fr).toMatchObject({ preferred: { text: "route de contrebande" }, variants: [{ text: "filière" }] });
  });

  test("TSV with regional tags; semicolon-separated CSV", async () => {
    const tsv = await readGlossaryFile("tests/fixtures/import/regional.tsv");
    expect(tsv.format).toBe("TSV (languages en-US, fa)");
    expect(tsv.terms[0]).toMatchObject({ slug: "border-crossing", notes: ["Official term."], definitions: { "en-US": { text: "A place where people may cross a border." } } });
    expect(Object.keys(tsv.terms[0]!.names)).toEqual(["en-US", "fa"]);
    const semicolon = await readGlossaryFile("tests/fixtures/import/semicolon.csv");
    expect(semicolon.terms.map((t) => [t.slug, t.names.de!.preferred!.text])).toEqual([["border-post", "Grenzposten"], ["smuggling", "Schmuggel"]]);
  });

  test("two columns without language codes need --languages, with a source,target header or none", async () => {
    expect(await problemsOf(readGlossaryFile("tests/fixtures/import/source-target.csv"))).toEqual([
      "line 1: the header does not name languages (such as en,fr or en-US,fa); for a file of two columns without language codes, give --languages SOURCE,TARGET",
    ]);
    const named = await readGlossaryFile("tests/fixtures/import/source-target.csv", { languages: ["en", "ru"] });
    expect(named.terms.map((t) => [t.names.en!.preferred!.text, t.names.ru!.preferred!.text])).toEqual([["Warduj", "Вардудж"], ["river crossing", "переправа"]]);
    const bare = await readGlossaryFile("tests/fixtures/import/headerless.csv", { languages: ["en", "fa"] });
    expect(bare.terms.map((t) => t.names.fa!.preferred!.text)).toEqual(["جرم", "لاجورد"]);
    expect(await problemsOf(readGlossaryFile("tests/fixtures/import/languages.csv", { languages: ["en", "de"] }))).toEqual([
      "line 1: the header names the languages en, fr; --languages says en, de",
    ]);
  });

  test("a broken CSV row names its line; a bad cell in this project's table names its line", async () => {
    expect(await problemsOf(readGlossaryFile("tests/fixtures/import/broken.csv"))).toEqual(["line 3: a quoted field opened in this row is never closed"]);
    const rows = glossaryRows({ sources: [], terms: glossary.terms.filter((t) => t.slug === "maymay") });
    rows[2]![rows[0]!.indexOf("claims")] = "[not json";
    rows[3]![rows[0]!.indexOf("kind")] = "person";
    expect(await problemsOf(readGlossaryFile(write("bad.csv", [...csvChunks(rows)].join(""))))).toEqual(
      expect.arrayContaining(["line 4: kind of maymay differs from line 2", "line 3: claims: is not JSON"]),
    );
  });

  test("XLSX: the first sheet under the same header rules; a cell holding an error names its row and column", async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet("Terms");
    sheet.addRow(["en", "ru", "definition"]);
    sheet.addRow(["Panj", { richText: [{ text: "Пяндж" }, { text: "" }] }, "River on the border."]);
    sheet.addRow(["year", "год", { formula: "1+1", result: 2 }]);
    workbook.addWorksheet("Ignored").addRow(["de", "fr"]);
    const file = path.join(dir, "terms.xlsx");
    await workbook.xlsx.writeFile(file);
    const read = await readGlossaryFile(file);
    expect(read.format).toBe("XLSX (languages en, ru)");
    expect(read.terms.map((t) => [t.names.en!.preferred!.text, t.names.ru!.preferred!.text, t.definitions.en?.text])).toEqual([
      ["Panj", "Пяндж", "River on the border."],
      ["year", "год", "2"],
    ]);
    sheet.getCell("B3").value = { error: "#REF!" } as ExcelJS.CellErrorValue;
    await workbook.xlsx.writeFile(file);
    expect(await problemsOf(readGlossaryFile(file))).toEqual(["row 3: cell B3 holds the error #REF!"]);
    expect(await problemsOf(readGlossaryFile(write("fake.xlsx", "not a zip")))).toEqual([expect.stringMatching(/^not a readable XLSX workbook/)]);
  });
});

describe("size and type", () => {
  test("a file over the limit is refused before it is read; an unknown type is named", async () => {
    const big = write("big.tbx", "<tbx>" + " ".repeat(2048));
    expect(await problemsOf(readGlossaryFile(big, { maxBytes: 1024 }))).toEqual(["the file is 0.0 MiB; the limit is 0 MiB (split it, or import it in parts)"]);
    expect(await problemsOf(readGlossaryFile(write("notes.txt", "hello")))).toEqual(["unknown file type; use .tbx, .xml, .csv, .tsv or .xlsx"]);
  });
});

test("a TBX read twice from one stream of chunks gives the same concepts as read whole", async () => {
  const xml = glossaryToTbx(glossary, "tbx");
  async function* inPieces() {
    for (let i = 0; i < xml.length; i += 777) yield xml.slice(i, i + 777);
  }
  const pieces = finishGlossary(await readTbx(inPieces()));
  expect(pieces.terms.map(canonical)).toEqual(glossary.terms.map(canonical));
});
