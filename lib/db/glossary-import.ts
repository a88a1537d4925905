import "server-only";
import { sourceFromReference, type FileConcept } from "../import/entries";
import type { SourceFile, TermFile } from "../import/glossary-schema";
import { languageOf } from "../import/language";
import { countByLanguage, diffTerms, mergeTerm, type Change, type ImportMode, type LanguageCounts } from "../import/merge";
import { streamGlossaryFile, type ReadOptions } from "../import/read";
import { inChunks } from "./bulk";
import type { Db } from "./client";
import { sourceFields } from "./fields";
import { exportGlossary } from "./glossary";
import { writeRelationsIn, writeSourcesIn, writeTermsIn, type Tx } from "./write";

/**
 * Importing a glossary file: read as a stream, a batch of concepts at a time; each concept is
 * matched to a stored one (by id, else by an identical preferred name in the same language),
 * merged or replaced (lib/import/merge.ts) and written, all in ONE transaction that is committed
 * only when the whole file has been read and checked: any problem rolls everything back. A dry run
 * reads and plans the same way and writes nothing. Memory stays bounded by the batch size.
 */

export interface ConceptPlan {
  slug: string;
  /** The concept's place in the file ("conceptEntry c1 (line 12)") */
  where: string;
  matchedBy: "id" | "name" | null;
  changes: Change[];
}

export interface ImportResult {
  mode: ImportMode;
  format: string;
  counts: { new: number; changed: number; unchanged: number };
  languages: LanguageCounts[];
  sources: { added: string[]; changed: string[]; kept: string[] };
  /** What the reader assumed and matching noted */
  notes: string[];
  /** What the reader did not map, and why */
  ignored: string[];
}

export interface ImportOptions {
  mode: ImportMode;
  dryRun?: boolean;
  /** Called with each concept's plan as it is made (a dry run prints them) */
  onConcept?: (plan: ConceptPlan) => void;
}

export class ImportCheckError extends Error {
  constructor(readonly problems: string[]) {
    super(problems.join("\n"));
  }
}

type Client = Db | Tx;

/** What an import keeps from batch to batch: small, whatever the size of the file. */
interface ImportState {
  mode: ImportMode;
  dryRun: boolean;
  /** Final slugs of the file's concepts so far (for collisions and, in a dry run, related terms) */
  slugs: Set<string>;
  /** Slugs taken in the database by concepts the file did not match */
  taken: Set<string>;
  /** Concepts this import creates: another concept of the file is never matched to one of them by name */
  created: Set<string>;
  /** Source keys stored, and those this import created from references (with the first concept citing each) */
  storedSources: Set<string>;
  createdSources: Map<string, string>;
  /** Links to write and check once every concept is in: related terms and partOf */
  links: Pick<TermFile, "slug" | "related" | "place">[];
  /** A file slug whose concept was matched to (or stored under) another slug */
  renamed: Map<string, string>;
  languages: Map<string, LanguageCounts>;
  counts: ImportResult["counts"];
  notes: string[];
  problems: string[];
}

/** Imports a glossary file (or, with dryRun, says what importing it would do); throws ImportFileError or ImportCheckError listing every problem. */
export async function importGlossary(db: Db, file: string, read: ReadOptions, options: ImportOptions): Promise<ImportResult> {
  const state: ImportState = {
    mode: options.mode,
    dryRun: options.dryRun ?? false,
    slugs: new Set(),
    taken: new Set(),
    created: new Set(),
    storedSources: new Set((await db.source.findMany({ select: { key: true } })).map((s) => s.key)),
    createdSources: new Map(),
    links: [],
    renamed: new Map(),
    languages: new Map(),
    counts: { new: 0, changed: 0, unchanged: 0 },
    notes: [],
    problems: [],
  };
  const run = async (client: Client) => {
    const summary = await streamGlossaryFile(file, read, async (batch) => {
      const plans = await planBatch(client, batch, state);
      for (const p of plans) options.onConcept?.(p.plan);
      const changed = plans.filter((p) => p.plan.changes.some((c) => c.kind !== "kept")).map((p) => p.result);
      await ensureSources(client, changed, state);
      if (!state.dryRun) await writeTermsIn(client as Tx, changed);
    });
    const sources = await finishSources(client, summary, state);
    await finishLinks(client, state);
    if (state.problems.length > 0) throw new ImportCheckError([...new Set(state.problems)]);
    return {
      mode: state.mode,
      format: summary.format,
      counts: state.counts,
      languages: [...state.languages.values()].sort((a, b) => (a.tag < b.tag ? -1 : 1)),
      sources,
      notes: [...summary.report.allNotes(), ...state.notes],
      ignored: summary.report.lines(),
    };
  };
  if (state.dryRun) return run(db);
  return db.$transaction((tx) => run(tx), { timeout: 60 * 60_000, maxWait: 30_000 });
}

