"use client";

import { useTranslations } from "next-intl";
import { useActionState, useState } from "react";
import { saveTermAction } from "@/app/[locale]/editor/terms/actions";
import { TermNames } from "@/components/glossary/term-names";
import { idle, type FormState } from "@/lib/editor/form-state";
import { termEditFromForm, type TermEditInput } from "@/lib/editor/term-edit";
import { byLocale, directionOf, type Locale, locales } from "@/lib/locales";
import { FormStatus } from "./form-status";

interface Props {
  locale: Locale;
  initial: TermEditInput;
  isNew: boolean;
  kinds: Record<string, string>;
  languages: Record<Locale, string>;
  statusLabels: Record<"deprecated" | "superseded", string>;
  sourceKeys: string[];
  /** Shown when the page was reached by saving (a new term's first page). */
  saved?: boolean;
}

type Form = {
  slug: string;
  kind: string;
  asOf: string;
  names: Record<Locale, { preferred: string; translit: string; variants: string; aliases: string }>;
  definitions: Record<Locale, { text: string; sources: string }>;
};


function toForm(edit: TermEditInput): Form {
  return {
    slug: edit.slug,
    kind: edit.kind,
    asOf: edit.asOf ?? "",
    names: Object.fromEntries(
      locales.map((l) => {
        const n = edit.names[l];
        return [l, { preferred: n.preferred, translit: n.translit ?? "", variants: n.variants.join("\n"), aliases: n.aliases.join("\n") }];
      }),
    ) as Form["names"],
    definitions: byLocale((l) => ({ text: edit.definitions[l].text, sources: edit.definitions[l].sources.join(" ") })),
  };
}

/** Posted values back as the form's starting values (a refused save keeps what was typed, also without JavaScript). */
const fromPosted = (values: FormState["values"]) => toForm(termEditFromForm({ get: (name: string) => values?.[name] ?? "" }));

/**
 * The term form with a live preview of the reader's card. It posts to a server action: with
 * JavaScript the page stays and says what happened; without, the browser posts the form and gets the
 * page back with the same message (and the typed values when the save was refused).
 */
