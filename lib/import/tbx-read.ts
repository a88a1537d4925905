import { claimProperties, defaultStatus, termKinds, type NameRole } from "./glossary-schema";
import { normalizeTag, unlatinTag } from "./language";
import { ReadReport } from "./report";
import { decodeNote, type TarjumaNote } from "./tarjuma-notes";
import type { ParsedGlossary, RawEntry, RawTerm } from "./entries";
import { elementsOf, readXml, textOf, XmlError, type XmlElement } from "./xml-stream";

/**
 * Reads TBX, streaming: TBX v3 (ISO 30042:2019) in both styles, DCA (<descrip type="definition">)
 * and DCT (<basic:definition>, any namespace other than the core one), for TBX-Core, TBX-Min and
 * TBX-Basic; and TBX 2 / LISA martif (termEntry, langSet, tig, ntig/termGrp), with or without a
 * namespace. Elements are recognised by local name and data category, not by dialect:
 *
 *   conceptEntry | termEntry          a concept (id → slug)
 *     subjectField                    the kind when it names one of ours, else the subject
 *     definition, bare or in a descripGrp, at concept level (in the tbx element's language unless
 *                                     it says xml:lang) or language level; source → its sources
 *     note                            a concept note (tarjuma:kind, tarjuma:asOf: lib/import/tarjuma-notes.ts)
 *     ref crossReference | relatedConcept   a related concept
 *     langSec | langSet xml:lang=TAG  a language (any BCP 47 tag)
 *       note                          a language note (tarjuma:claim=…)
 *       termSec | tig | ntig          a name: term; administrativeStatus (preferred, admitted,
 *                                     deprecated, superseded); partOfSpeech, termType,
 *                                     grammaticalGender, geographicalUsage; context (with its
 *                                     source), usageNote, note, source (tarjuma:role, tarjuma:translit)
 *
 * Anything else (transacGrp, xGraphic, customerSubset, ...) is counted in the report as ignored.
 * A language whose names carry no status: the first name is taken as its preferred one.
 */

type Level = "concept" | "language" | "term";

const isConcept = (name: string) => name === "conceptEntry" || name === "termEntry";
const isLanguage = (name: string) => name === "langSec" || name === "langSet";
const isTermSection = (name: string) => name === "termSec" || name === "tig" || name === "ntig";
const dataElements = new Set(["descrip", "admin", "termNote", "ref", "xref", "transac", "descripNote", "adminNote", "transacNote"]);
const groups = new Set(["descripGrp", "adminGrp", "termNoteGrp"]);
const statuses: Record<string, "preferred" | "admitted" | "deprecated" | "superseded"> = {
  preferred: "preferred",
  admitted: "admitted",
  deprecated: "deprecated",
  superseded: "superseded",
};
const why = {
  history: "change history is not kept",
  subset: "customer and project subsets are not kept",
  media: "images and external links are not kept",
  level: "not kept at this level",
  unknown: "not a data category this glossary keeps",
};

/**
 * Reads a TBX document from text chunks; problems are collected, the XML must be well-formed.
 * With `onEntry`, each concept is handed over as soon as it is read (and not kept), and
 * `afterChunk` is awaited after each chunk: a large file is never held whole.
 */
