import { namesWithRoles, neutralKind, statusOf, termKinds, type Name, type NameRole, type SourceFile, type TermFile } from "./glossary-schema";
import { latinTag } from "./language";
import { encodeNote, picklists, type TarjumaNote } from "./tarjuma-notes";

/**
 * Writes the glossary as TBX, a concept at a time (a large glossary is never one string):
 *
 * - "tbx": TBX-Basic v3 (ISO 30042:2019), DCA style, valid against the dialect's RelaxNG and
 *   Schematron (tests/fixtures/tbx/schemas);
 * - "tbx2": TBX-Basic 2008 (TBX 2, <martif>), for older tools.
 *
 * Everything the glossary stores goes into data categories TBX-Basic allows, so that export and
 * import lose nothing (lib/import/tbx-read.ts reads it back):
 *
 *   slug                     conceptEntry id (a slug that starts with a digit gets a leading _)
 *   kind, subject            descrip subjectField: the subject if there is one, else the kind;
 *                            tarjuma:kind=… note when that alone would not give both back
 *   asOf                     tarjuma:asOf=… note
 *   place                    tarjuma:place={JSON} note (coordinates, their source, partOf, iso3166)
 *   related                  ref relatedConcept (crossReference in TBX 2) target=id
 *   definition + sources     descripGrp: descrip definition + admin source (a source key) in the
 *                            language's langSec (at concept level with xml:lang if it has no names)
 *   claims                   tarjuma:claim=position;property;source=value note per language
 *   names                    termSec: term, administrativeStatus (the name's TBX status), partOfSpeech,
 *                            termType, grammaticalGender, geographicalUsage (values outside
 *                            TBX-Basic's picklists as tarjuma:… notes), context (descripGrp with
 *                            its source), admin source, notes; our role as tarjuma:role=… where
 *                            the status alone would not give it back
 *   transliteration          a name in TAG-Latn ("ru-Latn") with a tarjuma:translit note
 *   notes                    note at concept, language and name level
 *   sources                  back matter: refObject id=src.KEY with items title, url, date
 */

export type TbxDialect = "tbx" | "tbx2";

