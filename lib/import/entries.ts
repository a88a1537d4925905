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

/** A source key made from a free-text reference ("Oxford2007", "http://seds.org/x.html"). */
function keyFor(reference: string, taken: ReadonlySet<string>): string {
  const base =
    reference
      .replace(/^https?:\/\/(www\.)?/i, "")
      .replace(/[^A-Za-z0-9_-]+/g, "-")
      .replace(/^[-_]+|-+$/g, "")
      .slice(0, 34)
      .replace(/-+$/, "") || "source";
  let key = base;
  for (let n = 2; taken.has(key); n++) key = `${base}-${n}`;
  return key;
}

/**
 * Slugs, sources and validation for what a reader read. A definition's source that is neither a
 * source in the file nor a known key becomes a new source titled with its text (and linked when
 * it is an address). Collisions between the file's own concepts get a suffix and are reported.
 */
export function finishGlossary(parsed: ParsedGlossary, knownSourceKeys: ReadonlySet<string>): GlossaryFile {
  const problems = [...parsed.problems];
  const sources = [...parsed.sources];
  const taken = new Set([...knownSourceKeys, ...sources.map((s) => s.key)]);
  const made = new Map<string, string>();
  const resolve = (reference: string) => {
    if ((taken.has(reference) && !made.has(reference)) || parsed.sourcesAreKeys) return reference;
    let key = made.get(reference);
    if (!key) {
      key = keyFor(reference, taken);
      taken.add(key);
      made.set(reference, key);
      const url = sourceSchema.shape.url.safeParse(reference);
      sources.push({ key, title: reference.slice(0, 300), url: url.success ? url.data : null, date: null });
    }
    return key;
  };
  const terms: TermFile[] = [];
  const slugFrom = new Map<string, "id" | "name">();
  const where = new Map<string, string>();
  for (const entry of parsed.entries) {
    const base = entry.id ? slugFromId(entry.id) : slugFromNames(entry.term.names);
    let slug = base || "term";
    for (let n = 2; slugFrom.has(slug); n++) slug = `${base}-${n}`;
    if (slug !== base) parsed.report.note(`${entry.where}: the slug ${base} is taken by another concept in the file; this one is ${slug}`);
    const definitions = Object.fromEntries(
      Object.entries(entry.term.definitions ?? {}).map(([tag, d]) => [tag, d && { ...d, sources: (d.sources ?? []).map((s) => resolve(s.trim())) }]),
    );
    const parsedTerm = termFileSchema.safeParse({ ...entry.term, slug, definitions });
    if (!parsedTerm.success) {
      for (const issue of parsedTerm.error.issues) problems.push(`${entry.where}: ${issue.path.join(".") || "(concept)"}: ${issue.message}`);
      continue;
    }
    slugFrom.set(slug, entry.id ? "id" : "name");
    where.set(slug, entry.where);
    terms.push(parsedTerm.data);
  }
  if (made.size > 0) parsed.report.note(`${made.size} ${made.size === 1 ? "source was" : "sources were"} made from the file's free-text source references`);
  if (problems.length > 0) throw new GlossaryFileError(problems);
  return { format: parsed.format, sources, terms, slugFrom, where, report: parsed.report };
}
