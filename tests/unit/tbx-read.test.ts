import { ImportFileError, readGlossaryFile } from "@/lib/import/read";
import { decodeStream, FileEncodingError } from "@/lib/import/decode";
import { finishGlossary } from "@/lib/import/entries";
import { normalizeTag } from "@/lib/import/language";
import { readTbx, rolesOf } from "@/lib/import/tbx-read";

/**
 * Reading TBX, rule by rule, from fixtures written from the standards' documentation
 * (tests/fixtures/import): TBX v3 DCA and DCT for TBX-Basic, TBX-Min and TBX-Core; TBX 2 martif
 * with tig and with ntig, with and without a namespace.
 */

const fixture = (name: string) => `tests/fixtures/import/${name}`;
const read = (name: string) => readGlossaryFile(fixture(name));
const problemsOf = async (promise: Promise<unknown>) => {
  const error = await promise.catch((e: unknown) => e);
  if (!(error instanceof ImportFileError)) throw new Error(`expected the file to be refused, got ${String(error)}`);
  return error.problems;
};
async function* chunks(...parts: string[]) {
  for (const p of parts) yield p;
}
const tbx = (body: string, root = `<tbx type="TBX-Basic" style="dca" xml:lang="en" xmlns="urn:iso:std:iso:30042:ed-2">`) =>
  `<?xml version="1.0"?>${root}<tbxHeader><fileDesc><sourceDesc><p>t</p></sourceDesc></fileDesc></tbxHeader><text><body>${body}</body></text></tbx>`;
const terms = async (xml: string) => finishGlossary(await readTbx(chunks(xml))).terms;

describe("TBX v3, TBX-Basic", () => {
  test("DCA: a bare definition at language level, a grouped one with its source, one at concept level in the document's language", async () => {
    const file = await read("tbx3-basic-dca.tbx");
    expect(file.format).toBe("TBX v3 (TBX-Basic, DCA)");
    const [post, checkpoint] = file.terms;
    expect(post!.definitions.en).toEqual({ text: "A manned station on a state border where crossings are watched and controlled.", sources: [] });
    expect(post!.definitions.ru!.sources).toEqual(["Fixture-glossary"]);
    expect(checkpoint!.definitions.en).toEqual({ text: "A place on a road where travellers and vehicles are stopped and checked.", sources: ["example-org-checkpoints"] });
    // free-text sources become sources, linked when they are addresses
    expect(file.sources).toEqual([
      { key: "Fixture-glossary", title: "Fixture glossary", url: null, date: null },
      { key: "example-org-checkpoints", title: "https://example.org/checkpoints", url: "https://example.org/checkpoints", date: null },
    ]);
  });

  test("statuses keep their TBX meaning; part of speech, term type, gender, region, contexts, notes and sources are kept", async () => {
    const [post] = (await read("tbx3-basic-dca.tbx")).terms;
    const en = post!.names.en!;
    expect(en.preferred).toEqual({
      text: "border post",
      partOfSpeech: "noun",
      termType: "fullForm",
      notes: ["Most frequent in official statements."],
      contexts: [{ text: "Tajik border guards reinforced every border post along the Panj.", source: "Fixture article, 2020" }],
      sources: ["Fixture glossary"],
    });
    expect(en.variants).toEqual([
      { text: "frontier post", status: "deprecated", region: "United Kingdom" },
      { text: "border outpost", status: "superseded" },
      { text: "BP", termType: "abbreviation" },
    ]);
    expect(post!.names.ru!.preferred).toEqual({ text: "пограничная застава", gender: "feminine" });
    // a language whose names carry no status: the first is taken as preferred (and reported)
    expect(post!.names.de!.preferred).toEqual({ text: "Grenzposten", partOfSpeech: "noun", gender: "masculine" });
  });

  test("ids become slugs, an unknown subject field is kept with the neutral kind, notes and related concepts are kept", async () => {
    const [post, checkpoint] = (await read("tbx3-basic-dca.tbx")).terms;
    expect([post!.slug, post!.kind, post!.subject]).toEqual(["c-border-post", "concept", "Border security"]);
    expect(post!.notes).toEqual(["Used for posts on the Tajik-Afghan border."]);
    expect(post!.related).toEqual(["c-checkpoint"]);
    expect(checkpoint!.related).toEqual(["c-border-post"]);
    expect(Object.keys(post!.names)).toEqual(["en", "ru", "fa-AF", "de"]);
  });

  test("what it does not map is listed in the report, never an error", async () => {
    const { report } = await read("tbx3-basic-dca.tbx");
    expect(report.lines()).toEqual(["transacGrp: 1 ignored (change history is not kept)", "xGraphic: 1 ignored (images and external links are not kept)"]);
    expect(report.allNotes()).toContain("a language whose names carry no status: its first name is taken as the preferred one (2 times)");
  });

  test("DCT: module elements (<basic:definition>, <min:administrativeStatus>) map like their DCA types, bare or grouped", async () => {
    const file = await read("tbx3-basic-dct.tbx");
    expect(file.format).toBe("TBX v3 (TBX-Basic, DCT)");
    const [smuggling, guard] = file.terms;
    expect(smuggling!.definitions).toEqual({
      en: { text: "Moving goods or people across a border in secret, against the law.", sources: ["Fixture-glossary"] },
      tg: { text: "Бурдани пинҳонии мол ё одамон аз сарҳад, бар хилофи қонун.", sources: [] },
    });
    expect(smuggling!.names.en!.preferred).toMatchObject({ text: "smuggling", partOfSpeech: "noun", contexts: [{ source: "Fixture article, 2020" }] });
    expect(smuggling!.names.en!.variants).toEqual([{ text: "contraband trade", termType: "phrase" }]);
    expect(smuggling!.related).toEqual(["c-border-guard"]);
    // a subject field that names one of our kinds is that kind
    expect([guard!.kind, guard!.subject]).toEqual(["person", undefined]);
    expect(Object.keys(guard!.names)).toEqual(["en", "uz-Cyrl"]);
    expect(file.report.lines()).toContain("partOfSpeech: 1 ignored (not kept at this level (language))");
  });
});

