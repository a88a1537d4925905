"use client";

import { useTranslations } from "next-intl";
import { useState, type FormEvent } from "react";
import { useRouter } from "@/i18n/navigation";
import { TermNames } from "@/components/glossary/term-names";
import type { TermEditInput } from "@/lib/editor/term-edit";
import { byLocale, directionOf, type Locale, locales } from "@/lib/locales";
import { unavailableReason } from "./unavailable-reason";

interface Props {
  locale: Locale;
  initial: TermEditInput;
  isNew: boolean;
  kinds: Record<string, string>;
  languages: Record<Locale, string>;
  statusLabels: Record<"deprecated" | "superseded", string>;
  sourceKeys: string[];
}

type Form = {
  slug: string;
  kind: string;
  asOf: string;
  names: Record<Locale, { preferred: string; translit: string; variants: string; aliases: string }>;
  definitions: Record<Locale, { text: string; sources: string }>;
};

type Status = "idle" | "saving" | "saved" | "failed" | "busy" | "unavailable" | "expired";

const lines = (s: string) => s.split("\n").map((x) => x.trim()).filter(Boolean);
const words = (s: string) => s.split(/\s+/).filter(Boolean);

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

function toEdit(form: Form): TermEditInput {
  return {
    slug: form.slug,
    kind: form.kind as TermEditInput["kind"],
    asOf: form.asOf,
    names: Object.fromEntries(
      locales.map((l) => {
        const n = form.names[l];
        return [l, { preferred: n.preferred, translit: n.translit, variants: lines(n.variants), aliases: lines(n.aliases) }];
      }),
    ) as TermEditInput["names"],
    definitions: Object.fromEntries(
      locales.map((l) => [l, { text: form.definitions[l].text, sources: words(form.definitions[l].sources) }]),
    ) as TermEditInput["definitions"],
  };
}

/** The term form with a live preview of the reader's card; saves through the editor API. */
export function TermEditor({ locale, initial, isNew, kinds, languages, statusLabels, sourceKeys }: Props) {
  const t = useTranslations("Editor");
  const router = useRouter();
  const [form, setForm] = useState<Form>(() => toForm(initial));
  const [status, setStatus] = useState<Status>("idle");
  const [issues, setIssues] = useState<Record<string, string>>({});

  const set = (update: (draft: Form) => void) =>
    setForm((current) => {
      const next = structuredClone(current);
      update(next);
      return next;
    });
  const error = (path: string) => {
    const code = issues[path];
    if (!code) return null;
    const key = `errors.${code}` as "errors.required";
    return t.has(key) ? t(key) : t("errors.invalid_type");
  };
  const field = (path: string) => ({
    id: `f-${path}`,
    "aria-invalid": issues[path] ? true : undefined,
    "aria-describedby": issues[path] ? `e-${path}` : undefined,
  });
  const message = (path: string) =>
    error(path) && (
      <span id={`e-${path}`} className="field-error">
        {error(path)}
      </span>
    );

  async function save(event: FormEvent) {
    event.preventDefault();
    setStatus("saving");
    setIssues({});
    const response = await fetch(isNew ? "/api/editor/terms" : `/api/editor/terms/${encodeURIComponent(initial.slug)}`, {
      method: isNew ? "POST" : "PUT",
      headers: { "content-type": "application/json" },
      body: JSON.stringify(toEdit(form)),
    }).catch(() => null);
    if (!response) return setStatus("failed");
    if (response.ok) {
      setStatus("saved");
      if (isNew) router.push(`/editor/terms/${form.slug}`);
      else router.refresh();
      return;
    }
    if (response.status === 401 || response.status === 403) return setStatus("expired");
    if (response.status === 503) return setStatus(await unavailableReason(response));
    const body = (await response.json().catch(() => ({}))) as { issues?: { path: string; code: string }[] };
    setIssues(Object.fromEntries((body.issues ?? []).map((i) => [i.path, i.code])));
    setStatus("failed");
  }

  const named = locales.filter((l) => form.names[l].preferred.trim());
  const preview = {
    name: form.names[locale].preferred || form.names.en.preferred || (named[0] ? form.names[named[0]].preferred : ""),
    definition: form.definitions[locale].text || form.definitions.en.text,
    fallback: !form.definitions[locale].text && Boolean(form.definitions.en.text),
  };

  return (
    <div className="term-editor">
      <form onSubmit={save} className="editor-form" noValidate>
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
          <button type="submit" disabled={status === "saving"}>
            {status === "saving" ? t("saving") : t("save")}
          </button>
          <p role="status" className={status === "saved" ? "status-ok" : "status-error"}>
            {status === "saved" && t("saved")}
            {status === "failed" && t("failed")}
            {status === "busy" && t("busy")}
            {status === "unavailable" && t("unavailable")}
            {status === "expired" && t("expired")}
          </p>
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
