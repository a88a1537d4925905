import "server-only";
import type { GlossaryFile } from "../import/entries";
import type { SourceFile, TermFile } from "../import/glossary-schema";
import { countByLanguage, diffTerms, mergeTerm, type Change, type ImportMode, type LanguageCounts } from "../import/merge";
import type { Db } from "./client";
import { exportGlossary } from "./glossary";
import { sourceFields } from "./fields";
import { writeRelationsIn, writeSourcesIn, writeTermsIn } from "./write";

/**
 * Importing a glossary file into the database: each concept in the file is matched to a stored
 * one (by id, else by an identical preferred name in the same language), merged or replaced
 * (lib/import/merge.ts), checked whole, and then written in one transaction.
 */

export interface ConceptPlan {
  slug: string;
  /** The concept's place in the file ("conceptEntry c1 (line 12)") */
  where: string;
  matchedBy: "id" | "name" | null;
  result: TermFile;
  changes: Change[];
}

export interface ImportPlan {
  mode: ImportMode;
  format: string;
  concepts: ConceptPlan[];
  sources: { added: SourceFile[]; changed: SourceFile[]; kept: string[] };
  languages: LanguageCounts[];
  /** What the reader ignored and assumed, and what matching noted */
  notes: string[];
  ignored: string[];
}

export class ImportCheckError extends Error {
  constructor(readonly problems: string[]) {
    super(problems.join("\n"));
  }
}

const BATCH = 500;
async function inBatches<T, R>(items: readonly T[], each: (batch: T[]) => Promise<R[]>): Promise<R[]> {
  const out: R[] = [];
  for (let i = 0; i < items.length; i += BATCH) out.push(...(await each(items.slice(i, i + BATCH))));
  return out;
}

/** Source keys already stored. */
export async function storedSourceKeys(db: Db): Promise<Set<string>> {
  return new Set((await db.source.findMany({ select: { key: true } })).map((s) => s.key));
}