export async function readTbx(
  chunks: AsyncIterable<string>,
  stream: { onEntry?: (entry: RawEntry) => void; afterChunk?: () => Promise<void>; report?: ReadReport; problems?: string[] } = {},
): Promise<ParsedGlossary> {
  const report = stream.report ?? new ReadReport();
  const problems = stream.problems ?? [];
  const entries: RawEntry[] = [];
  const sources: ParsedGlossary["sources"] = [];
  let coreNs = "";
  let rootLang: string | null = null;
  let format = "TBX";
  await readXml(chunks, {
    root(root) {
      if (root.name !== "tbx" && root.name !== "martif") throw new XmlError(`the root element must be <tbx> (TBX v3) or <martif> (TBX 2), not <${root.name}>`, root.line, 1);
      coreNs = root.ns;
      rootLang = root.attrs["xml:lang"] ? normalizeTag(root.attrs["xml:lang"]) : null;
      const dialect = root.attrs.type ? ` (${root.attrs.type}${root.attrs.style ? `, ${root.attrs.style.toUpperCase()}` : ""})` : "";
      format = `${root.name === "martif" ? "TBX 2 martif" : "TBX v3"}${dialect}`;
    },
    capture: (path) => (path.length === 4 && isConcept(path[3]!)) || (path.length >= 4 && path[2] === "back" && path[path.length - 1] === "refObject"),
    element(element) {
      if (element.name === "refObject") {
        const source = sourceOf(element);
        if (source) sources.push(source);
        return;
      }
      const entry = conceptOf(element, { coreNs, rootLang, report, problems });
      if (entry && stream.onEntry) stream.onEntry(entry);
      else if (entry) entries.push(entry);
    },
    afterChunk: stream.afterChunk,
    skipped(name, path) {
      if (path.length === 4 && path[2] === "body") report.ignore(name, "not a concept entry");
    },
  });
  return { format, sources, entries, problems, report };
}

/** A source of the back matter (refObject with items title, url, date; id "src.KEY" or KEY). */
function sourceOf(ref: XmlElement): ParsedGlossary["sources"][number] | null {
  const items = new Map<string, string>();
  const walk = (e: XmlElement) => elementsOf(e).forEach((c) => (c.name === "item" ? items.set(c.attrs.type ?? "", textOf(c)) : walk(c)));
  walk(ref);
  const id = ref.attrs.id ?? items.get("key");
  if (!id) return null;
  const key = id.startsWith("src.") ? id.slice(4) : id;
  return { key, title: items.get("title") || key, url: items.get("url") || null, date: items.get("date") || null };
}

interface Context {
  coreNs: string;
  rootLang: string | null;
  report: ReadReport;
  problems: string[];
}

interface Datum {
  category: string;
  value: string;
  element: XmlElement;
  /** The rest of a group (descripGrp: its sources and notes) */
  extras: XmlElement[];
}

type Name = { text: string; status?: string; partOfSpeech?: string; termType?: string; gender?: string; region?: string; notes?: string[]; usage?: string[]; contexts?: { text: string; source?: string }[]; sources?: string[] };

/** The data category of an element: its type (DCA), or its own name in a module namespace (DCT). */
function categoryOf(e: XmlElement, ctx: Context): string | null {
  if (e.ns !== ctx.coreNs && e.ns !== "") return e.name;
  if (dataElements.has(e.name)) return e.attrs.type ?? "";
  return null;
}

/** An element as a datum: a data category with its value; a group as its first datum plus the rest. */
function datumOf(e: XmlElement, ctx: Context): Datum | null {
  if (groups.has(e.name) && (e.ns === ctx.coreNs || e.ns === "")) {
    const children = elementsOf(e);
    const main = children.findIndex((c) => categoryOf(c, ctx) !== null);
    if (main === -1) return null;
    return { category: categoryOf(children[main]!, ctx)!, value: textOf(children[main]!), element: children[main]!, extras: children.filter((_, i) => i !== main) };
  }
  const category = categoryOf(e, ctx);
  return category === null ? null : { category, value: textOf(e), element: e, extras: [] };
}

const sourcesIn = (extras: XmlElement[], ctx: Context) =>
  extras.flatMap((x) => {
    const d = datumOf(x, ctx);
    if (d?.category !== "source") return [];
    const target = d.element.attrs.target;
    return [target ? (target.startsWith("src.") ? target.slice(4) : target) : d.value].filter(Boolean);
  });

const ignoreExtras = (extras: XmlElement[], ctx: Context) =>
  extras.forEach((x) => {
    const d = datumOf(x, ctx);
    if (d?.category !== "source") ctx.report.ignore(d?.category ?? x.name, why.level);
  });

function ignore(e: XmlElement, d: Datum | null, ctx: Context, level: Level) {
  const label = groups.has(e.name) || !d ? e.name : d.category || e.name;
  const reason = /^transac/.test(e.name) || d?.category === "transactionType" ? why.history
    : d && /Subset$/.test(d.category) ? why.subset
      : d && /^(xGraphic|externalCrossReference)$/.test(d.category) ? why.media
        : d && ["partOfSpeech", "definition", "context", "subjectField", "administrativeStatus", "termType"].includes(d.category) ? `${why.level} (${level})`
          : why.unknown;
  ctx.report.ignore(label, reason);
}

