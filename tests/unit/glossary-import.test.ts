import fs from "node:fs";
import http from "node:http";
import path from "node:path";
import { decodeText, FileEncodingError } from "@/lib/import/decode";
import { canonicalTerm as canonical, termFileSchema, type SourceFile, type TermFile } from "@/lib/import/glossary-schema";
import { readGlossaryFile } from "@/lib/import/read";
import { csvChunks } from "@/lib/import/csv";
import { glossaryRows } from "@/lib/import/tabular";
import { glossaryToTbx } from "@/lib/import/tbx-write";
import { migrate } from "@/lib/db/migrate";
import { loadSeedData } from "@/prisma/seed";
import { runScript, runScriptAsync } from "../support/run-script";
import { richSources, richTerms } from "./support/rich-glossary";
import { seededDatabase } from "./support/seeded-db";
import { tempDbPath } from "./support/temp-db";

/**
 * Imports against a real database: merge and replace compared before and after, matching by id
 * and by name, one transaction, places, and the command line (dry run, reports, every bad file,
 * export then import into an empty database in every format, the refresh of a running site).
 */

const { tmp, db } = await seededDatabase();
const { exportGlossary } = await import("@/lib/db/glossary");
const { writeGlossaryAtomically, writeTerms, writeSources } = await import("@/lib/db/write");
const { importGlossary } = await import("@/lib/db/glossary-import");
type ConceptPlan = import("@/lib/db/glossary-import").ConceptPlan;

const fixture = (name: string) => `tests/fixtures/import/${name}`;
/** Imports a file (or plans it, with dryRun), with the plan of each concept. */
const importFile = async (file: string, mode: "merge" | "replace", dryRun = false) => {
  const concepts: ConceptPlan[] = [];
  const result = await importGlossary(db(), file, {}, { mode, dryRun, onConcept: (c) => concepts.push(c) });
  return { ...result, concepts };
};
const byslug = (terms: TermFile[]) => new Map(terms.map((t) => [t.slug, t]));
const names = (t: TermFile | undefined, tag: string) => {
  const b = t?.names[tag];
  return b ? [b.preferred, ...b.variants, ...b.aliases, ...b.forms, ...b.exact].flatMap((n) => (n ? [n.text] : [])) : [];
};

/** Runs an import against a throwaway copy of the seeded database, so that tests do not disturb each other. */
async function onCopy<T>(work: (url: string) => Promise<T>): Promise<T> {
  const copy = tempDbPath();
  await db().$disconnect();
  fs.copyFileSync(tmp.file, copy.file);
  process.env.DATABASE_URL = copy.url;
  try {
    return await work(copy.url);
  } finally {
    await db().$disconnect();
    process.env.DATABASE_URL = tmp.url;
    copy.cleanup();
  }
}

describe("reading files", () => {
  test("strips a BOM, converts CRLF, reads UTF-16 with a BOM, refuses other encodings", () => {
    expect(decodeText(new Uint8Array([0xef, 0xbb, 0xbf, 0x61, 0x0d, 0x0a, 0x62]))).toBe("a\nb");
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from("Ҷурм\r\n", "utf16le")]);
    expect(decodeText(utf16)).toBe("Ҷурм\n");
    expect(() => decodeText(Buffer.from([0x61, 0x62, 0xe9, 0x74]))).toThrow(FileEncodingError);
    expect(() => decodeText(Buffer.from([0x61, 0x62, 0xe9, 0x74]))).toThrow(/offset 2/);
  });
});