describe("TBX v3, TBX-Min and TBX-Core", () => {
  test("TBX-Min in DCA and DCT: subject, part of speech, status and notes; customer subsets reported", async () => {
    const dca = await read("tbx3-min-dca.tbx");
    expect(dca.terms[0]).toMatchObject({ slug: "m1", subject: "Geography", names: { en: { preferred: { text: "river crossing", partOfSpeech: "noun", notes: ["Where a river can be forded or bridged."] } } } });
    expect(dca.report.lines()).toEqual(["customerSubset: 1 ignored (customer and project subsets are not kept)"]);
    const dct = await read("tbx3-min-dct.tbx");
    expect(dct.terms[0]!.names.en!.variants).toEqual([{ text: "col", status: "deprecated" }]);
    expect(dct.terms[0]!.names.ru!.preferred).toEqual({ text: "перевал", partOfSpeech: "noun" });
  });

  test("TBX-Core: only terms; the first of a language is its preferred name", async () => {
    const [core] = (await read("tbx3-core.tbx")).terms;
    expect(core!.names.en).toMatchObject({ preferred: { text: "ceasefire" }, variants: [{ text: "truce" }] });
    expect(core!.names.fa!.preferred).toEqual({ text: "آتش‌بس" });
  });
});

describe("TBX 2 (martif)", () => {
  test("tig, without a namespace, with an external DTD that is accepted and never fetched; regional tags kept", async () => {
    const file = await read("tbx2-martif-tig.tbx");
    expect(file.format).toBe("TBX 2 martif (TBX-Basic-V1)");
    const [insurgent, maymay] = file.terms;
    expect(Object.keys(insurgent!.names)).toEqual(["en-US", "ru-RU"]);
    expect(insurgent!.definitions["en-US"]).toEqual({ text: "An armed group that fights a government from within a country.", sources: ["Fixture-glossary"] });
    expect(insurgent!.names["en-US"]!.preferred).toEqual({ text: "insurgent group", partOfSpeech: "noun", contexts: [{ text: "The insurgent group seized two districts." }] });
    // an id that is not a slug becomes one
    expect(maymay!.slug).toBe("maymay");
    expect(maymay!.names.en!.variants).toEqual([{ text: "Mai Mai", status: "deprecated" }]);
  });

  test("ntig/termGrp, with a namespace: term notes inside the term group, context and source beside it", async () => {
    const [entry] = (await read("tbx2-martif-ntig-ns.tbx")).terms;
    expect(entry!.names.en!.preferred).toEqual({ text: "district centre", termType: "fullForm", contexts: [{ text: "The district centre fell on Thursday." }], sources: ["Fixture article"] });
    expect(entry!.names.en!.variants).toEqual([{ text: "district center", region: "United States" }]);
    expect(entry!.definitions.en!.text).toBe("A district's administrative centre.");
    expect(Object.keys(entry!.names)).toEqual(["en", "prs"]);
  });
});

