"use server";

import { z } from "zod";
import { redirect } from "@/i18n/navigation";
import { refusalOf, withFreshConnectionOnReadOnly } from "@/lib/editor/action";
import type { FormState } from "@/lib/editor/form-state";
import { sameOrigin, signInEditor, signOutEditor } from "@/lib/editor/sessions";
import { defaultLocale, locales } from "@/lib/locales";

/** Sign-in and sign-out: forms that work with and without JavaScript. */

const signInSchema = z.object({
  name: z.string().trim().min(1).max(100),
  password: z.string().min(1).max(200),
  locale: z.enum(locales).catch(defaultLocale),
});

export async function signInAction(_previous: FormState, form: FormData): Promise<FormState> {
  const locale = signInSchema.shape.locale.parse(form.get("locale"));
  if (!(await sameOrigin())) return { status: "refused", code: "forbidden", at: Date.now() };
  const parsed = signInSchema.safeParse({ name: form.get("name"), password: form.get("password"), locale });
  const values = { name: String(form.get("name") ?? "").slice(0, 100) };
  if (!parsed.success) return { status: "refused", code: "badCredentials", values, at: Date.now() };
  let outcome: Awaited<ReturnType<typeof signInEditor>>;
  try {
    outcome = await withFreshConnectionOnReadOnly(() => signInEditor(parsed.data.name, parsed.data.password));
  } catch (error) {
    // a sign-in writes (a session, or an attempt): a missing or read-only database is said so
    const refusal = refusalOf(error);
    if (!refusal) throw error;
    return { status: "refused", code: refusal.code, values, at: Date.now() };
  }
  if (!outcome.ok) {
    return outcome.reason === "wait"
      ? { status: "refused", code: "wait", detail: String(outcome.waitSeconds), values, at: Date.now() }
      : { status: "refused", code: "badCredentials", values, at: Date.now() };
  }
  return redirect({ href: "/editor", locale });
}

export async function signOutAction(form: FormData): Promise<void> {
  const locale = signInSchema.shape.locale.parse(form.get("locale"));
  if (await sameOrigin()) {
    try {
      await signOutEditor();
    } catch (error) {
      // the database cannot be written now: the cookie is cleared anyway, so this browser is signed out
      if (!refusalOf(error)) throw error;
    }
  }
  redirect({ href: "/", locale });
}