describe("merge (the default): the file adds, nothing stored is removed or overwritten", () => {
  test("a TBX 2 file matched by id adds a deprecated spelling and a language; everything stored stays", () =>
    onCopy(async () => {
      const before = byslug((await exportGlossary(db())).terms);
      const plan = await importFile(fixture("tbx2-martif-tig.tbx"), "merge");
      const after = byslug((await exportGlossary(db())).terms);
      const maymay = plan.concepts.find((c) => c.slug === "maymay")!;
      expect(maymay.matchedBy).toBe("id");
      expect(maymay.changes.filter((c) => c.kind !== "kept")).toEqual([
        { kind: "added", what: "name", tag: "en", detail: "Mai Mai (variant)" },
        { kind: "added", what: "name", tag: "uz", detail: "Maymay (preferred)" },
      ]);
      expect(after.get("maymay")!.names.en!.variants).toContainEqual({ text: "Mai Mai", status: "deprecated" });
      // every stored term is as it was, except for what the file added
      for (const [slug, t] of before) {
        if (slug === "maymay") {
          for (const tag of Object.keys(t.names)) expect(names(after.get(slug), tag)).toEqual(expect.arrayContaining(names(t, tag)));
          expect(after.get(slug)!.definitions).toEqual(t.definitions);
        } else expect(canonical(after.get(slug)!)).toBe(canonical(t));
      }
      expect(after.get("t-100")!.names["en-US"]!.preferred!.text).toBe("insurgent group");
      expect(plan.languages.find((l) => l.tag === "uz")).toEqual({ tag: "uz", concepts: 1, namesAdded: 1, namesChanged: 0, namesRemoved: 0, definitionsAdded: 0, definitionsChanged: 0, definitionsRemoved: 0 });
    }));

  test("a bilingual CSV matched by an identical preferred name adds its French names; a different definition is kept as stored and reported", () =>
    onCopy(async () => {
      const storedEnglish = (await exportGlossary(db(), ["maymay"])).terms[0]!.definitions.en!;
      const plan = await importFile(fixture("languages.csv"), "merge");
      const maymay = plan.concepts.find((c) => c.slug === "maymay")!;
      expect(maymay.matchedBy).toBe("name");
      expect(maymay.changes).toContainEqual({ kind: "kept", what: "definition", tag: "en", detail: "the stored definition (the file has another)" });
      const after = (await exportGlossary(db(), ["maymay"])).terms[0]!;
      expect(after.definitions.en).toEqual(storedEnglish);
      expect(after.names.fr).toMatchObject({ preferred: { text: "Maïmaï" }, notes: ["Orthographe de la presse française."] });
      // the rows that match nothing are new concepts, their slugs made from their English names
      expect(plan.concepts.filter((c) => !c.matchedBy).map((c) => c.slug)).toEqual(["border-guard", "smuggling-route"]);
    }));

  test("the bare definition: a TBX that writes a definition as a bare <descrip> keeps the stored definition", () =>
    onCopy(async () => {
      const jurm = (await exportGlossary(db(), ["jurm"])).terms[0]!;
      const xml = glossaryToTbx({ sources: [], terms: [jurm] }).replace(/<descripGrp>\s*(<descrip type="definition">[^<]*<\/descrip>)[\s\S]*?<\/descripGrp>/g, "$1");
      expect(xml).not.toContain('<descripGrp>\n            <descrip type="definition">');
      const file = path.join(path.dirname(tmp.file), "bare.tbx");
      fs.writeFileSync(file, xml);
      for (const mode of ["merge", "replace"] as const) {
        await importFile(file, mode);
        const after = (await exportGlossary(db(), ["jurm"])).terms[0]!;
        expect(Object.fromEntries(Object.entries(after.definitions).map(([tag, d]) => [tag, d.text]))).toEqual(
          Object.fromEntries(Object.entries(jurm.definitions).map(([tag, d]) => [tag, d.text])),
        );
      }
    }));
});

describe("replace: the file is the truth for the concepts it contains", () => {
  test("names, definitions and facts the file does not have are removed from those concepts only; the dry run said so", () =>
    onCopy(async () => {
      const before = byslug((await exportGlossary(db())).terms);
      const maymay = before.get("maymay")!;
      const slim = termFileSchema.parse({ slug: "maymay", kind: "place", names: { en: { preferred: "Maymay", variants: ["Maimai"] } }, definitions: { en: maymay.definitions.en }, place: maymay.place });
      const file = path.join(path.dirname(tmp.file), "slim.tbx");
      fs.writeFileSync(file, glossaryToTbx({ sources: [], terms: [slim] }));
      const plan = await importFile(file, "replace", true);
      expect(plan.concepts[0]!.changes).toEqual(
        expect.arrayContaining([
          { kind: "removed", what: "name", tag: "ru", detail: "Маймай" },
          { kind: "removed", what: "definition", tag: "fa", detail: maymay.definitions.fa!.text.slice(0, 60) },
          { kind: "removed", what: "claims", detail: String(maymay.claims.length) },
        ]),
      );
      // the dry run wrote nothing
      expect(canonical((await exportGlossary(db(), ["maymay"])).terms[0]!)).toBe(canonical(maymay));
      await importFile(file, "replace");
      const after = byslug((await exportGlossary(db())).terms);
      expect(canonical(after.get("maymay")!)).toBe(canonical({ ...slim, related: [] }));
      for (const [slug, t] of before) if (slug !== "maymay") expect(canonical(after.get(slug)!)).toBe(canonical(t));
    }));

  test("is one transaction: a failure in the last term leaves the database exactly as it was", async () => {
    const before = await exportGlossary(db());
    const changed = before.terms.map((t) => ({ ...t, asOf: "2026-01-01" }));
    const last = changed[changed.length - 1]!;
    changed[changed.length - 1] = { ...last, definitions: { ...last.definitions, en: { text: "x", sources: ["NO-SUCH-SOURCE"] } } };
    await expect(writeGlossaryAtomically(db(), { sources: [], terms: changed })).rejects.toThrow(/unknown source "NO-SUCH-SOURCE"/);
    expect((await exportGlossary(db())).terms.map(canonical)).toEqual(before.terms.map(canonical));
  });
});

