"use client";

import { useTranslations } from "next-intl";

type Issues = Record<string, { code: string; line?: number }>;

/** A field's id, name and invalid state, tied to its error message (and an optional hint). */
export const fieldProps = (path: string, issues: Issues, hint?: string) => ({
  id: `f-${path}`,
  name: path,
  "aria-invalid": issues[path] ? true : undefined,
  "aria-describedby": [hint, issues[path] ? `e-${path}` : null].filter(Boolean).join(" ") || undefined,
});

/** A field's problem in the editor's language ("Line 4: HTML is not allowed"). */
export function FieldError({ path, issues }: { path: string; issues: Issues }) {
  const t = useTranslations("Editor.errors");
  const issue = issues[path];
  if (!issue) return null;
  const text = t.has(issue.code as "required") ? t(issue.code as "required") : t("invalid_type");
  return (
    <span id={`e-${path}`} className="field-error">
      {issue.line ? t("atLine", { line: issue.line, problem: text }) : text}
    </span>
  );
}
