"use server";

import { z } from "zod";
import { termCardData } from "@/components/glossary/term-cards";
import { redirect } from "@/i18n/navigation";
import { editorAction } from "@/lib/editor/action";
import { alignmentOf, createArticle, deleteArticle, importFeed, importPage, previewBlocks, previewMarkdown, rowsToBlocks, saveOriginal, saveTranslation, getArticleRecord, type FeedReport } from "@/lib/editor/articles";
import { formValues, toFormState, type FormState } from "@/lib/editor/form-state";
import { revertArticle } from "@/lib/editor/revisions";
import { originalOf } from "@/lib/import/article-document";
import { defaultLocale, locales, type Locale } from "@/lib/locales";
import { MAX_BYTES } from "@/lib/net/fetch";

/** The article editor's actions. Each checks the origin and the session itself (lib/editor/action.ts). */

const localeSchema = z.enum(locales);
const uiLocale = (form: FormData) => localeSchema.catch(defaultLocale).parse(form.get("uiLocale"));
const fields = (form: FormData) => ({
  slug: form.get("slug"),
  locale: form.get("locale"),
  title: form.get("title"),
  authors: form.get("authors") ?? "",
  publisher: form.get("publisher"),
  date: form.get("date"),
  sourceUrl: form.get("sourceUrl") ?? "",
  body: form.get("body") ?? "",
  version: form.get("version") ?? "0",
  intent: form.get("intent") ?? "save",
});
const doneCode = (intent: unknown) => (intent === "publish" ? "published" : intent === "unpublish" ? "unpublished" : "saved");

export async function createArticleAction(_previous: FormState, form: FormData): Promise<FormState> {
  const input = fields(form);
  const outcome = await editorAction((editor) => createArticle(editor, input));
  if (outcome.ok) redirect({ href: `/editor/articles/${outcome.value.slug}?done=${input.intent === "publish" ? "published" : "created"}`, locale: uiLocale(form) });
  return toFormState(outcome, "saved", formValues(form));
}

export async function saveOriginalAction(_previous: FormState, form: FormData): Promise<FormState> {
  const input = fields(form);
  const outcome = await editorAction((editor) => saveOriginal(editor, input));
  return toFormState(outcome, doneCode(input.intent), formValues(form), (v) => v);
}

export async function saveTranslationAction(_previous: FormState, form: FormData): Promise<FormState> {
  const input = { ...fields(form), rows: form.getAll("row").map(String), uiLocale: uiLocale(form) };
  const outcome = await editorAction((editor) => saveTranslation(editor, input));
  return toFormState(outcome, doneCode(input.intent), formValues(form), (v) => v);
}

export async function deleteArticleAction(_previous: FormState, form: FormData): Promise<FormState> {
  const slug = String(form.get("slug") ?? "");
  const outcome = await editorAction((editor) => deleteArticle(editor, slug));
  if (outcome.ok) redirect({ href: `/editor/articles?deleted=${encodeURIComponent(slug)}`, locale: uiLocale(form) });
  return toFormState(outcome, "deleted");
}

export async function revertArticleAction(_previous: FormState, form: FormData): Promise<FormState> {
  const id = z.coerce.number().int().min(1).catch(0).parse(form.get("id"));
  const outcome = await editorAction((editor) => revertArticle(editor, id));
  if (outcome.ok && outcome.value.exists && form.get("from") === "list") {
    redirect({ href: `/editor/articles/${outcome.value.slug}?done=restored`, locale: uiLocale(form) });
  }
  return { ...toFormState(outcome, "reverted"), detail: String(id) };
}

/** The preview of text being typed (original as Markdown, or a translation's rows), with working cards. */
export async function previewAction(input: { slug: string; editionLocale: string; uiLocale: string; body?: string; rows?: string[] }) {
  const edition = localeSchema.catch(defaultLocale).parse(input.editionLocale);
  const reader: Locale = localeSchema.catch(defaultLocale).parse(input.uiLocale);
  const outcome = await editorAction(
    async () => {
      if (input.rows) {
        const record = await getArticleRecord(String(input.slug));
        const original = record ? originalOf(record.doc) : null;
        const blocks = rowsToBlocks(input.rows.slice(0, 1000).map((r) => String(r).slice(0, 100_000)), original?.blocks ?? []);
        return { ...(await previewBlocks(edition, reader, blocks)), alignment: original ? await alignmentOf(original, { locale: edition, blocks }, reader) : [] };
      }
      return { ...(await previewMarkdown(edition, reader, String(input.body ?? ""))), alignment: undefined };
    },
    { refresh: false },
  );
  if (!outcome.ok) return null;
  return { blocks: outcome.value.blocks, alignment: outcome.value.alignment, ...(await termCardData(outcome.value.cards, reader)) };
}

export async function importPageAction(_previous: FormState, form: FormData): Promise<FormState> {
  const file = form.get("file");
  const url = String(form.get("url") ?? "").trim();
  const values = { url };
  if (file instanceof File && file.size > MAX_BYTES) return { status: "refused", code: "tooBig", values, at: Date.now() };
  const input = file instanceof File && file.size > 0 ? { html: await file.text(), fileName: file.name } : { url };
  const outcome = await editorAction((editor) => importPage(editor, input, uiLocale(form)));
  if (outcome.ok) redirect({ href: `/editor/articles/${outcome.value.slug}?done=imported`, locale: uiLocale(form) });
  return toFormState(outcome, "imported", values);
}

export async function importFeedAction(_previous: FormState<Record<string, string>, FeedReport>, form: FormData): Promise<FormState<Record<string, string>, FeedReport>> {
  const url = String(form.get("feed") ?? "").trim();
  const outcome = await editorAction((editor) => importFeed(editor, url, uiLocale(form)));
  return toFormState(outcome, "feedRead", { feed: url }, (report) => report);
}
