import type { AlignmentIssue } from "../text/alignment";
import type { Outcome } from "./action";

/**
 * What a form's server action answers, for useActionState: rendered by the form (with JavaScript)
 * or into the page the browser gets back after posting the form (without). Codes are message keys
 * (Editor.status, Editor.errors). `values` are what was posted, so a refused form keeps its text.
 */
export interface FormState<V = Record<string, string | string[]>, R = unknown> {
  status: "idle" | "ok" | "refused";
  code?: string;
  issues?: Record<string, { code: string; line?: number }>;
  alignment?: AlignmentIssue[];
  /** The stored version when someone else saved first. */
  conflict?: R;
  detail?: string;
  values?: V;
  /** What the action returned, when the form shows it. */
  result?: R;
  /** Makes two equal answers distinct (an announcement repeats). */
  at?: number;
}

export const idle: FormState = { status: "idle" };

/** Every field a form posted (repeated names as arrays; files left out). */
export function formValues(form: FormData): Record<string, string | string[]> {
  const out: Record<string, string | string[]> = {};
  for (const key of new Set(form.keys())) {
    if (key.startsWith("$ACTION")) continue;
    const all = form.getAll(key).filter((v): v is string => typeof v === "string");
    out[key] = all.length > 1 || key === "row" ? all : (all[0] ?? "");
  }
  return out;
}

/** An outcome as a form state: `ok` says what was done with `okCode`. */
export function toFormState<T, V, R = unknown>(outcome: Outcome<T>, okCode: string, values?: V, result?: (value: T) => R): FormState<V, R> {
  const at = Date.now();
  if (outcome.ok) return { status: "ok", code: okCode, values, result: result?.(outcome.value), at };
  const refusal = outcome as { code: string; issues?: FormState["issues"]; alignment?: FormState["alignment"]; current?: unknown; detail?: string };
  return {
    status: "refused",
    code: refusal.code,
    ...(refusal.issues ? { issues: refusal.issues } : {}),
    ...(refusal.alignment ? { alignment: refusal.alignment } : {}),
    ...(refusal.current ? { conflict: refusal.current as R } : {}),
    ...(refusal.detail ? { detail: refusal.detail } : {}),
    values,
    at,
  };
}