/** One concept entry as a raw term (validated later, with the others). */
function conceptOf(entry: XmlElement, ctx: Context): RawEntry | null {
  const id = entry.attrs.id ?? null;
  const where = `${entry.name}${id ? ` ${id}` : ""} (line ${entry.line})`;
  const term: RawTerm & { names: Record<string, NonNullable<RawTerm["names"]>[string]> } = { names: {}, definitions: {}, notes: [], claims: [], related: [] };
  const definitions = term.definitions as Record<string, { text: string; sources: string[] }>;
  const conceptDefinitions: Datum[] = [];
  const bareConceptSources: string[] = [];
  let kind: string | null = null;
  const claims: Claims = new Map();
  const translits: { tag: string; text: string }[] = [];

  for (const child of elementsOf(entry)) {
    if (isLanguage(child.name)) {
      languageOf(child, { ctx, where, term, definitions, claims, translits });
      continue;
    }
    if (child.name === "note" && categoryOf(child, ctx) === null) {
      const text = textOf(child);
      const note = decodeNote(text);
      const noteTag = normalizeTag(child.attrs["xml:lang"] ?? "");
      if (note?.key === "claim" && noteTag) addClaim(claims, note, noteTag);
      else if (note?.key === "kind") kind = note.value;
      else if (note?.key === "asOf") term.asOf = note.value;
      else if (note?.key === "place") term.place = parsePlace(note.value, where, ctx);
      else if (text) term.notes!.push(text);
      continue;
    }
    const d = datumOf(child, ctx);
    if (d?.category === "subjectField" && !term.subject) term.subject = d.value;
    else if (d?.category === "definition") conceptDefinitions.push(d);
    else if (d && /^(crossReference|relatedConcept|relatedTerm)$/.test(d.category)) {
      const target = d.element.attrs.target ?? d.value;
      if (target) term.related!.push(target.startsWith("_") ? target.slice(1) : target);
    } else if (d?.category === "source" && !groups.has(child.name)) bareConceptSources.push(d.value);
    else if (d?.category === "x-asOf") term.asOf = d.value;
    else ignore(child, d, ctx, "concept");
  }

  // a definition at concept level is in its own xml:lang, else in the document's language
  for (const d of conceptDefinitions) {
    const tag = normalizeTag(d.element.attrs["xml:lang"] ?? "") ?? ctx.rootLang;
    if (!tag) ctx.report.ignore("definition", "at concept level without a language (no xml:lang here or on the root)");
    else if (definitions[tag]) ctx.report.ignore("definition", `a second definition in one language (${tag}); the first is kept`);
    else {
      definitions[tag] = { text: d.value, sources: [...sourcesIn(d.extras, ctx), ...(conceptDefinitions.length === 1 ? bareConceptSources : [])] };
      ignoreExtras(d.extras, ctx);
      if (conceptDefinitions.length === 1) bareConceptSources.length = 0;
    }
  }
  if (bareConceptSources.length) ctx.report.ignore("source", "at concept level, not attached to one definition", bareConceptSources.length);

  for (const t of translits) {
    const block = term.names[t.tag];
    if (block?.preferred) block.translit = t.text;
    else ctx.report.ignore("transliteration", `no preferred name in ${t.tag} to attach it to`);
  }
  term.claims = [...claims.entries()]
    .sort(([a], [b]) => a - b)
    .map(([, c]) => ({ property: c.property as (typeof claimProperties)[number], source: c.source, value: c.value }));
  // the subject field is the kind when it names one (or when a tarjuma:kind note says which)
  if (kind) term.kind = kind;
  else if (term.subject && (termKinds as readonly string[]).includes(term.subject.toLowerCase())) {
    term.kind = term.subject.toLowerCase();
    delete term.subject;
  }
  if (Object.keys(term.names).length === 0) {
    ctx.problems.push(`${where}: it has no term in any language`);
    return null;
  }
  return { where, id, term };
}

