"use client";

import { useTranslations } from "next-intl";
import { useActionState, useEffect, useState, useTransition } from "react";
import { createArticleAction, previewAction, saveOriginalAction } from "@/app/[locale]/editor/articles/actions";
import type { ArticleRecord } from "@/lib/db/newsroom";
import { idle, type FormState } from "@/lib/editor/form-state";
import { originalOf } from "@/lib/import/article-document";
import { directionOf, type Locale } from "@/lib/locales";
import { ConflictVersions } from "./conflict-versions";
import { PublishButtons } from "./publish-buttons";
import { ArticlePreview, type PreviewData } from "./article-preview";
import { FieldError, fieldProps } from "./field-error";
import { FormStatus } from "./form-status";

export interface ArticleValues {
  slug: string;
  locale: Locale;
  title: string;
  authors: string;
  publisher: string;
  date: string;
  sourceUrl: string;
  body: string;
  version: number;
  status: "draft" | "published";
}

interface Props {
  mode: "new" | "edit";
  uiLocale: Locale;
  initial: ArticleValues;
  preview: PreviewData | null;
  languages: Record<Locale, string>;
  /** Set when the page was reached by creating or importing the article. */
  done?: string;
}

const PREVIEW_DELAY_MS = 400;

/** What someone else saved, as the form's fields. */
const theirs = (record: ArticleRecord) => {
  const edition = originalOf(record.doc);
  return { title: edition.title, authors: edition.authors.join("; "), body: edition.blocks.map((b) => (b.kind === "heading" ? `## ${b.text}` : b.text)).join("\n\n"), version: record.versions[edition.locale] ?? 0 };
};

/**
 * The original edition of an article: its fields, its text as Markdown, and beside it a preview that
 * follows the typing (a server action after a short pause: the site's own matcher links the names,
 * and their cards work). Saving posts the form to a server action, so it works without JavaScript
 * (the preview then shows the saved text).
 */
export function ArticleEditor({ mode, uiLocale, initial, preview: first, languages, done }: Props) {
  const t = useTranslations("Editor");
  const [state, action, saving] = useActionState<FormState<Record<string, string | string[]>, unknown>, FormData>(
    mode === "new" ? createArticleAction : saveOriginalAction,
    done ? { status: "ok", code: done } : idle,
  );
  const posted = state.status === "refused" ? state.values : undefined;
  const value = (key: keyof ArticleValues) => String(posted?.[key] ?? initial[key]);
  const [body, setBody] = useState(value("body"));
  const [locale, setLocale] = useState<Locale>(initial.locale);
  const [preview, setPreview] = useState<PreviewData | null>(first);
  const [pending, startTransition] = useTransition();
  const conflict = state.code === "conflict" ? theirs(state.conflict as ArticleRecord) : null;
  const saved = state.status === "ok" ? (state.result as { version?: number } | undefined) : undefined;
  const version = conflict?.version ?? saved?.version ?? initial.version;
  const status = state.status === "ok" && state.code === "published" ? "published" : state.status === "ok" && state.code === "unpublished" ? "draft" : initial.status;
  const issues = state.issues ?? {};

  useEffect(() => {
    if (body === initial.body && locale === initial.locale && first) return;
    const timer = setTimeout(() => {
      startTransition(async () => {
        const next = await previewAction({ slug: initial.slug, editionLocale: locale, uiLocale, body });
        if (next) setPreview(next);
      });
    }, PREVIEW_DELAY_MS);
    return () => clearTimeout(timer);
  }, [body, locale, initial.body, initial.locale, initial.slug, uiLocale, first]);

  return (
    <div className="article-editor">
      <form action={action} className="editor-form" noValidate>
        <input type="hidden" name="uiLocale" value={uiLocale} />
        <input type="hidden" name="version" value={version} />
        {mode === "edit" && <input type="hidden" name="slug" value={initial.slug} />}
        {mode === "edit" && <input type="hidden" name="locale" value={initial.locale} />}
        <FormStatus state={state} />
        {conflict && (
          <ConflictVersions locale={initial.locale} theirs={{ title: conflict.title, text: conflict.body }} yours={{ title: value("title"), text: body }} />
        )}
        {mode === "new" && (
          <div className="editor-form__row">
            <label htmlFor="f-locale">
              {t("originalLanguage")}
              <select {...fieldProps("locale", issues)} value={locale} onChange={(e) => setLocale(e.target.value as Locale)}>
                {Object.entries(languages).map(([l, label]) => (
                  <option key={l} value={l}>
                    {label}
                  </option>
                ))}
              </select>
            </label>
            <div>
              <label htmlFor="f-slug">
                {t("articleSlug")}
                <input {...fieldProps("slug", issues, "h-slug")} defaultValue={value("slug")} />
              </label>
              <FieldError path="slug" issues={issues} />
              <p id="h-slug" className="hint">
                {t("articleSlugHint")}
              </p>
            </div>
          </div>
        )}
        <label htmlFor="f-title">
          {t("articleTitle")}
          <input {...fieldProps("title", issues)} defaultValue={value("title")} lang={locale} dir={directionOf(locale)} required />
        </label>
        <FieldError path="title" issues={issues} />
        <label htmlFor="f-authors">
          {t("authors")}
          <input {...fieldProps("authors", issues)} defaultValue={value("authors")} lang={locale} dir={directionOf(locale)} />
        </label>
        <FieldError path="authors" issues={issues} />
        <div className="editor-form__row">
          <div>
            <label htmlFor="f-publisher">
              {t("publisher")}
              <input {...fieldProps("publisher", issues)} defaultValue={value("publisher")} required />
            </label>
            <FieldError path="publisher" issues={issues} />
          </div>
          <div>
            <label htmlFor="f-date">
              {t("date")}
              <input {...fieldProps("date", issues)} type="date" defaultValue={value("date")} required />
            </label>
            <FieldError path="date" issues={issues} />
          </div>
        </div>
        <label htmlFor="f-sourceUrl">
          {t("sourceUrl")}
          <input {...fieldProps("sourceUrl", issues)} type="url" dir="ltr" defaultValue={value("sourceUrl")} />
        </label>
        <FieldError path="sourceUrl" issues={issues} />
        <p id="h-body" className="hint">
          {t("bodyHint")}
        </p>
        <label htmlFor="f-body">
          {t("body")}
          <textarea
            {...fieldProps("body", issues, "h-body")}
            rows={18}
            value={body}
            onChange={(e) => setBody(e.target.value)}
            lang={locale}
            dir={directionOf(locale)}
          />
        </label>
        <FieldError path="body" issues={issues} />
        <PublishButtons draft={status === "draft" || mode === "new"} saving={saving} publishLabel="publish" />
      </form>
      <ArticlePreview preview={preview} locale={locale} uiLocale={uiLocale} pending={pending} />
    </div>
  );
}
