"use client";

import { useTranslations } from "next-intl";
import { useActionState, useId } from "react";
import { addNameAction } from "@/app/[locale]/editor/terms/actions";
import { idle } from "@/lib/editor/form-state";
import type { Locale } from "@/lib/locales";
import { FormStatus } from "./form-status";

/** Adds a found name to an existing term: as a spelling readers see, or as an inflected form. */
export function AddNameForm({ name, locale, uiLocale, suggestions }: { name: string; locale: Locale; uiLocale: Locale; suggestions: { slug: string; name: string }[] }) {
  const t = useTranslations("Editor");
  const [state, action, pending] = useActionState(addNameAction, idle);
  const id = useId();
  return (
    <form action={action} className="add-name">
      <input type="hidden" name="uiLocale" value={uiLocale} />
      <input type="hidden" name="name" value={name} />
      <input type="hidden" name="locale" value={locale} />
      <label htmlFor={`${id}-term`}>{t("addToTerm", { name })}</label>{" "}
      <select id={`${id}-term`} name="slug">
        {suggestions.map((s) => (
          <option key={s.slug} value={s.slug}>
            {s.name}
          </option>
        ))}
      </select>{" "}
      <button type="submit" name="as" value="variant" disabled={pending}>
        {t("asVariant")}
      </button>{" "}
      <button type="submit" name="as" value="form" disabled={pending}>
        {t("asForm")}
      </button>
      <FormStatus state={state} />
    </form>
  );
}