describe("places", () => {
  /** Maymay in Badakhshan in Afghanistan, as the content decisions describe the `place` key. */
  const located = async () => {
    const { terms } = await exportGlossary(db(), ["afghanistan", "badakhshan", "maymay"]);
    const [afghanistan, badakhshan, maymay] = terms as [TermFile, TermFile, TermFile];
    return [
      { ...afghanistan, place: { unit: "country" as const, lat: 33.94, lon: 67.71, source: "A1", partOf: null, iso3166: "004" } },
      { ...badakhshan, place: { unit: "province" as const, lat: 36.7347, lon: 70.8119, source: "A1", partOf: "afghanistan", iso3166: null } },
      { ...maymay, place: { unit: "district" as const, lat: 38.07, lon: 70.78, source: "AP-tg", partOf: "badakhshan", iso3166: null } },
    ];
  };
  const problemsOf = (result: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) =>
    result.error?.issues.map((i) => `${i.path.join(".")}: ${i.message}`) ?? [];

  test("the file schema checks coordinates, source, partOf and iso3166 with clear messages", async () => {
    const [afghanistan, , maymay] = await located();
    const withPlace = (t: TermFile, place: object) => termFileSchema.safeParse({ ...t, place: { ...t.place, ...place } });
    expect(problemsOf(withPlace(maymay!, {}))).toEqual([]);
    expect(problemsOf(withPlace(maymay!, { lat: 91 }))).toEqual(["place.lat: latitude must be between -90 and 90"]);
    expect(problemsOf(withPlace(maymay!, { lon: -180.5 }))).toEqual(["place.lon: longitude must be between -180 and 180"]);
    expect(problemsOf(withPlace(maymay!, { lat: 38.070001 }))).toEqual(["place.lat: latitude has at most 4 decimals"]);
    expect(problemsOf(withPlace(maymay!, { lat: "38.07" }))).toEqual(["place.lat: latitude must be a number of decimal degrees"]);
    expect(problemsOf(withPlace(maymay!, { iso3166: "004" }))).toEqual([
      "place.iso3166: iso3166 is only for a country: a place with partOf null",
      "place.unit: a country (unit country) has iso3166, and only a country",
    ]);
    expect(problemsOf(withPlace(afghanistan!, { iso3166: "4" }))[0]).toMatch(/^place.iso3166: iso3166 is an ISO 3166-1 numeric code of 3 digits/);
    expect(problemsOf(withPlace(maymay!, { partOf: "maymay" }))).toEqual(["place.partOf: a place cannot be part of itself"]);
    expect(problemsOf(withPlace(maymay!, { unit: "hamlet" }))[0]).toMatch(/^place.unit: unit is one of country, province, autonomous-region, district, /);
    expect(problemsOf(withPlace(maymay!, { unit: "country" }))).toEqual(["place.unit: a country (unit country) has iso3166, and only a country"]);
    expect(problemsOf(withPlace(afghanistan!, { unit: "province" }))).toEqual(["place.unit: a country (unit country) has iso3166, and only a country"]);
    expect(termFileSchema.parse({ ...maymay, place: { ...maymay!.place, unit: undefined } }).place?.unit).toBeNull();
    expect(problemsOf(termFileSchema.safeParse({ ...maymay, kind: "person" }))).toEqual(["place: only a term of kind place or feature has a place (this one is person)"]);
    expect(termFileSchema.safeParse({ ...maymay, kind: "feature" }).success).toBe(true);
  });

  test("an unknown partOf or coordinates source, or a circle of partOf, is refused naming the term, and nothing is written", async () => {
    const terms = await located();
    const before = await exportGlossary(db());
    const change = (slug: string, place: object) => terms.map((t) => (t.slug === slug ? { ...t, place: { ...t.place!, ...place } } : t));
    await expect(writeGlossaryAtomically(db(), { sources: [], terms: change("maymay", { partOf: "atlantis" }) })).rejects.toThrow('term maymay: unknown partOf term "atlantis"');
    await expect(writeGlossaryAtomically(db(), { sources: [], terms: change("maymay", { source: "NOPE" }) })).rejects.toThrow('term maymay: unknown source "NOPE"');
    await expect(writeGlossaryAtomically(db(), { sources: [], terms: change("afghanistan", { partOf: "maymay", iso3166: null }) })).rejects.toThrow(
      /term (afghanistan|badakhshan|maymay): partOf goes round in a circle/,
    );
    expect((await exportGlossary(db())).terms.map(canonical)).toEqual(before.terms.map(canonical));
  });

  test("a bad place in a file is refused with its line; an import that takes the file's place checks its source and partOf", async () => {
    const [, , maymay] = await located();
    const rows = glossaryRows({ sources: [], terms: [maymay!] });
    rows[1]![rows[0]!.indexOf("lat")] = "238.07";
    const file = path.join(path.dirname(tmp.file), "bad-place.csv");
    fs.writeFileSync(file, [...csvChunks(rows)].join(""));
    await expect(readGlossaryFile(file)).rejects.toThrow(/line 2: place.lat: latitude must be between -90 and 90/);
    const tbx = path.join(path.dirname(tmp.file), "bad-place.tbx");
    fs.writeFileSync(tbx, glossaryToTbx({ sources: [], terms: [{ ...maymay!, place: { ...maymay!.place!, partOf: "atlantis" } }] }));
    // merge keeps the stored place; replace takes the file's, and checks it
    await expect(importFile(tbx, "replace", true)).rejects.toThrow(/maymay: unknown partOf term "atlantis"/);
  });
});

