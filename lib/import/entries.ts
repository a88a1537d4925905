import { fold } from "../text/normalize";
import { toLatin } from "../text/transliterate";
import { languageOf } from "./language";
import type { ReadReport } from "./report";
import { sourceSchema, termFileSchema, type SourceFile, type TermFile, type TermFileInput } from "./glossary-schema";

/**
 * What every reader (TBX, CSV, XLSX) produces, and the last step they share: concepts get their
 * slugs, free-text source references become sources, and each concept is validated as a term file.
 */

export type RawTerm = Omit<TermFileInput, "slug">;

export interface RawEntry {
  /** Where the concept is in the file, for messages: "conceptEntry c1 (line 12)", "line 5" */
  where: string;
  /** The file's own id for the concept, if it has one (it becomes the slug) */
  id: string | null;
  term: RawTerm;
}

export interface ParsedGlossary {
  /** What kind of file it was: "TBX v3 (TBX-Basic, DCT)", "CSV (languages en, fr)" */
  format: string;
  sources: SourceFile[];
  entries: RawEntry[];
  problems: string[];
  report: ReadReport;
  /** The file cites sources by key only (this project's table): an unknown key is an error, not a new source */
  sourcesAreKeys?: boolean;
}

export interface GlossaryFile {
  format: string;
  sources: SourceFile[];
  terms: TermFile[];
  /** Whether each slug came from the file's id (a match by id) or was made from a name */
  slugFrom: Map<string, "id" | "name">;
  where: Map<string, string>;
  report: ReadReport;
}

export class GlossaryFileError extends Error {
  constructor(readonly problems: string[]) {
    super(problems.join("\n"));
  }
}

const slugPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** A slug from any text: Latin letters (other scripts transliterated), digits and single hyphens. */
export function slugify(text: string): string {
  return toLatin(fold(text))
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 72)
    .replace(/-+$/, "");
}

/** The slug a concept id gives: the id itself when it is one (a leading _ kept ids valid XML), else the id made into one. */
export function slugFromId(id: string): string {
  const bare = id.startsWith("_") ? id.slice(1) : id;
  return slugPattern.test(bare) && bare.length <= 80 ? bare : slugify(id);
}

/** The slug made from a concept's names: its preferred English name, else its first preferred name, else its first name. */
export function slugFromNames(names: RawTerm["names"]): string {
  const text = (n: unknown) => (typeof n === "string" ? n : (n as { text?: string } | undefined)?.text);
  const blocks = Object.entries(names ?? {});
  const english = blocks.find(([tag]) => languageOf(tag) === "en")?.[1];
  const candidates = [
    text(english?.preferred),
    ...blocks.map(([, b]) => text(b.preferred)),
    ...blocks.flatMap(([, b]) => [...(b.variants ?? []), ...(b.aliases ?? [])].map(text)),
  ];
  return candidates.map((c) => (c ? slugify(c) : "")).find(Boolean) ?? "term";
}

/**
 * Concepts as a reader hands them over, one at a time: each gets its slug (the file's id, else
 * made from its names; a collision within the file gets a suffix, reported) and is validated as
 * a term file. Source references are resolved as they come, with no look-ahead (a TBX file's
 * sources come after its concepts): a reference shaped like a key is that key; any other text
 * ("Fixture glossary", an address) gets a key made from it. Unless the file cites sources by key
 * only (this project's table), every reference is remembered with its text, so that a source the
 * file does not describe can be made from it.
 */
export class ConceptFinisher {
  readonly problems: string[];
  /** Source key → the reference text it was made from */
  readonly references = new Map<string, string>();
  private readonly slugs = new Set<string>();
  private readonly madeKeys = new Map<string, string>();

  constructor(
    private readonly report: ReadReport,
    private readonly sourcesAreKeys = false,
    problems: string[] = [],
  ) {
    this.problems = problems;
  }

