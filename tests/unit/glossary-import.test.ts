import fs from "node:fs";
import path from "node:path";
import { CsvError, glossaryFromCsv, glossaryToCsv, parseCsv } from "@/lib/import/csv";
import { decodeText, FileEncodingError } from "@/lib/import/decode";
import { termFileSchema, type TermFile } from "@/lib/import/glossary-schema";
import { TbxError, glossaryFromTbx, glossaryToTbx } from "@/lib/import/tbx";
import { migrate } from "@/lib/db/migrate";
import { loadSeedData } from "@/prisma/seed";
import { runScript } from "../support/run-script";
import { seededDatabase } from "./support/seeded-db";
import { tempDbPath } from "./support/temp-db";

const { tmp, db } = await seededDatabase();
const { exportGlossary, diffGlossary, canonical } = await import("@/lib/db/glossary");
const { writeGlossaryAtomically } = await import("@/lib/db/write");


describe("reading files", () => {
  test("strips a BOM, converts CRLF, reads UTF-16 with a BOM, refuses other encodings", () => {
    expect(decodeText(new Uint8Array([0xef, 0xbb, 0xbf, 0x61, 0x0d, 0x0a, 0x62]))).toBe("a\nb");
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from("Ҷурм\r\n", "utf16le")]);
    expect(decodeText(utf16)).toBe("Ҷурм\n");
    expect(() => decodeText(Buffer.from([0x61, 0x62, 0xe9, 0x74]))).toThrow(FileEncodingError);
    expect(() => decodeText(Buffer.from([0x61, 0x62, 0xe9, 0x74]))).toThrow(/offset 2/);
  });

  test("CSV: quotes, doubled quotes, commas and line breaks inside fields, with the line each row starts on", () => {
    expect(parseCsv('a,b\n"x, y","say ""hi""\nthere"\nlast,row\n')).toEqual([
      { line: 1, cells: ["a", "b"] },
      { line: 2, cells: ["x, y", 'say "hi"\nthere'] },
      { line: 4, cells: ["last", "row"] },
    ]);
  });
});

