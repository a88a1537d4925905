"use client";

import { useTranslations } from "next-intl";
import type { FormState } from "@/lib/editor/form-state";

/**
 * What a form's last submission did, in the editor's language: a polite status when it worked, an
 * alert when it was refused. Always rendered (empty when idle), so screen readers announce changes.
 */
export function FormStatus({ state, id }: { state: FormState<unknown, unknown>; id?: string }) {
  const t = useTranslations("Editor.status");
  const ok = state.status === "ok";
  const key = (state.code && t.has(state.code as "saved") ? state.code : state.status === "refused" ? "failed" : null) as "saved" | null;
  const seconds = Number(state.detail) || 1;
  return (
    <p id={id} role={ok || state.status === "idle" ? "status" : "alert"} className={ok ? "status-ok" : "status-error"}>
      {key ? t(key, { id: state.detail ?? "", name: state.detail ?? "", seconds }) : null}
      {state.status === "refused" && state.detail && !["wait", "reverted"].includes(state.code ?? "") && !/^\d+$/.test(state.detail) ? (
        <span className="muted"> ({state.detail})</span>
      ) : null}
    </p>
  );
}
