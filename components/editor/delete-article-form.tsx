"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { idle, type FormState } from "@/lib/editor/form-state";
import type { Locale } from "@/lib/locales";
import { FormStatus } from "./form-status";

/** Deletes the article (every edition); the deletion is a revision, so it can be undone. */
export function DeleteArticleForm({ slug, uiLocale, action }: { slug: string; uiLocale: Locale; action: (state: FormState, form: FormData) => Promise<FormState> }) {
  const t = useTranslations("Editor");
  const [state, formAction, pending] = useActionState(action, idle);
  return (
    <section aria-labelledby="delete-article" className="danger-zone">
      <h2 id="delete-article">{t("deleteArticle")}</h2>
      <form action={formAction}>
        <input type="hidden" name="uiLocale" value={uiLocale} />
        <input type="hidden" name="slug" value={slug} />
        <p>{t("deleteHint")}</p>
        <button type="submit" disabled={pending}>
          {t("deleteArticle")}
        </button>
        <FormStatus state={state} />
      </form>
    </section>
  );
}