describe("round trip", () => {
  test("export then import is lossless, in TBX and in CSV", async () => {
    const before = await exportGlossary(db());
    const fromTbx = glossaryFromTbx(glossaryToTbx(before));
    expect(fromTbx.terms.map(canonical)).toEqual(before.terms.map(canonical));
    expect(fromTbx.sources).toEqual(before.sources);
    expect(glossaryFromCsv(glossaryToCsv(before.terms)).map(canonical)).toEqual(before.terms.map(canonical));

    // and through a fresh database
    const other = tempDbPath();
    process.env.DATABASE_URL = other.url;
    try {
      migrate(other.file);
      await writeGlossaryAtomically(db(), fromTbx);
      const again = await exportGlossary(db());
      expect(again.terms.map(canonical)).toEqual(before.terms.map(canonical));
      expect(again.sources).toEqual(before.sources);
    } finally {
      await db().$disconnect();
      process.env.DATABASE_URL = tmp.url;
      other.cleanup();
    }
  });

  test("markup in a definition is plain text, kept as typed", async () => {
    const { terms } = await exportGlossary(db(), ["jurm"]);
    const jurm = { ...terms[0]!, definitions: { ...terms[0]!.definitions, en: { text: '<script>alert(1)</script> <img src=x onerror="alert(2)">', sources: ["A1"] } } };
    const back = glossaryFromTbx(glossaryToTbx({ sources: [], terms: [jurm] }));
    expect(back.terms[0]!.definitions.en!.text).toBe('<script>alert(1)</script> <img src=x onerror="alert(2)">');
    expect(glossaryToTbx({ sources: [], terms: [jurm] })).toContain("&lt;script&gt;");
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

  test("export then import keeps every place, in TBX, in CSV and through the database", async () => {
    const terms = await located();
    const { sources } = await exportGlossary(db());
    const tbx = glossaryToTbx({ sources, terms });
    expect(tbx).toContain('<descrip type="x-coordinates">38.07,70.78</descrip>');
    expect(tbx).toContain('<ref type="x-partOf" target="badakhshan">badakhshan</ref>');
    expect(tbx).toContain('<descrip type="x-iso3166">004</descrip>');
    expect(tbx).toContain('<descrip type="x-placeUnit">district</descrip>');
    expect(glossaryFromTbx(tbx).terms.map(canonical)).toEqual(terms.map(canonical));
    const csv = glossaryToCsv(terms);
    expect(csv.split("\n")[0]).toMatch(/,related,lat,lon,place_source,part_of,iso3166,place_unit$/);
    expect(glossaryFromCsv(csv).map(canonical)).toEqual(terms.map(canonical));

    const other = tempDbPath();
    process.env.DATABASE_URL = other.url;
    try {
      migrate(other.file);
      // only these three terms, the child before its parents: the links are made once every term exists
      const alone = terms.map((t) => ({ ...t, related: t.related.filter((r) => terms.some((x) => x.slug === r)) }));
      await writeGlossaryAtomically(db(), { sources, terms: [...alone].reverse() });
      const again = await exportGlossary(db(), terms.map((t) => t.slug));
      expect(again.terms.map(canonical)).toEqual(alone.map(canonical));
      // the source of the coordinates is one of the term's sources
      const { getTermEntry } = await import("@/lib/db/terms");
      const entry = await getTermEntry("maymay", "en");
      expect(entry?.sources.map((s) => s.key)).toContain("AP-tg");
    } finally {
      await db().$disconnect();
      process.env.DATABASE_URL = tmp.url;
      other.cleanup();
    }
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

  test("TBX and CSV: a bad place is refused with its entry or line; a CSV without the place columns still reads", async () => {
    const [, , maymay] = await located();
    const tbx = glossaryToTbx({ sources: [], terms: [maymay!] });
    expect(() => glossaryFromTbx(tbx.replace("38.07,70.78", "38.07"))).toThrow('conceptEntry maymay: x-coordinates must be "lat,lon" in decimal degrees');
    expect(() => glossaryFromTbx(tbx.replace("38.07,70.78", "north,70.78"))).toThrow("conceptEntry maymay: place.lat: latitude must be a number of decimal degrees");
    const csv = glossaryToCsv([maymay!]);
    expect(() => glossaryFromCsv(csv.replace(",38.07,", ",238.07,"))).toThrow(/line 2: maymay: place.lat: latitude must be between -90 and 90/);
    const lines = csv.split("\n");
    lines[4] = lines[4]!.replace(/,badakhshan,,district$/, ",afghanistan,,district");
    expect(() => glossaryFromCsv(lines.join("\n"))).toThrow(/line 5: part_of of maymay differs from line 2/);
    const hijab = (await exportGlossary(db(), ["hijab"])).terms[0]!;
    const legacy = glossaryToCsv([hijab]).replace(",lat,lon,place_source,part_of,iso3166,place_unit\n", "\n").replace(/,,,,,,$/gm, "");
    expect(legacy.split("\n")[0]).toMatch(/,related$/);
    expect(glossaryFromCsv(legacy).map(canonical)).toEqual([canonical(hijab)]);
    // written before place_unit existed: the place is read, its unit left empty
    const unitless = csv.replace(",iso3166,place_unit\n", ",iso3166\n").replace(/,district$/gm, "");
    expect(glossaryFromCsv(unitless).map(canonical)).toEqual([canonical({ ...maymay!, place: { ...maymay!.place!, unit: null } })]);
  });
});

describe("bad files are refused with every problem and its place", () => {
  const csv = (rows: string[]) => ["slug,kind,as_of,locale,preferred,translit,variants,aliases,forms,exact,definition,definition_sources,claims,related", ...rows].join("\n");
  const row = (slug: string, locale: string, name = "Name", extra = "") => `${slug},place,2020-12-21,${locale},${name},${locale === "en" ? "" : "Name"},,,,,A definition.,A1,,${extra}`;
  const problemsOf = (f: () => unknown) => {
    try {
      f();
    } catch (error) {
      if (error instanceof CsvError || error instanceof TbxError) return error.problems;
      throw error;
    }
    throw new Error("expected the file to be refused");
  };

  test("CSV: duplicate entries, unknown locales, missing rows, bad fields", () => {
    const problems = problemsOf(() =>
      glossaryFromCsv(
        csv([
          row("a-term", "en"), row("a-term", "ru"), row("a-term", "tg"), row("a-term", "fa"), row("a-term", "fa"),
          row("b-term", "xx"),
          row("c-term", "en"),
          "Bad Slug,place,2020-12-21,en,N,,,,,,,,,",
        ]),
      ),
    );
    expect(problems).toEqual(
      expect.arrayContaining([
        "line 6: duplicate entry for a-term in fa (also on line 5)",
        'line 7: unknown locale "xx" (one of en, ru, tg, fa)',
        "line 8: c-term has no row for ru, tg, fa",
        "line 9: Bad Slug has no row for ru, tg, fa",
      ]),
    );
    expect(problemsOf(() => glossaryFromCsv("nope\n"))).toEqual([expect.stringMatching(/^line 1: the header must be/)]);
  });

  test("TBX: malformed XML, unknown languages, duplicate entries", () => {
    expect(problemsOf(() => glossaryFromTbx("<tbx><text><body><conceptEntry id='a'></body></text></tbx>"))[0]).toMatch(/not well-formed XML/);
    const doc = (entries: string) => `<tbx><text><body>${entries}</body></text></tbx>`;
    const entry = `<conceptEntry id="x"><descrip type="subjectField">place</descrip><admin type="x-asOf">2020</admin><langSec xml:lang="de"><termSec><term>X</term></termSec></langSec></conceptEntry>`;
    const problems = problemsOf(() => glossaryFromTbx(doc(entry + entry)));
    expect(problems).toEqual(expect.arrayContaining(['conceptEntry x: unknown language "de" (one of en, ru, tg, fa)', "conceptEntry x: duplicate entry"]));
  });
});

describe("applying an import", () => {
  test("is one transaction: a failure in the last term leaves the database exactly as it was", async () => {
    const before = await exportGlossary(db());
    const changed = before.terms.map((t) => ({ ...t, asOf: "2026-01-01" }));
    const last = changed[changed.length - 1]!;
    changed[changed.length - 1] = { ...last, definitions: { ...last.definitions, en: { text: "x", sources: ["NO-SUCH-SOURCE"] } } };
    await expect(writeGlossaryAtomically(db(), { sources: [], terms: changed })).rejects.toThrow(/unknown source "NO-SUCH-SOURCE"/);
    const after = await exportGlossary(db());
    expect(after.terms.map(canonical)).toEqual(before.terms.map(canonical));
  });

  test("a dry run's diff counts added, changed and unchanged terms", async () => {
    const { terms } = await exportGlossary(db());
    const next = [...terms.slice(0, 3), { ...terms[3]!, asOf: "2026-01-01" }, { ...terms[4]!, slug: "brand-new" }];
    expect(await diffGlossary(db(), next)).toEqual({
      added: ["brand-new"],
      changed: [terms[3]!.slug],
      unchanged: terms.slice(0, 3).map((t) => t.slug),
    });
  });
});

describe("the command line", () => {
  const cli = runScript;

  test("each kind of bad file exits non-zero, names the problem, and changes nothing", async () => {
    const work = tempDbPath("work");
    fs.mkdirSync(work.file);
    try {
      const before = JSON.stringify(await exportGlossary(db()));
      const good = glossaryToCsv((await exportGlossary(db())).terms.slice(0, 2));
      const files: Record<string, [Buffer | string, RegExp]> = {
        "latin1.csv": [Buffer.from([0x73, 0x6c, 0x75, 0x67, 0xe9, 0x0a]), /not UTF-8/],
        "dupe.csv": [good + good.split("\n").slice(1).join("\n"), /duplicate entry for/],
        "locale.csv": [good.replace(/,fa,/, ",de,"), /unknown locale "de"/],
        "broken.tbx": ["<tbx><text>", /not well-formed XML|root element/],
        "source.csv": [good.replace(/,A1 \| /, ",NOPE | ").replace(/,A1,/, ",NOPE,"), /unknown source "NOPE"/],
        "notes.txt": ["hello", /unknown file type/],
      };
      for (const [name, [content, message]] of Object.entries(files)) {
        const file = path.join(work.file, name);
        fs.writeFileSync(file, content);
        const run = cli("glossary", ["import", file], tmp.url);
        expect({ name, status: run.status }).toEqual({ name, status: 1 });
        expect(run.stderr).toMatch(message);
        expect(run.stderr).not.toMatch(/\n\s+at /);
      }
      expect(JSON.stringify(await exportGlossary(db()))).toBe(before);
    } finally {
      work.cleanup();
    }
  }, 60_000);

  test("imports a CSV with a BOM and CRLF line ends, after a dry run that writes nothing", async () => {
    const work = tempDbPath("file.csv");
    try {
      const { terms } = await exportGlossary(db(), ["maymay"]);
      const edited = { ...terms[0]!, names: { ...terms[0]!.names, en: { ...terms[0]!.names.en, variants: [...terms[0]!.names.en.variants, "Mai Mai"] } } };
      fs.writeFileSync(work.file, "\uFEFF" + glossaryToCsv([edited]).replace(/\n/g, "\r\n"));
      const dry = cli("glossary", ["import", work.file, "--dry-run"], tmp.url);
      expect(dry.stdout).toContain("Dry run, nothing written: 0 added, 1 changed, 0 unchanged.");
      expect((await exportGlossary(db(), ["maymay"])).terms[0]!.names.en.variants).not.toContain("Mai Mai");
      const run = cli("glossary", ["import", work.file], tmp.url);
      expect(run.stderr).toBe("");
      expect(run.stdout).toContain("Imported 1 terms: 0 added, 1 changed, 0 unchanged.");
      expect((await exportGlossary(db(), ["maymay"])).terms[0]!.names.en.variants).toContain("Mai Mai");
    } finally {
      work.cleanup();
    }
  }, 60_000);

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
