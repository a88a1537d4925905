import "server-only";
import { forgetDb, isReadOnly, isUnavailable } from "../db/client";
import type { EditorAccount } from "../db/editors";
import { ArticleConflictError, ArticleExistsError, ArticleMissingError, type ArticleRecord } from "../db/newsroom";
import { isBusy } from "../db/write-lock";
import { refreshReaders } from "../refresh-readers";
import type { AlignmentIssue } from "../text/alignment";
import { ActionRefused, EditError, ImportProblem, NotAlignedError } from "./errors";
import { requireEditor } from "./sessions";

/**
 * The one wrapper every editor write goes through (server actions and the scripts alike): it checks
 * the request (this site's origin, a session), runs the service, refreshes what readers see, and
 * turns what can go wrong into an answer the form shows in the editor's language:
 * "expired" / "forbidden", "invalid" with each field's problem, "conflict" with the stored version,
 * "busy" (another writer held the database too long), "unavailable" / "readOnly" (the database file
 * is missing or cannot be written), or an import problem's own code. Nothing is half-written in any
 * of these cases: every service writes in one transaction.
 */
export type Refusal =
  | { code: "expired" | "forbidden" | "busy" | "unavailable" | "readOnly" }
  | { code: "invalid"; issues: Record<string, { code: string; line?: number }> }
  | { code: "notAligned"; alignment: AlignmentIssue[] }
  | { code: "conflict"; current: ArticleRecord }
  | { code: string; detail?: string };

export type Outcome<T> = { ok: true; value: T } | ({ ok: false } & Refusal);

/** Turns an error into a refusal, or null when it is a bug (rethrown). */
export function refusalOf(error: unknown): Refusal | null {
  if (error instanceof ActionRefused) return { code: error.code };
  if (error instanceof EditError) return { code: "invalid", issues: Object.fromEntries(error.issues.map((i) => [i.path, { code: i.code, ...(i.line ? { line: i.line } : {}) }])) };
  if (error instanceof NotAlignedError) return { code: "notAligned", alignment: error.issues };
  if (error instanceof ArticleConflictError) return { code: "conflict", current: error.current };
  if (error instanceof ArticleExistsError) return { code: "invalid", issues: { slug: { code: "slugTaken" } } };
  if (error instanceof ArticleMissingError) return { code: "invalid", issues: { slug: { code: "articleGone" } } };
  if (error instanceof ImportProblem) return { code: error.code, detail: error.message };
  if (isBusy(error)) return { code: "busy" };
  if (isUnavailable(error)) {
    // the next request opens the database again, so service comes back with the file
    forgetDb();
    return { code: isReadOnly(error) ? "readOnly" : "unavailable" };
  }
  return null;
}

/**
 * A connection opened while the database file was read-only stays read-only after the file is
 * writable again: a write refused as read-only is tried once more on a new connection (nothing was
 * written the first time: every write is one transaction).
 */
export async function withFreshConnectionOnReadOnly<T>(run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (error) {
    if (!isReadOnly(error)) throw error;
    forgetDb();
    return run();
  }
}

export async function editorAction<T>(work: (editor: EditorAccount) => Promise<T>, options: { refresh?: boolean } = {}): Promise<Outcome<T>> {
  try {
    const editor = await requireEditor();
    const value = await withFreshConnectionOnReadOnly(() => work(editor));
    // static pages (articles in every locale, the list, the glossary's entries) are built again on
    // their next visit: readers see the change in seconds, with no rebuild
    if (options.refresh ?? true) refreshReaders();
    return { ok: true, value };
  } catch (error) {
    const refusal = refusalOf(error);
    if (!refusal) throw error;
    return { ok: false, ...refusal };
  }
}