describe("bad XML is refused clearly, and nothing is returned", () => {
  test("a DOCTYPE declaring entities is refused; the entities are never expanded", async () => {
    const problems = await problemsOf(read("entity.tbx"));
    expect(problems).toEqual([expect.stringMatching(/^line \d+, column \d+: the DOCTYPE declares entities; entity declarations are refused/)]);
    expect(problems.join("")).not.toContain("grows");
  });

  test("truncated XML names its line and column", async () => {
    expect(await problemsOf(read("truncated.tbx"))).toEqual(["line 31, column 1: unclosed tag: termSec"]);
  });

  test("another root, an undefined entity, a bad language tag, a concept without terms", async () => {
    await expect(terms(`<?xml version="1.0"?><glossary/>`)).rejects.toThrow("line 1, column 1: the root element must be <tbx> (TBX v3) or <martif> (TBX 2), not <glossary>");
    await expect(terms(tbx(`<conceptEntry id="a"><langSec xml:lang="en"><termSec><term>&nbsp;x</term></termSec></langSec></conceptEntry>`))).rejects.toThrow(/undefined entity|nbsp/);
    const parsed = await readTbx(chunks(tbx(`<conceptEntry id="a"><langSec xml:lang="not a tag"><termSec><term>x</term></termSec></langSec></conceptEntry><conceptEntry id="b"/>`)));
    expect(parsed.problems).toEqual([
      'conceptEntry a (line 1): langSec at line 1: xml:lang "not a tag" is not a BCP 47 language tag',
      "conceptEntry a (line 1): it has no term in any language",
      "conceptEntry b (line 1): it has no term in any language",
    ]);
  });

  test("a document split anywhere, even inside a character, reads the same", async () => {
    const xml = tbx(`<conceptEntry id="a"><langSec xml:lang="fa"><termSec><term>مایمی</term></termSec></langSec></conceptEntry>`);
    const bytes = new TextEncoder().encode(xml);
    const split = xml.indexOf("مایمی");
    const at = new TextEncoder().encode(xml.slice(0, split)).length + 1; // inside the first Persian letter
    async function* pieces() {
      yield bytes.subarray(0, at);
      yield bytes.subarray(at);
    }
    const decoded: string[] = [];
    for await (const text of decodeStream(pieces())) decoded.push(text);
    expect((await terms(decoded.join("")))[0]!.names.fa!.preferred).toEqual({ text: "مایمی" });
    async function* latin1() {
      yield new Uint8Array([0x3c, 0x61, 0x3e, 0xe9, 0x3c]);
    }
    await expect((async () => {
      for await (const _ of decodeStream(latin1())) void _;
    })()).rejects.toThrow(new FileEncodingError("the file is not UTF-8 (invalid byte at offset 3); save it as UTF-8 and try again"));
  });
});

describe("mapping rules", () => {
  test("language tags: any BCP 47 tag, letter case normalised, never rewritten to another language", () => {
    expect(["EN-us", "fa_AF", "prs", "zh-hant-tw", "ru-Latn", "sr-latn-RS"].map(normalizeTag)).toEqual(["en-US", "fa-AF", "prs", "zh-Hant-TW", "ru-Latn", "sr-Latn-RS"]);
    expect(["", "x-private", "english", "12", "en--US"].map(normalizeTag)).toEqual([null, null, null, null, null]);
  });

  test("roles: our note first, else the first preferred name, else the first name without a status", () => {
    const n = (text: string, status: string | null, role: string | null = null) => ({ name: { text }, status, role });
    expect(rolesOf([n("a", "admitted"), n("b", "preferred"), n("c", "preferred")]).of).toEqual(["variant", "preferred", "variant"]);
    expect(rolesOf([n("a", "deprecated"), n("b", null), n("c", null)])).toEqual({ of: ["variant", "preferred", "variant"], assumed: "b" });
    expect(rolesOf([n("a", "deprecated"), n("b", "admitted")])).toEqual({ of: ["variant", "variant"], assumed: null });
    expect(rolesOf([n("a", "preferred", "alias"), n("b", "admitted", "preferred"), n("c", null, "form")]).of).toEqual(["alias", "preferred", "form"]);
  });

  test("a second definition in one language is reported and the first kept; a definition at concept level needs a language", async () => {
    const def = (text: string) => `<descrip type="definition">${text}</descrip>`;
    const parsed = await readTbx(
      chunks(tbx(`<conceptEntry id="a">${def("no language")}<langSec xml:lang="ru">${def("первое")}<descripGrp>${def("второе")}</descripGrp><termSec><term>а</term></termSec></langSec></conceptEntry>`, `<tbx xmlns="urn:iso:std:iso:30042:ed-2">`)),
    );
    const [term] = finishGlossary(parsed).terms;
    expect(term!.definitions).toEqual({ ru: { text: "первое", sources: [] } });
    expect(parsed.report.lines().sort()).toEqual([
      "definition: 1 ignored (a second definition in one language (ru); the first is kept)",
      "definition: 1 ignored (at concept level without a language (no xml:lang here or on the root))",
    ]);
  });

  test("a transliteration comes back from its TAG-Latn name; our role notes come back", async () => {
    const [term] = await terms(
      tbx(
        `<conceptEntry id="x"><langSec xml:lang="fa-AF"><termSec><term>مایمی</term></termSec><termSec><term>میمی</term><note>tarjuma:role=alias</note></termSec></langSec>` +
          `<langSec xml:lang="fa-Latn-AF"><termSec><term>Māymay</term><note>tarjuma:translit</note></termSec></langSec></conceptEntry>`,
      ),
    );
    expect(term!.names).toEqual({
      "fa-AF": { preferred: { text: "مایمی" }, translit: "Māymay", variants: [], aliases: [{ text: "میمی" }], forms: [], exact: [], notes: [] },
    });
  });
});