function parsePlace(json: string, where: string, ctx: Context): RawTerm["place"] {
  try {
    return JSON.parse(json) as RawTerm["place"];
  } catch {
    ctx.problems.push(`${where}: the tarjuma:place note is not JSON`);
    return undefined;
  }
}

type Claims = Map<number, { property: string; source: string; value: Record<string, string> }>;

function addClaim(claims: Claims, note: Extract<TarjumaNote, { key: "claim" }>, tag: string) {
  const claim = claims.get(note.position) ?? { property: note.property, source: note.source, value: {} };
  claim.value[tag] = note.value;
  claims.set(note.position, claim);
}

interface LanguageScope {
  ctx: Context;
  where: string;
  term: RawTerm & { names: Record<string, NonNullable<RawTerm["names"]>[string]> };
  definitions: Record<string, { text: string; sources: string[] }>;
  claims: Claims;
  translits: { tag: string; text: string }[];
}

function languageOf(sec: XmlElement, scope: LanguageScope) {
  const { ctx, where, term, definitions } = scope;
  const raw = sec.attrs["xml:lang"] ?? "";
  const tag = normalizeTag(raw);
  if (!tag) {
    ctx.problems.push(`${where}: ${sec.name} at line ${sec.line}: xml:lang "${raw}" is not a BCP 47 language tag`);
    return;
  }
  const names: Found[] = [];
  const notes: string[] = [];
  const defs: Datum[] = [];
  const bareSources: string[] = [];
  for (const child of elementsOf(sec)) {
    if (isTermSection(child.name)) {
      const found = termOf(child, tag, scope);
      if (found) names.push(found);
      continue;
    }
    if (child.name === "note" && categoryOf(child, ctx) === null) {
      const text = textOf(child);
      const note = decodeNote(text);
      if (note?.key === "claim") addClaim(scope.claims, note, tag);
      else if (text) notes.push(text);
      continue;
    }
    const d = datumOf(child, ctx);
    if (d?.category === "definition") defs.push(d);
    else if (d?.category === "source" && !groups.has(child.name)) bareSources.push(d.value);
    else ignore(child, d, ctx, "language");
  }
  for (const [i, d] of defs.entries()) {
    if (definitions[tag] || i > 0) {
      ctx.report.ignore("definition", `a second definition in one language (${tag}); the first is kept`);
      continue;
    }
    definitions[tag] = { text: d.value, sources: [...sourcesIn(d.extras, ctx), ...(defs.length === 1 ? bareSources.splice(0) : [])] };
    ignoreExtras(d.extras, ctx);
  }
  if (bareSources.length) ctx.report.ignore("source", "at language level, not attached to one definition", bareSources.length);

  // a transliteration exported as a name in TAG-Latn goes back to its language
  const original = unlatinTag(tag);
  const translit = names.filter((n) => n.role === "translit");
  if (original) translit.forEach((n) => scope.translits.push({ tag: original, text: n.name.text }));
  const kept = names.filter((n) => n.role !== "translit");
  if (kept.length === 0) {
    if (translit.length === 0 && notes.length) ctx.report.ignore("note", "in a language without names", notes.length);
    return;
  }

  const block = (term.names[tag] ??= { variants: [], aliases: [], forms: [], exact: [], notes: [] }) as NamesBlock;
  if (block.preferred || block.variants.length) {
    ctx.problems.push(`${where}: two ${sec.name} elements for ${tag}`);
    return;
  }
  const roles = rolesOf(kept);
  if (roles.assumed) ctx.report.tally("a language whose names carry no status: its first name is taken as the preferred one");
  const seen = new Set<string>();
  kept.forEach((n, i) => {
    if (seen.has(n.name.text)) return ctx.report.ignore("term", `the same name twice in one language (${tag})`);
    seen.add(n.name.text);
    const role = roles.of[i]!;
    const name: Name = { ...n.name, ...(n.status && n.status !== defaultStatus[role] ? { status: n.status } : {}) };
    if (role === "preferred") block.preferred = name;
    else block[({ variant: "variants", alias: "aliases", form: "forms", exact: "exact" } as const)[role]].push(name);
  });
  block.notes.push(...notes);
}