describe("the command line", () => {
  const cli = runScript;

  test("each kind of bad file exits non-zero, names the problem and its place, and changes nothing", async () => {
    const work = tempDbPath("work");
    fs.mkdirSync(work.file);
    try {
      const before = JSON.stringify(await exportGlossary(db()));
      const rows = glossaryRows({ sources: [], terms: (await exportGlossary(db(), ["hijab", "jurm"])).terms });
      const edited = (edit: (row: string[], column: (name: string) => number) => void) =>
        [...csvChunks(rows.map((r, i) => {
          if (i === 0) return r;
          const copy = [...r];
          edit(copy, (n) => rows[0]!.indexOf(n));
          return copy;
        }))].join("");
      const good = edited(() => {});
      const files: Record<string, [Buffer | string, RegExp]> = {
        "latin1.csv": [Buffer.from([0x73, 0x6c, 0x75, 0x67, 0xe9, 0x0a]), /not UTF-8 \(invalid byte at offset 4\)/],
        "dupe.csv": [good + good.split("\n").slice(1).join("\n"), /line \d+: duplicate entry for hijab in en \(also on line 2\)/],
        "language.csv": [good.replace(/,en,/, ",not a tag,"), /line 2: language "not a tag" is not a BCP 47 language tag/],
        "broken.tbx": ["<tbx><text>", /line 1, column 12: unclosed tag: text/],
        "entity.tbx": [fs.readFileSync(fixture("entity.tbx")), /the DOCTYPE declares entities; entity declarations are refused/],
        "source.csv": [edited((row, c) => void (row[c("definition_sources")] &&= "NOPE")), /hijab: unknown source "NOPE"/],
        "related.csv": [edited((row, c) => void (row[c("related")] = "atlantis")), /hijab: unknown related term "atlantis"/],
        "broken.csv": [fs.readFileSync(fixture("broken.csv")), /broken\.csv: line 3: a quoted field opened in this row is never closed/],
        "pairs.csv": [fs.readFileSync(fixture("source-target.csv")), /give --languages SOURCE,TARGET/],
        "notes.txt": ["hello", /unknown file type/],
      };
      for (const [name, [content, message]] of Object.entries(files)) {
        const file = path.join(work.file, name);
        fs.writeFileSync(file, content);
        const run = cli("glossary", ["import", file], tmp.url);
        expect({ name, status: run.status }).toEqual({ name, status: 1 });
        expect({ name, stderr: run.stderr }).toEqual({ name, stderr: expect.stringMatching(message) });
        expect(run.stderr).not.toMatch(/\n\s+at /);
      }
      expect(JSON.stringify(await exportGlossary(db()))).toBe(before);
    } finally {
      work.cleanup();
    }
  }, 120_000);

  test("a dry run lists each concept's changes and writes nothing; the import reports per language, what it ignored, and that no site runs", () =>
    onCopy(async (url) => {
      const before = JSON.stringify(await exportGlossary(db()));
      const dry = cli("glossary", ["import", fixture("tbx3-basic-dca.tbx"), "--dry-run"], url);
      expect(dry.stderr).toBe("");
      expect(dry.stdout).toContain("Dry run (merge), nothing written: TBX v3 (TBX-Basic, DCA), 2 concepts: 2 new, 0 changed, 0 unchanged.");
      expect(dry.stdout).toContain("c-border-post (conceptEntry c-border-post (line 16); new):");
      expect(dry.stdout).toContain("  + name en: frontier post (variant)");
      expect(dry.stdout).toContain("ignored: transacGrp: 1 ignored (change history is not kept)");
      expect(JSON.stringify(await exportGlossary(db()))).toBe(before);
      const run = cli("glossary", ["import", fixture("tbx3-basic-dca.tbx")], url);
      expect(run.stderr).toBe("");
      expect(run.stdout).toContain("Imported tbx3-basic-dca.tbx (merge): TBX v3 (TBX-Basic, DCA), 2 concepts: 2 new, 0 changed, 0 unchanged.");
      expect(run.stdout).toContain("en: 2 concepts; names 5 added, 0 changed, 0 removed; definitions 2 added, 0 changed, 0 removed");
      expect(run.stdout).toContain("fa-AF: 1 concepts; names 1 added");
      expect(run.stdout).toContain("source Fixture-glossary: added");
      expect(run.stdout.trim().split("\n").at(-1)).toBe("No running site to refresh: its pages show the change when it next starts.");
      const [post] = (await exportGlossary(db(), ["c-border-post"])).terms;
      expect(post!.names.en!.variants[0]).toEqual({ text: "frontier post", status: "deprecated", region: "United Kingdom" });
      // --mode replace and --languages through the command line
      expect(cli("glossary", ["import", fixture("headerless.csv"), "--languages", "en,fa", "--mode", "replace"], url).stdout).toMatch(/Imported headerless\.csv \(replace\): CSV \(two columns read as en, fa\), 2 concepts: 0 new, 2 changed/);
      expect((await exportGlossary(db(), ["jurm"])).terms[0]!.names).toEqual({ en: expect.anything(), fa: expect.anything() });
    }), 120_000);

  test("export, then import into an EMPTY database, is lossless in every format (the table carries its sources)", async () => {
    await writeSources(db(), richSources);
    await writeTerms(db(), richTerms);
    const { writeRelations } = await import("@/lib/db/write");
    await writeRelations(db(), richTerms);
    const original = await exportGlossary(db());
    const work = tempDbPath("work");
    fs.mkdirSync(work.file);
    try {
      for (const format of ["tbx", "tbx2", "csv", "xlsx"]) {
        const file = path.join(work.file, `glossary.${format === "tbx2" ? "tbx2.tbx" : format}`);
        const exported = cli("glossary", ["export", "--format", format, "--out", file], tmp.url);
        expect({ format, stderr: exported.stderr }).toEqual({ format, stderr: `Wrote ${original.terms.length} terms and ${original.sources.length} sources to ${file}.\n` });
        const empty = tempDbPath();
        try {
          migrate(empty.file);
          const run = cli("glossary", ["import", file], empty.url);
          expect({ format, status: run.status, stderr: run.stderr }).toEqual({ format, status: 0, stderr: "" });
          process.env.DATABASE_URL = empty.url;
          const again = await exportGlossary(db());
          expect({ format, terms: again.terms.map(canonical) }).toEqual({ format, terms: original.terms.map(canonical) });
          expect({ format, sources: again.sources }).toEqual({ format, sources: original.sources as SourceFile[] });
        } finally {
          await db().$disconnect();
          process.env.DATABASE_URL = tmp.url;
          empty.cleanup();
        }
      }
    } finally {
      work.cleanup();
    }
  }, 240_000);

  test("after an import, a running site is asked to refresh its pages, with the shared secret", () =>
    onCopy(async (url) => {
      const seen: { method?: string; path?: string; authorization?: string }[] = [];
      const site = http.createServer((request, response) => {
        seen.push({ method: request.method, path: request.url, authorization: request.headers.authorization });
        response.writeHead(request.headers.authorization === "Bearer test-secret" ? 200 : 401).end("{}");
      });
      await new Promise<void>((resolve) => site.listen(0, "localhost", resolve));
      const address = `http://localhost:${(site.address() as { port: number }).port}`;
      try {
        const env = { TARJUMA_SITE_URLS: address, TARJUMA_REVALIDATE_SECRET: "test-secret" };
        const run = await runScriptAsync("glossary", ["import", fixture("tbx3-core.tbx")], url, undefined, env);
        expect(run.stdout.trim().split("\n").at(-1)).toBe(`Refreshed the pages of the running site (${address}).`);
        expect(seen).toEqual([{ method: "POST", path: "/api/revalidate", authorization: "Bearer test-secret" }]);
        const wrong = await runScriptAsync("glossary", ["import", fixture("tbx3-core.tbx")], url, undefined, { ...env, TARJUMA_REVALIDATE_SECRET: "wrong" });
        expect(wrong.status).toBe(0);
        expect(wrong.stdout).toContain(`Warning: ${address} was not refreshed (it answered 401).`);
      } finally {
        site.close();
      }
    }), 60_000);

  test("imports an article edition and links its terms; a wrong locale or a broken file is refused", async () => {
    const work = tempDbPath("story.md");
    try {
      const article = ["---", "slug: new-story", "locale: en", "title: A new story", "authors: A. Writer", "publisher: RFE/RL", "date: 2021-01-05", "---", "", "Fighting in Warduj and Jurm, Badakhshan.", ""].join("\r\n");
      fs.writeFileSync(work.file, article);
      expect(cli("article", ["import", work.file, "--locale", "ru"], tmp.url).stderr).toContain("the front matter says locale en, the command says --locale ru");
      const run = cli("article", ["import", work.file, "--locale", "en"], tmp.url);
      expect(run.stdout).toContain("Added new-story (en): 1 paragraphs, 0 subheadings; 3 glossary names linked.");
      fs.writeFileSync(work.file, article.replace("date: 2021-01-05", "date: yesterday"));
      const bad = cli("article", ["import", work.file, "--locale", "en"], tmp.url);
      expect(bad.status).toBe(1);
      expect(bad.stderr).toMatch(/story\.md: line 7: date: YYYY-MM-DD/);
      // an explicit link to a term that does not exist: refused with the file and line, even in a dry run
      fs.writeFileSync(work.file, article.replace("Fighting in Warduj", "[Officers](glossary:no-such-term) fought in Warduj"));
      for (const args of [[], ["--dry-run"]]) {
        const unknown = cli("article", ["import", work.file, "--locale", "en", ...args], tmp.url);
        expect(unknown.status).toBe(1);
        expect(unknown.stderr).toContain('story.md: line 10: [Officers](glossary:no-such-term): no glossary term has the slug "no-such-term"');
      }
      fs.writeFileSync(work.file, article.replace("Fighting in Warduj", "[Officers](glossary:taliban) fought in Warduj"));
      expect(cli("article", ["import", work.file, "--locale", "en"], tmp.url).stdout).toContain("Replaced new-story (en): 1 paragraphs, 0 subheadings; 4 glossary names linked.");
    } finally {
      work.cleanup();
    }
  }, 60_000);
});

test("the repository's seed files load (and still agree with what the import checks)", () => {
  expect(loadSeedData().terms.length).toBeGreaterThanOrEqual(25);
});

test("a seed article whose explicit link names no term file is refused with the file and line", () => {
  const copy = tempDbPath("data");
  try {
    fs.cpSync("prisma/data", copy.file, { recursive: true });
    const file = path.join(copy.file, "articles/dushanbe-reinforces-border/en.md");
    const lines = fs.readFileSync(file, "utf8").split("\n");
    const at = lines.findIndex((l) => l.includes("Badakhshan"));
    lines[at] = `[Someone](glossary:no-such-term) said so. ${lines[at]}`;
    fs.writeFileSync(file, lines.join("\n"));
    expect(() => loadSeedData(copy.file)).toThrow(`articles/dushanbe-reinforces-border/en.md: line ${at + 1}: [Someone](glossary:no-such-term): no glossary term has the slug "no-such-term"`);
  } finally {
    copy.cleanup();
  }
});
