import "server-only";
import { termFileSchema, type TermFile } from "../import/glossary-schema";
import { EditError } from "../editor/errors";
import { applyEdit, type TermEdit } from "../editor/term-edit";
import { defaultLocale } from "../locales";
import type { Db } from "./client";
import type { EditorAccount } from "./editors";
import { exportGlossary } from "./glossary";
import { relinkAll, writeTermsIn } from "./write";
import { withWriteLock } from "./write-lock";

export interface RevisionSummary {
  id: number;
  at: string;
  action: "create" | "update" | "revert";
  editor: string | null;
  /** Fields that differ between before and after ("names.ru.preferred", "definitions.en"). */
  changed: string[];
}

export interface RevisionDetail extends RevisionSummary {
  termSlug: string;
  before: TermFile | null;
  after: TermFile;
}

/** The paths at which two terms differ, two levels deep (names.ru.preferred, definitions.en, claims). */
export function changedFields(before: TermFile | null, after: TermFile): string[] {
  if (!before) return ["(new)"];
  const out: string[] = [];
  for (const key of Object.keys(after) as (keyof TermFile)[]) {
    const a = before[key];
    const b = after[key];
    if (JSON.stringify(a) === JSON.stringify(b)) continue;
    if (a && b && typeof a === "object" && !Array.isArray(a)) {
      for (const sub of Object.keys(b)) {
        const x = (a as Record<string, unknown>)[sub];
        const y = (b as Record<string, unknown>)[sub];
        if (JSON.stringify(x) === JSON.stringify(y)) continue;
        if (x && y && typeof y === "object" && !Array.isArray(y)) {
          for (const leaf of Object.keys(y)) {
            if (JSON.stringify((x as Record<string, unknown>)[leaf]) !== JSON.stringify((y as Record<string, unknown>)[leaf])) out.push(`${key}.${sub}.${leaf}`);
          }
        } else out.push(`${key}.${sub}`);
      }
    } else out.push(key);
  }
  return out;
}

/** The keys of every source, for checking the ones a definition cites. */
export async function sourceKeys(db: Pick<Db, "source">): Promise<Set<string>> {
  return new Set((await db.source.findMany({ select: { key: true } })).map((s) => s.key));
}

async function checkSources(db: Pick<Db, "source">, term: TermFile) {
  const keys = await sourceKeys(db);
  const issues = Object.entries(term.definitions).flatMap(([locale, d]) =>
    (d?.sources ?? []).some((k) => !keys.has(k)) ? [{ path: `definitions.${locale}.sources`, code: "unknownSource" }] : [],
  );
  if (issues.length > 0) throw new EditError(issues);
}

/**
 * Writes a term as `build` makes it from the stored one (null for a new term): validated, written
 * with its search keys and a revision in one transaction, one writer at a time; then the articles
 * are linked again.
 */
export async function storeTerm(db: Db, editor: EditorAccount, originalSlug: string | null, build: (current: TermFile | null) => TermFile): Promise<{ slug: string; revision: number }> {
  return withWriteLock(async () => {
    const current = originalSlug ? ((await exportGlossary(db, [originalSlug])).terms[0] ?? null) : null;
    if (originalSlug && !current) throw new EditError([{ path: "slug", code: "notFound" }]);
    const parsed = termFileSchema.safeParse(build(current));
    // whatever the edit schema let through and the file format does not take is the editor's to fix, not a crash;
    // a concept with no name at all is told to add the default locale's
    if (!parsed.success) {
      throw new EditError(parsed.error.issues.map((i) => (i.path.join(".") === "names" ? { path: `names.${defaultLocale}.preferred`, code: "required" } : { path: i.path.join("."), code: "invalid_type" })));
    }
    const next = parsed.data;
    if (originalSlug && next.slug !== originalSlug) throw new EditError([{ path: "slug", code: "slugFixed" }]);
    if (!originalSlug && (await db.term.findUnique({ where: { slug: next.slug }, select: { id: true } }))) {
      throw new EditError([{ path: "slug", code: "slugTaken" }]);
    }
    await checkSources(db, next);
    const revision = await db.$transaction(async (tx) => {
      await writeTermsIn(tx, [next]);
      return tx.revision.create({
        data: { termSlug: next.slug, editorId: editor.id, action: current ? "update" : "create", before: current ? JSON.stringify(current) : null, after: JSON.stringify(next) },
        select: { id: true },
      });
    });
    await relinkAll(db);
    return { slug: next.slug, revision: revision.id };
  });
}

/** Saves what the editor's form sent for a term (or a new term), keeping what the form does not show. */
export const saveTermEdit = (db: Db, editor: EditorAccount, originalSlug: string | null, edit: TermEdit) =>
  storeTerm(db, editor, originalSlug, (current) => applyEdit(current, edit));

/** Puts a term back as it was before the given revision (a revert is itself a revision). */
export async function revertRevision(db: Db, editor: EditorAccount, id: number): Promise<{ slug: string; revision: number } | null> {
  return withWriteLock(async () => {
    const target = await db.revision.findUnique({ where: { id }, select: { termSlug: true, before: true } });
    if (!target || target.before === null) return null;
    const before = termFileSchema.parse(JSON.parse(target.before));
    const current = (await exportGlossary(db, [target.termSlug])).terms[0] ?? null;
    await checkSources(db, before);
    const revision = await db.$transaction(async (tx) => {
      await writeTermsIn(tx, [before]);
      return tx.revision.create({
        data: { termSlug: before.slug, editorId: editor.id, action: "revert", before: current ? JSON.stringify(current) : null, after: JSON.stringify(before) },
        select: { id: true },
      });
    });
    await relinkAll(db);
    return { slug: before.slug, revision: revision.id };
  });
}

const toSummary = (r: { id: number; at: Date; action: string; before: string | null; after: string; editor: { name: string } | null }): RevisionDetail & { termSlug: string } => {
  const before = r.before ? termFileSchema.parse(JSON.parse(r.before)) : null;
  const after = termFileSchema.parse(JSON.parse(r.after));
  return {
    id: r.id,
    termSlug: after.slug,
    at: r.at.toISOString(),
    action: r.action as RevisionSummary["action"],
    editor: r.editor?.name ?? null,
    changed: changedFields(before, after),
    before,
    after,
  };
};

const revisionFields = { id: true, at: true, action: true, before: true, after: true, editor: { select: { name: true } } } as const;

export async function listRevisions(db: Db, slug: string): Promise<RevisionSummary[]> {
  const rows = await db.revision.findMany({ where: { termSlug: slug }, select: revisionFields, orderBy: { id: "desc" }, take: 100 });
  return rows.map((r) => {
    const { id, at, action, editor, changed } = toSummary(r);
    return { id, at, action, editor, changed };
  });
}

export async function getRevision(db: Db, id: number): Promise<RevisionDetail | null> {
  const row = await db.revision.findUnique({ where: { id }, select: revisionFields });
  return row ? toSummary(row) : null;
}