/** One batch: matched, merged, counted. */
async function planBatch(client: Client, batch: FileConcept[], state: ImportState): Promise<{ plan: ConceptPlan; result: TermFile }[]> {
  const slugs = batch.map((c) => c.term.slug);
  const stored = new Set((await client.term.findMany({ where: { slug: { in: slugs } }, select: { slug: true } })).map((t) => t.slug));
  // a concept without a stored id is matched by an identical preferred name in the same language
  const byName = new Map<string, string[]>();
  const texts = [...new Set(batch.filter((c) => !(c.slugFrom === "id" && stored.has(c.term.slug))).flatMap((c) => Object.values(c.term.names).flatMap((b) => (b.preferred ? [b.preferred.text] : []))))];
  const labels = await inChunks(texts, (chunk) =>
    client.label.findMany({ where: { role: "preferred", text: { in: chunk } }, select: { language: true, text: true, term: { select: { slug: true } } }, orderBy: { id: "asc" } }),
  );
  for (const l of labels) byName.set(`${l.language} ${l.text}`, [...(byName.get(`${l.language} ${l.text}`) ?? []), l.term.slug]);

  const targets = new Map<FileConcept, { slug: string; matchedBy: ConceptPlan["matchedBy"] }>();
  for (const c of batch) {
    const t = c.term;
    if (c.slugFrom === "id" && stored.has(t.slug)) {
      targets.set(c, { slug: t.slug, matchedBy: "id" });
      continue;
    }
    const candidates = [
      ...new Set(Object.entries(t.names).flatMap(([tag, b]) => (b.preferred ? (byName.get(`${languageOf(tag)} ${b.preferred.text}`) ?? []) : []))),
    ].filter((slug) => !state.created.has(slug));
    if (candidates.length > 0) {
      if (candidates.length > 1) state.notes.push(`${c.where}: its preferred names match ${candidates.join(", ")}; it was merged with ${candidates[0]}`);
      targets.set(c, { slug: candidates[0]!, matchedBy: "name" });
      continue;
    }
    let slug = t.slug;
    if (stored.has(slug) || state.taken.has(slug)) {
      const similar = await client.term.findMany({ where: { slug: { startsWith: `${t.slug}-` } }, select: { slug: true } });
      similar.forEach((s) => state.taken.add(s.slug));
      state.taken.add(t.slug);
      for (let n = 2; state.taken.has(slug) || state.slugs.has(slug); n++) slug = `${t.slug}-${n}`;
      state.notes.push(`${c.where}: the slug ${t.slug} belongs to another stored concept; this one is ${slug}`);
    }
    targets.set(c, { slug, matchedBy: null });
    state.created.add(slug);
  }
  const matched = [...new Set([...targets.values()].filter((x) => x.matchedBy).map((x) => x.slug))];
  const current = new Map((await exportGlossary(client, matched)).terms.map((t) => [t.slug, t] as const));
  const out: { plan: ConceptPlan; result: TermFile }[] = [];
  for (const c of batch) {
    const { slug, matchedBy } = targets.get(c)!;
    // a slug the file names (related, partOf) follows its concept when that was matched to another
    if (slug !== c.term.slug) state.renamed.set(c.term.slug, slug);
    const incoming = { ...c.term, slug };
    const before = current.get(slug) ?? null;
    const { result, kept } = mergeTerm(before, incoming, state.mode);
    current.set(slug, result);
    const changes = [...diffTerms(before, result), ...kept];
    const plan = { slug, where: c.where, matchedBy, changes };
    state.slugs.add(slug);
    if (changes.some((x) => x.kind !== "kept")) {
      state.links.push({ slug, related: result.related, ...(result.place ? { place: result.place } : {}) });
      if (before) state.counts.changed++;
      else state.counts.new++;
    } else state.counts.unchanged++;
    for (const row of countByLanguage([plan])) {
      const total = state.languages.get(row.tag) ?? { ...row, concepts: 0, namesAdded: 0, namesChanged: 0, namesRemoved: 0, definitionsAdded: 0, definitionsChanged: 0, definitionsRemoved: 0 };
      for (const key of Object.keys(row) as (keyof LanguageCounts)[]) if (key !== "tag") total[key] += row[key];
      state.languages.set(row.tag, total);
    }
    out.push({ plan, result });
  }
  return out;
}