type NamesBlock = { preferred?: Name; translit?: string | null; variants: Name[]; aliases: Name[]; forms: Name[]; exact: Name[]; notes: string[] };
type Found = { name: Name; role: string | null; status: string | null };

/**
 * The role of each name of a language: our own tarjuma:role note when there is one; else the first
 * name with the preferred status is the one shown (unless a note named another), and the rest are
 * variants; with no preferred name at all, the first name without any status is taken as preferred.
 */
export function rolesOf(names: readonly Found[]): { of: NameRole[]; assumed: string | null } {
  const known = new Set<string>(["preferred", "variant", "alias", "form", "exact"]);
  const of = names.map((n) => (n.role && known.has(n.role) ? (n.role as NameRole) : null));
  let assumed: string | null = null;
  if (!of.includes("preferred")) {
    let i = names.findIndex((n, k) => of[k] === null && n.status === "preferred");
    if (i === -1) {
      i = names.findIndex((n, k) => of[k] === null && n.status === null);
      if (i !== -1) assumed = names[i]!.name.text;
    }
    if (i !== -1) of[i] = "preferred";
  }
  return { of: of.map((r) => r ?? "variant"), assumed };
}

/** One termSec / tig / ntig: the name, its role and status, and its details. */
function termOf(sec: XmlElement, tag: string, scope: LanguageScope): Found | null {
  const { ctx } = scope;
  let text = "";
  let role: string | null = null;
  let status: string | null = null;
  const name: Name = { text: "" };
  const push = (key: "notes" | "usage" | "sources", value: string) => value && (name[key] ??= []).push(value);
  const visit = (child: XmlElement) => {
    if (child.name === "term" && (child.ns === ctx.coreNs || child.ns === "")) {
      text = textOf(child);
      return;
    }
    if (child.name === "termGrp" || (child.name === "termNoteGrp" && categoryOf(child, ctx) === null && !elementsOf(child).some((c) => categoryOf(c, ctx) !== null))) {
      elementsOf(child).forEach(visit);
      return;
    }
    if (child.name === "note" && categoryOf(child, ctx) === null) {
      const value = textOf(child);
      const note = decodeNote(value);
      if (note?.key === "role") role = note.value;
      else if (note?.key === "translit") role = "translit";
      else if (note?.key === "usage") push("usage", note.value);
      else if (note && (note.key === "partOfSpeech" || note.key === "termType" || note.key === "gender")) name[note.key] = note.value;
      else push("notes", value);
      return;
    }
    const d = datumOf(child, ctx);
    const category = d?.category.replace(/^x-/, "");
    if (d && (category === "administrativeStatus" || category === "normativeAuthorization")) {
      const value = d.value.replace(/Term(-admn-sts)?$|-admn-sts$/i, "").toLowerCase();
      if (statuses[value]) status = statuses[value];
      else ctx.report.ignore(`administrativeStatus ${d.value}`, "not one of preferred, admitted, deprecated, superseded");
    } else if (d && category === "partOfSpeech") name.partOfSpeech ??= d.value;
    else if (d && category === "termType") name.termType ??= d.value;
    else if (d && category === "grammaticalGender") name.gender ??= d.value;
    else if (d && category === "geographicalUsage") name.region ??= d.value;
    else if (d && category === "usageNote") push("usage", d.value);
    else if (d && category === "role") role = d.value;
    else if (d && category === "transliteration") scope.translits.push({ tag, text: d.value });
    else if (d && category === "context") {
      const source = sourcesIn(d.extras, ctx)[0];
      (name.contexts ??= []).push(source ? { text: d.value, source } : { text: d.value });
    } else if (d?.category === "source" && !groups.has(child.name)) push("sources", d.value);
    else ignore(child, d, ctx, "term");
  };
  elementsOf(sec).forEach(visit);
  if (!text) {
    ctx.report.ignore(sec.name, "no term in it");
    return null;
  }
  name.text = text;
  return { name, role, status };
}
