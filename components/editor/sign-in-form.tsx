"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { signInAction } from "@/app/[locale]/editor/actions";
import { idle } from "@/lib/editor/form-state";
import type { Locale } from "@/lib/locales";
import { FormStatus } from "./form-status";

export function SignInForm({ locale }: { locale: Locale }) {
  const t = useTranslations("Editor");
  const [state, action, pending] = useActionState(signInAction, idle);
  return (
    <form action={action} className="editor-form">
      <input type="hidden" name="locale" value={locale} />
      <FormStatus state={state} />
      <label>
        {t("name")}
        <input name="name" autoComplete="username" required maxLength={100} defaultValue={String(state.values?.name ?? "")} />
      </label>
      <label>
        {t("password")}
        <input name="password" type="password" autoComplete="current-password" required maxLength={200} />
      </label>
      <button type="submit" disabled={pending}>
        {t("signIn")}
      </button>
    </form>
  );
}
