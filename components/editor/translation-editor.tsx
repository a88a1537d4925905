"use client";

import { useTranslations } from "next-intl";
import { useActionState, useEffect, useState, useTransition } from "react";
import { previewAction, saveTranslationAction } from "@/app/[locale]/editor/articles/actions";
import type { ArticleRecord } from "@/lib/db/newsroom";
import { idle, type FormState } from "@/lib/editor/form-state";
import type { ArticleBlock } from "@/lib/import/article-document";
import { directionOf, type Locale } from "@/lib/locales";
import type { AlignmentIssue } from "@/lib/text/alignment";
import { ConflictVersions } from "./conflict-versions";
import { PublishButtons } from "./publish-buttons";
import { ArticlePreview, type PreviewData } from "./article-preview";
import { FieldError, fieldProps } from "./field-error";
import { FormStatus } from "./form-status";

interface Props {
  slug: string;
  uiLocale: Locale;
  locale: Locale;
  original: { locale: Locale; blocks: ArticleBlock[] };
  initial: { title: string; authors: string; rows: string[]; version: number; status: "draft" | "published" };
  /** Where the stored translation does not align with the original. */
  alignment: AlignmentIssue[];
  preview: PreviewData | null;
  done?: string;
}

const PREVIEW_DELAY_MS = 500;

/**
 * A translation edited beside its original, block by block: each paragraph and subheading of the
 * original with a field for its translation. Where a block does not align (missing, extra, a
 * concept linked on one side only) it says so beside that block; publishing a translation that does
 * not align is refused, naming the blocks.
 */
export function TranslationEditor({ slug, uiLocale, locale, original, initial, alignment: stored, preview: first, done }: Props) {
  const t = useTranslations("Editor");
  const [state, action, saving] = useActionState<FormState<Record<string, string | string[]>, unknown>, FormData>(saveTranslationAction, done ? { status: "ok", code: done } : idle);
  const posted = state.status === "refused" ? state.values : undefined;
  const [rows, setRows] = useState<string[]>(() => {
    const start = posted?.row ? [posted.row].flat() : initial.rows;
    return Array.from({ length: Math.max(original.blocks.length, start.length) }, (_, i) => start[i] ?? "");
  });
  // the rows as the page came: the preview and alignment shown are already theirs
  const [shown] = useState(() => rows.join("\n"));
  const [live, setLive] = useState<{ preview: PreviewData | null; alignment: AlignmentIssue[]; at: number }>({ preview: first, alignment: stored, at: 0 });
  const [pending, startTransition] = useTransition();
  // the newer of the two: the refusal of a publication, or the check made while typing since
  const alignment = state.code === "notAligned" && (state.at ?? 0) > live.at ? (state.alignment ?? []) : live.alignment;
  const conflict = state.code === "conflict" ? (state.conflict as ArticleRecord) : null;
  const saved = state.status === "ok" ? (state.result as { version?: number } | undefined) : undefined;
  const version = (conflict ? conflict.versions[locale] : undefined) ?? saved?.version ?? initial.version;
  const status = state.status === "ok" && state.code === "published" ? "published" : state.status === "ok" && state.code === "unpublished" ? "draft" : initial.status;
  const issues = state.issues ?? {};
  const originalDir = directionOf(original.locale);
  const dir = directionOf(locale);

  useEffect(() => {
    if (rows.join("\n") === shown) return;
    const timer = setTimeout(() => {
      startTransition(async () => {
        const next = await previewAction({ slug, editionLocale: locale, uiLocale, rows });
        if (next) setLive({ preview: next, alignment: next.alignment ?? [], at: Date.now() });
      });
    }, PREVIEW_DELAY_MS);
    return () => clearTimeout(timer);
  }, [rows, slug, locale, uiLocale, shown]);

  const problemsOf = (block: number) => alignment.filter((a) => a.block === block);
  const describe = (issue: AlignmentIssue) =>
    "terms" in issue ? t(`alignment.${issue.kind}`, { terms: issue.terms.join(", ") }) : t(`alignment.${issue.kind}`);
  let paragraph = 0;
  let heading = 0;

  return (
    <div className="translation-editor">
      <form action={action} className="editor-form" noValidate>
        <input type="hidden" name="uiLocale" value={uiLocale} />
        <input type="hidden" name="slug" value={slug} />
        <input type="hidden" name="locale" value={locale} />
        <input type="hidden" name="version" value={version} />
        <FormStatus state={state} />
        {conflict && (
          <ConflictVersions
            locale={locale}
            theirs={{ text: (conflict.doc.editions.find((e) => e.locale === locale)?.blocks ?? []).map((b) => b.text).join("\n\n") }}
            yours={{ text: rows.join("\n\n") }}
          />
        )}
        <p className={alignment.length ? "notice notice--error" : "notice"} role="status">
          {alignment.length ? t("alignmentProblems", { count: alignment.length }) : t("aligned")}
        </p>
        <label htmlFor="f-title">
          {t("articleTitle")}
          <input {...fieldProps("title", issues)} defaultValue={String(posted?.title ?? initial.title)} lang={locale} dir={dir} required />
        </label>
        <FieldError path="title" issues={issues} />
        <label htmlFor="f-authors">
          {t("authors")}
          <input {...fieldProps("authors", issues)} defaultValue={String(posted?.authors ?? initial.authors)} lang={locale} dir={dir} />
        </label>
        <ol className="translation-rows">
          {rows.map((row, i) => {
            const source = original.blocks[i];
            const label = source?.kind === "heading" ? t("subheadingN", { n: ++heading }) : t("paragraphN", { n: ++paragraph });
            const problems = problemsOf(i);
            const id = `row-${i}`;
            return (
              <li key={i} className={problems.length ? "translation-row translation-row--problem" : "translation-row"}>
                <div className="translation-row__original" lang={original.locale} dir={originalDir}>
                  {source ? source.kind === "heading" ? <strong>{source.text}</strong> : source.text : <em>{t("noOriginalBlock")}</em>}
                </div>
                <div className="translation-row__field">
                  <label htmlFor={id} className="visually-hidden">
                    {label}
                  </label>
                  <textarea
                    id={id}
                    name="row"
                    rows={source?.kind === "heading" ? 1 : Math.min(12, Math.max(3, Math.ceil((source?.text.length ?? 80) / 70)))}
                    value={row}
                    lang={locale}
                    dir={dir}
                    aria-invalid={problems.length ? true : undefined}
                    aria-describedby={problems.length ? `${id}-problems` : undefined}
                    onChange={(e) => setRows((all) => all.map((r, k) => (k === i ? e.target.value : r)))}
                  />
                  {problems.length > 0 && (
                    <span id={`${id}-problems`} className="field-error">
                      {label}: {problems.map(describe).join(" ")}
                    </span>
                  )}
                </div>
              </li>
            );
          })}
        </ol>
        <p>
          <button type="button" className="link-button" onClick={() => setRows((all) => [...all, ""])}>
            {t("addRow")}
          </button>
        </p>
        <PublishButtons draft={status === "draft"} saving={saving} publishLabel="publishTranslation" />
      </form>
      <ArticlePreview preview={live.preview} locale={locale} uiLocale={uiLocale} pending={pending} />
    </div>
  );
}