/**
 * Makes sure every source the concepts cite is stored before they are written: a key the file
 * cited by reference only becomes a source titled with the reference (the file's own description
 * replaces it when the file describes it further on); a key the file cites by key only must exist.
 */
async function ensureSources(client: Client, terms: readonly TermFile[], state: ImportState) {
  const citedBy = new Map<string, string>();
  for (const t of terms) {
    for (const key of [...Object.values(t.definitions).flatMap((d) => d.sources), ...t.claims.map((c) => c.source), ...(t.place ? [t.place.source] : [])]) {
      if (!state.storedSources.has(key) && !citedBy.has(key)) citedBy.set(key, t.slug);
    }
  }
  if (citedBy.size === 0) return;
  const fresh = await client.source.findMany({ where: { key: { in: [...citedBy.keys()] } }, select: { key: true } });
  fresh.forEach((s) => state.storedSources.add(s.key));
  const create = [...citedBy].filter(([key]) => !state.storedSources.has(key));
  if (!state.dryRun) await writeSourcesIn(client as Tx, create.map(([key]) => sourceFromReference(key, key)));
  for (const [key, slug] of create) {
    state.storedSources.add(key);
    state.createdSources.set(key, slug);
  }
}

/** Once the file is read: its sources are stored (or checked), as the mode says. */
async function finishSources(client: Client, summary: Awaited<ReturnType<typeof streamGlossaryFile>>, state: ImportState): Promise<ImportResult["sources"]> {
  const described = new Map(summary.sources.map((s) => [s.key, s] as const));
  const made = [...summary.references].filter(([key]) => !described.has(key)).map(([key, text]) => sourceFromReference(key, text));
  const all = [...summary.sources, ...made];
  const stored = new Map(
    (await inChunks(all.map((s) => s.key), (keys) => client.source.findMany({ where: { key: { in: keys } }, select: sourceFields }))).map((s) => [s.key, s] as const),
  );
  const result: ImportResult["sources"] = { added: [], changed: [], kept: [] };
  const write: SourceFile[] = [];
  for (const s of all) {
    const was = stored.get(s.key);
    if (!was || state.createdSources.has(s.key)) {
      result.added.push(s.key);
      write.push(s);
    } else if (!described.has(s.key) || JSON.stringify(was) === JSON.stringify(s)) continue;
    else if (state.mode === "replace") {
      result.changed.push(s.key);
      write.push(s);
    } else result.kept.push(s.key);
  }
  // a key cited by key only must be a source of the file or a stored one
  if (summary.sourcesAreKeys) {
    for (const [key, slug] of state.createdSources) if (!described.has(key)) state.problems.push(`${slug}: unknown source "${key}"`);
  }
  if (!state.dryRun) await writeSourcesIn(client as Tx, write);
  return result;
}

/** Once every concept is in: related terms and partOf must name stored concepts; then the links are written. */
async function finishLinks(client: Client, state: ImportState) {
  const rename = (slug: string) => state.renamed.get(slug) ?? slug;
  state.links = state.links.map((l) => ({
    slug: l.slug,
    related: [...new Set(l.related.map(rename))],
    ...(l.place ? { place: { ...l.place, partOf: l.place.partOf && rename(l.place.partOf) } } : {}),
  }));
  const named = [...new Set(state.links.flatMap((l) => [...l.related, ...(l.place?.partOf ? [l.place.partOf] : [])]))];
  const existing = new Set([
    ...(await inChunks(named, (slugs) => client.term.findMany({ where: { slug: { in: slugs } }, select: { slug: true } }))).map((t) => t.slug),
    ...state.slugs,
  ]);
  for (const l of state.links) {
    for (const r of l.related) if (!existing.has(r)) state.problems.push(`${l.slug}: unknown related term "${r}"`);
    if (l.place?.partOf && !existing.has(l.place.partOf)) state.problems.push(`${l.slug}: unknown partOf term "${l.place.partOf}"`);
  }
  if (state.problems.length === 0 && !state.dryRun) await writeRelationsIn(client as Tx, state.links);
}
