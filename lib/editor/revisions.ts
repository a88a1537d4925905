import "server-only";
import { db } from "../db/client";
import type { EditorAccount } from "../db/editors";
import { getArticleRevision, listArticleRevisions, listDeletedArticles, loadArticle, storeArticle } from "../db/newsroom";
import { getRevision, listRevisions, revertRevision } from "../db/revisions";
import type { ArticleDocument } from "../import/article-document";
import { locales } from "../locales";
import { EditError } from "./errors";

/**
 * Revisions of terms and of articles: who changed what and when, each viewable and revertible.
 * A revert is itself a revision, so it can be reverted in turn.
 */

export const termRevisions = (slug: string) => listRevisions(db(), slug);
export const termRevision = (id: number) => getRevision(db(), id);

export async function revertTerm(editor: EditorAccount, id: number) {
  const result = await revertRevision(db(), editor, id);
  if (!result) throw new EditError([{ path: "revision", code: "notFound" }]);
  return result;
}

export const articleRevisions = (slug: string) => listArticleRevisions(db(), slug);
export const articleRevision = (id: number) => getArticleRevision(db(), id);
export const deletedArticles = () => listDeletedArticles(db());

/**
 * Undoes one article revision: what it changed (the article's fields, each edition it touched) is
 * put back as it was before it, and the rest of the article stays as it is now. Undoing a creation
 * deletes the article; undoing a deletion restores it whole.
 */
export function undo(before: ArticleDocument | null, after: ArticleDocument | null, now: ArticleDocument | null): ArticleDocument | null {
  if (!before) return null;
  if (!after || !now) return before;
  const next: ArticleDocument = structuredClone(now);
  for (const key of ["publisher", "date", "sourceUrl", "original"] as const) {
    if (before[key] !== after[key]) Object.assign(next, { [key]: before[key] });
  }
  for (const locale of locales) {
    const was = before.editions.find((e) => e.locale === locale);
    const became = after.editions.find((e) => e.locale === locale);
    if (JSON.stringify(was) === JSON.stringify(became)) continue;
    next.editions = next.editions.filter((e) => e.locale !== locale);
    if (was) next.editions.push(was);
  }
  next.editions.sort((a, b) => locales.indexOf(a.locale) - locales.indexOf(b.locale));
  return next;
}

export async function revertArticle(editor: EditorAccount, id: number): Promise<{ slug: string; revision: number; exists: boolean }> {
  const revision = await getArticleRevision(db(), id);
  if (!revision) throw new EditError([{ path: "revision", code: "notFound" }]);
  const now = await loadArticle(db(), revision.articleSlug);
  const next = undo(revision.before, revision.after, now?.doc ?? null);
  if (next && !next.editions.some((e) => e.locale === next.original)) throw new EditError([{ path: "revision", code: "notRevertible" }]);
  const stored = await storeArticle(db(), revision.articleSlug, next, { editor, action: "revert", locale: revision.locale });
  return { slug: revision.articleSlug, revision: stored.revision, exists: next !== null };
}