/** What importing the file would do; throws ImportCheckError listing every problem. Writes nothing. */
export async function planImport(db: Db, file: GlossaryFile, mode: ImportMode): Promise<ImportPlan> {
  const notes = file.report.allNotes();
  const storedSlugs = new Set(
    (await inBatches(file.terms.map((t) => t.slug), (slugs) => db.term.findMany({ where: { slug: { in: slugs } }, select: { slug: true } }))).map((t) => t.slug),
  );
  // a concept without a stored id is matched by an identical preferred name in the same language
  const preferred = file.terms.filter((t) => !(file.slugFrom.get(t.slug) === "id" && storedSlugs.has(t.slug)));
  const texts = [...new Set(preferred.flatMap((t) => Object.values(t.names).flatMap((b) => (b.preferred ? [b.preferred.text] : []))))];
  const labels = await inBatches(texts, (batch) =>
    db.label.findMany({ where: { role: "preferred", text: { in: batch } }, select: { language: true, text: true, term: { select: { slug: true } } }, orderBy: { id: "asc" } }),
  );
  const byName = new Map<string, string[]>();
  for (const l of labels) byName.set(`${l.language} ${l.text}`, [...(byName.get(`${l.language} ${l.text}`) ?? []), l.term.slug]);

  const target = new Map<string, { slug: string; matchedBy: ConceptPlan["matchedBy"] }>();
  const taken = new Set(storedSlugs);
  for (const t of file.terms) {
    if (file.slugFrom.get(t.slug) === "id" && storedSlugs.has(t.slug)) {
      target.set(t.slug, { slug: t.slug, matchedBy: "id" });
      continue;
    }
    const candidates = [
      ...new Set(
        Object.entries(t.names).flatMap(([tag, b]) => (b.preferred ? (byName.get(`${tag.split("-")[0]} ${b.preferred.text}`) ?? []) : [])),
      ),
    ];
    if (candidates.length > 0) {
      if (candidates.length > 1) notes.push(`${file.where.get(t.slug)}: its preferred names match ${candidates.join(", ")}; it was merged with ${candidates[0]}`);
      target.set(t.slug, { slug: candidates[0]!, matchedBy: "name" });
      continue;
    }
    let slug = t.slug;
    if (taken.has(slug)) {
      const existing = await db.term.findMany({ where: { slug: { startsWith: `${t.slug}-` } }, select: { slug: true } });
      existing.forEach((e) => taken.add(e.slug));
      for (let n = 2; taken.has(slug); n++) slug = `${t.slug}-${n}`;
      notes.push(`${file.where.get(t.slug)}: the slug ${t.slug} belongs to another stored concept; this one is ${slug}`);
    }
    taken.add(slug);
    target.set(t.slug, { slug, matchedBy: null });
  }

  // the stored versions of the matched concepts, then each file concept merged in, in file order
  const matched = [...new Set([...target.values()].filter((x) => x.matchedBy).map((x) => x.slug))];
  const stored = new Map((await exportGlossary(db, matched)).terms.map((t) => [t.slug, t] as const));
  const rename = (slug: string) => target.get(slug)?.slug ?? slug;
  const plans = new Map<string, { where: string; matchedBy: ConceptPlan["matchedBy"]; before: TermFile | null; result: TermFile; kept: Change[] }>();
  for (const t of file.terms) {
    const { slug, matchedBy } = target.get(t.slug)!;
    const plan = plans.get(slug);
    const incoming = { ...t, slug, related: t.related.map(rename), ...(t.place?.partOf ? { place: { ...t.place, partOf: rename(t.place.partOf) } } : {}) };
    const merged = mergeTerm(plan?.result ?? stored.get(slug) ?? null, incoming, mode);
    if (plan) {
      plan.result = merged.result;
      plan.kept.push(...merged.kept);
    } else plans.set(slug, { where: file.where.get(t.slug) ?? slug, matchedBy, before: stored.get(slug) ?? null, ...merged });
  }
  const concepts: ConceptPlan[] = [...plans.entries()].map(([slug, p]) => ({
    slug,
    where: p.where,
    matchedBy: p.matchedBy,
    result: p.result,
    changes: [...diffTerms(p.before, p.result), ...p.kept],
  }));

  // sources: new ones are added; a stored one the file describes otherwise is kept (merge) or replaced
  const storedSources = new Map(
    (await inBatches(file.sources.map((s) => s.key), (keys) => db.source.findMany({ where: { key: { in: keys } }, select: sourceFields }))).map((s) => [s.key, s] as const),
  );
  const sources: ImportPlan["sources"] = { added: [], changed: [], kept: [] };
  for (const s of file.sources) {
    const was = storedSources.get(s.key);
    if (!was) sources.added.push(s);
    else if (JSON.stringify(was) === JSON.stringify(s)) continue;
    else if (mode === "replace") sources.changed.push(s);
    else sources.kept.push(s.key);
  }

  // every source and related concept must exist once the import is written
  const knownSources = new Set([...(await storedSourceKeys(db)), ...file.sources.map((s) => s.key)]);
  const results = concepts.map((c) => c.result);
  const relatedSlugs = [...new Set(results.flatMap((t) => [...t.related, ...(t.place?.partOf ? [t.place.partOf] : [])]))];
  const existing = new Set([
    ...(await inBatches(relatedSlugs, (slugs) => db.term.findMany({ where: { slug: { in: slugs } }, select: { slug: true } }))).map((t) => t.slug),
    ...results.map((t) => t.slug),
  ]);
  const problems = concepts.flatMap(({ result: t, where: w }) => [
    ...[...Object.values(t.definitions).flatMap((d) => d.sources), ...t.claims.map((c) => c.source), ...(t.place ? [t.place.source] : [])]
      .filter((k) => !knownSources.has(k))
      .map((k) => `${w}: ${t.slug}: unknown source "${k}"`),
    ...t.related.filter((r) => !existing.has(r)).map((r) => `${w}: ${t.slug}: unknown related term "${r}"`),
    ...(t.place?.partOf && !existing.has(t.place.partOf) ? [`${w}: ${t.slug}: unknown partOf term "${t.place.partOf}"`] : []),
  ]);
  if (problems.length > 0) throw new ImportCheckError([...new Set(problems)]);
  return { mode, format: file.format, concepts, sources, languages: countByLanguage(concepts), notes, ignored: file.report.lines() };
}

/** Writes a plan in ONE transaction: its sources, its concepts and their links. Any error leaves the database as it was. */
export async function applyImport(db: Db, plan: ImportPlan): Promise<void> {
  const terms = plan.concepts.filter((c) => c.changes.some((x) => x.kind !== "kept")).map((c) => c.result);
  await db.$transaction(
    async (tx) => {
      await writeSourcesIn(tx, [...plan.sources.added, ...plan.sources.changed]);
      await writeTermsIn(tx, terms);
      await writeRelationsIn(tx, terms);
    },
    { timeout: 10 * 60_000, maxWait: 30_000 },
  );
}
