"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { Link } from "@/i18n/navigation";
import { idle, type FormState } from "@/lib/editor/form-state";
import type { Locale } from "@/lib/locales";
import { FormStatus } from "./form-status";

export interface RevisionRow {
  id: number;
  at: string;
  /** "created", "changed", ... already in the editor's language. */
  action: string;
  editor: string | null;
  changed: string[];
  href: string;
  revertible: boolean;
}

/**
 * Revisions, newest first, each viewable and revertible. One form for the list (each Revert button
 * posts its revision's id) and one status above the list: a revert adds a revision at the top of
 * the list, and the message stays where it was.
 */
export function RevisionList({
  rows,
  action,
  locale,
  labels,
}: {
  rows: RevisionRow[];
  action: (state: FormState, form: FormData) => Promise<FormState>;
  locale: Locale;
  /** byCommand: who made a change without an editor (an import); revert: the button, when not "Revert"; from: posted along. */
  labels: { byCommand: string; revert?: string; from?: string };
}) {
  const t = useTranslations("Editor");
  const [state, formAction, pending] = useActionState(action, idle);
  const format = new Intl.DateTimeFormat(locale, { dateStyle: "medium", timeStyle: "short", timeZone: "UTC" });
  if (rows.length === 0) return <p>{t("noRevisions")}</p>;
  return (
    <form action={formAction}>
      <input type="hidden" name="uiLocale" value={locale} />
      {labels.from && <input type="hidden" name="from" value={labels.from} />}
      <FormStatus state={state} />
      <ol className="revisions">
        {rows.map((r) => (
          <li key={r.id}>
            <time dateTime={r.at}>{format.format(new Date(r.at))}</time> · {r.action} {r.editor ? t("by", { name: r.editor }) : labels.byCommand} ·{" "}
            {t("changedFields", { fields: r.changed.join(", ") })} · <Link href={r.href}>{t("viewRevision")}</Link>
            {r.revertible && (
              <>
                {" · "}
                <button type="submit" name="id" value={r.id} className="link-button" disabled={pending} aria-describedby={undefined}>
                  {labels.revert ?? t("revert")}
                  <span className="visually-hidden"> {t("revision", { id: r.id })}</span>
                </button>
              </>
            )}
          </li>
        ))}
      </ol>
    </form>
  );
}