export function TermEditor({ locale, initial, isNew, kinds, languages, statusLabels, sourceKeys, saved }: Props) {
  const t = useTranslations("Editor");
  const [state, action, pending] = useActionState(saveTermAction, saved ? ({ status: "ok", code: "saved" } as FormState) : idle);
  const [form, setForm] = useState<Form>(() => (state.status === "refused" && state.values ? fromPosted(state.values) : toForm(initial)));
  const issues = state.status === "refused" ? (state.issues ?? {}) : {};

  const set = (update: (draft: Form) => void) =>
    setForm((current) => {
      const next = structuredClone(current);
      update(next);
      return next;
    });
  const error = (path: string) => {
    const code = issues[path]?.code;
    if (!code) return null;
    const key = `errors.${code}` as "errors.required";
    return t.has(key) ? t(key) : t("errors.invalid_type");
  };
  const field = (path: string) => ({
    id: `f-${path}`,
    name: path,
    "aria-invalid": issues[path] ? true : undefined,
    "aria-describedby": issues[path] ? `e-${path}` : undefined,
  });
  const message = (path: string) =>
    error(path) && (
      <span id={`e-${path}`} className="field-error">
        {error(path)}
      </span>
    );

  const named = locales.filter((l) => form.names[l].preferred.trim());
  const preview = {
    name: form.names[locale].preferred || form.names.en.preferred || (named[0] ? form.names[named[0]].preferred : ""),
    definition: form.definitions[locale].text || form.definitions.en.text,
    fallback: !form.definitions[locale].text && Boolean(form.definitions.en.text),
  };

  return (
    <div className="term-editor">
      <form action={action} className="editor-form" noValidate>
        <input type="hidden" name="uiLocale" value={locale} />
        <input type="hidden" name="originalSlug" value={isNew ? "" : initial.slug} />
        {!isNew && <input type="hidden" name="slug" value={initial.slug} />}
        {isNew && (
          <label htmlFor="f-slug">
            {t("slug")}
            <input {...field("slug")} value={form.slug} onChange={(e) => set((f) => void (f.slug = e.target.value))} required />
            {message("slug")}
          </label>
        )}
        <div className="editor-form__row">
          <label htmlFor="f-kind">
            {t("kind")}
            <select {...field("kind")} value={form.kind} onChange={(e) => set((f) => void (f.kind = e.target.value))}>
              {Object.entries(kinds).map(([value, label]) => (
                <option key={value} value={value}>
                  {label}
                </option>
              ))}
            </select>
          </label>
          <label htmlFor="f-asOf">
            {t("asOf")}
            <input {...field("asOf")} value={form.asOf} onChange={(e) => set((f) => void (f.asOf = e.target.value))} />
            {message("asOf")}
          </label>
        </div>
        {locales.map((l) => (
          <fieldset key={l} lang={l} dir={directionOf(l)} className="editor-locale">
            <legend>
              {languages[l]}
              {!form.names[l].preferred.trim() && <span className="badge" lang={locale}> {t("missingBadge")}</span>}
            </legend>
            <label htmlFor={`f-names.${l}.preferred`}>
              <span lang={locale}>{t("preferred")}</span>
              <input {...field(`names.${l}.preferred`)} value={form.names[l].preferred} onChange={(e) => set((f) => void (f.names[l].preferred = e.target.value))} />
              {message(`names.${l}.preferred`)}
            </label>
            {l !== "en" && (
              <label htmlFor={`f-names.${l}.translit`}>
                <span lang={locale}>{t("translit")}</span>
                <input {...field(`names.${l}.translit`)} lang="en" dir="ltr" value={form.names[l].translit} onChange={(e) => set((f) => void (f.names[l].translit = e.target.value))} />
              </label>
            )}
            <label htmlFor={`f-names.${l}.variants`}>
              <span lang={locale}>{t("variants")}</span>
              <textarea {...field(`names.${l}.variants`)} rows={2} value={form.names[l].variants} onChange={(e) => set((f) => void (f.names[l].variants = e.target.value))} />
            </label>
            <label htmlFor={`f-names.${l}.aliases`}>
              <span lang={locale}>{t("aliases")}</span>
              <textarea {...field(`names.${l}.aliases`)} rows={2} value={form.names[l].aliases} onChange={(e) => set((f) => void (f.names[l].aliases = e.target.value))} />
            </label>
            <label htmlFor={`f-definitions.${l}.text`}>
              <span lang={locale}>{t("definition")}</span>
              <textarea {...field(`definitions.${l}.text`)} rows={3} value={form.definitions[l].text} onChange={(e) => set((f) => void (f.definitions[l].text = e.target.value))} />
              {message(`definitions.${l}.text`)}
            </label>
            <label htmlFor={`f-definitions.${l}.sources`}>
              <span lang={locale}>{t("sources")}</span>
              <input {...field(`definitions.${l}.sources`)} lang="en" dir="ltr" value={form.definitions[l].sources} onChange={(e) => set((f) => void (f.definitions[l].sources = e.target.value))} />
              {message(`definitions.${l}.sources`)}
            </label>
          </fieldset>
        ))}
        <p className="hint">{t("sourcesHint", { keys: sourceKeys.join(", ") })}</p>
        <div className="editor-form__actions">
          <button type="submit" disabled={pending}>
            {pending ? t("saving") : t("save")}
          </button>
          <FormStatus state={state} />
        </div>
      </form>
      <aside className="term-editor__preview" aria-label={t("preview")}>
        <p className="term-card__subhead">{t("preview")}</p>
        <div className="term-card term-card--preview">
          <div className="term-card__head">
            <p className="term-card__name" translate="no">
              {preview.name}
            </p>
            <p className="term-card__kind">{kinds[form.kind]}</p>
          </div>
          {preview.definition && (
            <p className="term-card__definition" lang={preview.fallback ? "en" : locale} dir={preview.fallback ? "ltr" : directionOf(locale)}>
              {preview.definition}
            </p>
          )}
          <TermNames
            names={named.map((l) => ({ tag: l, text: form.names[l].preferred, translit: form.names[l].translit || null, status: null }))}
            languages={languages}
            translitLabel={t("translit")}
            statusLabels={statusLabels}
          />
        </div>
      </aside>
    </div>
  );
}