  private resolve(reference: string): string {
    const text = reference.trim();
    if (this.sourcesAreKeys) return text;
    let key = /^[A-Za-z0-9][A-Za-z0-9_-]{0,39}$/.test(text) ? text : this.madeKeys.get(text);
    if (!key) {
      const base = keyBase(text);
      key = base;
      for (let n = 2; this.references.has(key) && this.references.get(key) !== text; n++) key = `${base}-${n}`;
      this.madeKeys.set(text, key);
    }
    if (!this.references.has(key)) this.references.set(key, text);
    return key;
  }

  /** The concept as a term file, or null (its problems are listed in `problems`). */
  finish(entry: RawEntry): FileConcept | null {
    const base = entry.id ? slugFromId(entry.id) : slugFromNames(entry.term.names);
    let slug = base || "term";
    for (let n = 2; this.slugs.has(slug); n++) slug = `${base}-${n}`;
    if (slug !== base) this.report.note(`${entry.where}: the slug ${base} is taken by another concept in the file; this one is ${slug}`);
    this.slugs.add(slug);
    const t = entry.term;
    const definitions = Object.fromEntries(
      Object.entries(t.definitions ?? {}).map(([tag, d]) => [tag, d && { ...d, sources: (d.sources ?? []).map((s) => this.resolve(s)) }]),
    );
    const claims = (t.claims ?? []).map((c) => ({ ...c, source: this.resolve(c.source) }));
    const place = t.place && typeof t.place.source === "string" ? { ...t.place, source: this.resolve(t.place.source) } : t.place;
    const parsed = termFileSchema.safeParse({ ...t, slug, definitions, claims, ...(place ? { place } : {}) });
    if (!parsed.success) {
      for (const issue of parsed.error.issues) this.problems.push(`${entry.where}: ${issue.path.join(".") || "(concept)"}: ${issue.message}`);
      return null;
    }
    return { term: parsed.data, where: entry.where, slugFrom: entry.id ? "id" : "name" };
  }
}

export interface FileConcept {
  term: TermFile;
  where: string;
  /** Whether the slug came from the file's id (a match by id) or was made from a name */
  slugFrom: "id" | "name";
}

/** The key made from a free-text reference ("Fixture glossary" → Fixture-glossary, an address → its host and path). */
function keyBase(reference: string): string {
  return (
    reference
      .replace(/^https?:\/\/(www\.)?/i, "")
      .replace(/[^A-Za-z0-9_-]+/g, "-")
      .replace(/^[-_]+|-+$/g, "")
      .slice(0, 34)
      .replace(/-+$/, "") || "source"
  );
}

/** The source a reference stands for when the file does not describe it: titled with its text, linked when it is an address. */
export function sourceFromReference(key: string, reference: string): SourceFile {
  const url = sourceSchema.shape.url.safeParse(reference);
  return { key, title: reference.slice(0, 300), url: url.success ? url.data : null, date: null };
}

/** A whole file's concepts at once (for small files and tests): its sources include those made from references. */
export function finishGlossary(parsed: ParsedGlossary): GlossaryFile {
  const finisher = new ConceptFinisher(parsed.report, parsed.sourcesAreKeys, [...parsed.problems]);
  const concepts = parsed.entries.flatMap((e) => finisher.finish(e) ?? []);
  if (finisher.problems.length > 0) throw new GlossaryFileError(finisher.problems);
  const described = new Set(parsed.sources.map((s) => s.key));
  const made = [...finisher.references].filter(([key]) => !described.has(key)).map(([key, text]) => sourceFromReference(key, text));
  return {
    format: parsed.format,
    sources: [...parsed.sources, ...made],
    terms: concepts.map((c) => c.term),
    slugFrom: new Map(concepts.map((c) => [c.term.slug, c.slugFrom])),
    where: new Map(concepts.map((c) => [c.term.slug, c.where])),
    report: parsed.report,
  };
}