const escapeText = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
const escapeAttr = (s: string) => escapeText(s).replace(/"/g, "&quot;");

const names = {
  tbx: { root: "tbx", header: "tbxHeader", concept: "conceptEntry", language: "langSec", term: "termSec", sources: "refObjectSec", related: "relatedConcept" },
  tbx2: { root: "martif", header: "martifHeader", concept: "termEntry", language: "langSet", term: "tig", sources: "refObjectList", related: "crossReference" },
} as const;

/** An XML id for a slug or a source key (ids may not start with a digit; slugs never contain "_" or "."). */
export const conceptId = (slug: string) => (/^[0-9]/.test(slug) ? `_${slug}` : slug);
const sourceId = (key: string) => `src.${key}`;
const tbxStatus = { preferred: "preferredTerm-admn-sts", admitted: "admittedTerm-admn-sts", deprecated: "deprecatedTerm-admn-sts", superseded: "supersededTerm-admn-sts" };

class Out {
  private parts: string[] = [];
  constructor(private depth: number) {}
  open(name: string, attrs: Record<string, string | undefined> = {}) {
    this.line(`<${name}${attributes(attrs)}>`);
    this.depth++;
  }
  close(name: string) {
    this.depth--;
    this.line(`</${name}>`);
  }
  leaf(name: string, text: string, attrs: Record<string, string | undefined> = {}) {
    this.line(`<${name}${attributes(attrs)}>${escapeText(text)}</${name}>`);
  }
  line(s: string) {
    this.parts.push(`${"  ".repeat(this.depth)}${s}\n`);
  }
  toString() {
    return this.parts.join("");
  }
}

const attributes = (attrs: Record<string, string | undefined>) =>
  Object.entries(attrs)
    .filter((e): e is [string, string] => e[1] !== undefined)
    .map(([k, v]) => ` ${k}="${escapeAttr(v)}"`)
    .join("");

/** Our role as a note, only where reading the TBX statuses back would give another role. */
function roleNote(role: NameRole, status: string | null): TarjumaNote | null {
  if (role === "preferred") return status === "preferred" ? null : { key: "role", value: role };
  if (role === "variant") return status === "preferred" || status === null ? { key: "role", value: role } : null;
  return { key: "role", value: role };
}

function writeName(out: Out, role: NameRole, name: Name, dialect: TbxDialect) {
  const t = names[dialect];
  out.open(t.term);
  out.leaf("term", name.text);
  const status = statusOf(role, name);
  if (status) out.leaf("termNote", tbxStatus[status], { type: "administrativeStatus" });
  const notes: TarjumaNote[] = [];
  for (const [key, type] of [["partOfSpeech", "partOfSpeech"], ["termType", "termType"], ["gender", "grammaticalGender"]] as const) {
    const value = name[key];
    if (value === undefined) continue;
    if ((picklists[key] as readonly string[]).includes(value)) out.leaf("termNote", value, { type });
    else notes.push({ key, value });
  }
  if (name.region) out.leaf("termNote", name.region, { type: "geographicalUsage" });
  for (const c of name.contexts ?? []) {
    out.open("descripGrp");
    out.leaf("descrip", c.text, { type: "context" });
    if (c.source) out.leaf("admin", c.source, { type: "source" });
    out.close("descripGrp");
  }
  for (const s of name.sources ?? []) out.leaf("admin", s, { type: "source" });
  const role_ = roleNote(role, status);
  if (role_) notes.unshift(role_);
  for (const u of name.usage ?? []) notes.push({ key: "usage", value: u });
  for (const n of notes) out.leaf("note", encodeNote(n));
  for (const n of name.notes ?? []) out.leaf("note", n);
  out.close(t.term);
}

function writeDefinition(out: Out, definition: TermFile["definitions"][string], lang?: string) {
  out.open("descripGrp");
  out.leaf("descrip", definition.text, { type: "definition", "xml:lang": lang });
  for (const s of definition.sources) out.leaf("admin", s, { type: "source" });
  out.close("descripGrp");
}

/** One concept entry. `present` are the slugs in the same document (references to others carry no target). */
export function conceptToTbx(term: TermFile, dialect: TbxDialect, present: ReadonlySet<string>, depth = 3): string {
  const t = names[dialect];
  const out = new Out(depth);
  out.open(t.concept, { id: conceptId(term.slug) });
  out.leaf("descrip", term.subject ?? term.kind, { type: "subjectField" });
  // read back alone, the subject field gives (its kind, no subject) when it names a kind, else (the neutral kind, it)
  const field = term.subject ?? term.kind;
  const named = (termKinds as readonly string[]).includes(field.toLowerCase());
  const back = named ? { kind: field.toLowerCase(), subject: undefined } : { kind: neutralKind, subject: field };
  if (back.kind !== term.kind || back.subject !== term.subject) out.leaf("note", encodeNote({ key: "kind", value: term.kind }));
  if (term.asOf) out.leaf("note", encodeNote({ key: "asOf", value: term.asOf }));
  if (term.place) out.leaf("note", encodeNote({ key: "place", value: JSON.stringify(term.place) }));
  for (const n of term.notes) out.leaf("note", n);
  for (const slug of term.related) out.leaf("ref", slug, { type: t.related, target: present.has(slug) ? conceptId(slug) : undefined });
  const claimNotes = (tag: string) =>
    term.claims.flatMap((c, position) => (c.value[tag] === undefined ? [] : [encodeNote({ key: "claim", position, property: c.property, source: c.source, value: c.value[tag]! })]));
  // definitions and claims in languages without names go at concept level, with their language
  for (const [tag, d] of Object.entries(term.definitions)) if (!term.names[tag]) writeDefinition(out, d, tag);
  const claimTags = [...new Set(term.claims.flatMap((c) => Object.keys(c.value)))];
  for (const tag of claimTags) if (!term.names[tag]) claimNotes(tag).forEach((n) => out.leaf("note", n, { "xml:lang": tag }));

  const translits = new Map<string, string>();
  for (const [tag, block] of Object.entries(term.names)) if (block.translit && block.preferred) translits.set(latinTag(tag), block.translit);
  for (const [tag, block] of Object.entries(term.names)) {
    out.open(t.language, { "xml:lang": tag });
    const d = term.definitions[tag];
    if (d) writeDefinition(out, d);
    claimNotes(tag).forEach((n) => out.leaf("note", n));
    for (const n of block.notes) out.leaf("note", n);
    for (const { role, name } of namesWithRoles(block)) writeName(out, role, name, dialect);
    const translit = translits.get(tag);
    if (translit) {
      writeTranslit(out, translit, dialect);
      translits.delete(tag);
    }
    out.close(t.language);
  }
  for (const [tag, translit] of translits) {
    out.open(t.language, { "xml:lang": tag });
    writeTranslit(out, translit, dialect);
    out.close(t.language);
  }
  out.close(t.concept);
  return out.toString();
}

function writeTranslit(out: Out, text: string, dialect: TbxDialect) {
  out.open(names[dialect].term);
  out.leaf("term", text);
  out.leaf("note", encodeNote({ key: "translit" }));
  out.close(names[dialect].term);
}

/** The whole document, in chunks (header, one per concept, back matter). */
export function* tbxChunks(glossary: { sources: readonly SourceFile[]; terms: readonly TermFile[] }, dialect: TbxDialect = "tbx"): Generator<string> {
  const t = names[dialect];
  const present = new Set(glossary.terms.map((term) => term.slug));
  yield `<?xml version="1.0" encoding="UTF-8"?>\n`;
  if (dialect === "tbx") {
    yield `<tbx type="TBX-Basic" style="dca" xml:lang="en" xmlns="urn:iso:std:iso:30042:ed-2">\n`;
  } else {
    yield `<!DOCTYPE martif SYSTEM "TBXBasiccoreStructV02.dtd">\n<martif type="TBX-Basic-V1" xml:lang="en">\n`;
  }
  const header = new Out(1);
  header.open(t.header);
  header.open("fileDesc");
  header.open("sourceDesc");
  header.leaf("p", "Tarjuma glossary");
  header.close("sourceDesc");
  header.close("fileDesc");
  if (dialect === "tbx2") {
    header.open("encodingDesc");
    header.leaf("p", "TBXBasicXCSV02.xcs", { type: "XCSURI" });
    header.close("encodingDesc");
  }
  header.close(t.header);
  yield header.toString();
  yield `  <text>\n    <body>\n`;
  for (const term of glossary.terms) yield conceptToTbx(term, dialect, present);
  yield `    </body>\n`;
  if (glossary.sources.length > 0) {
    const back = new Out(2);
    back.open("back");
    back.open(t.sources, { type: "sources" });
    for (const s of glossary.sources) {
      back.open("refObject", { id: sourceId(s.key) });
      back.leaf("item", s.title, { type: "title" });
      if (s.url) back.leaf("item", s.url, { type: "url" });
      if (s.date) back.leaf("item", s.date, { type: "date" });
      back.close("refObject");
    }
    back.close(t.sources);
    back.close("back");
    yield back.toString();
  }
  yield `  </text>\n</${t.root}>\n`;
}

export const glossaryToTbx = (glossary: { sources: readonly SourceFile[]; terms: readonly TermFile[] }, dialect: TbxDialect = "tbx") => [...tbxChunks(glossary, dialect)].join("");
