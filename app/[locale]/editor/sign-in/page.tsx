import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { redirect } from "@/i18n/navigation";
import { currentEditor } from "@/lib/editor/session";
import { localeParams } from "@/lib/params";

export const metadata: Metadata = { robots: { index: false } };

export default async function SignInPage({ params, searchParams }: PageProps<"/[locale]/editor/sign-in">) {
  const { locale } = localeParams.parse(await params);
  setRequestLocale(locale);
  if (await currentEditor()) redirect({ href: "/editor", locale });
  const t = await getTranslations({ locale, namespace: "Editor" });
  const { error, minutes } = await searchParams;
  const message =
    error === "limited" ? t("limited", { minutes: Number(minutes) || 15 }) : error === "invalid" ? t("invalid") : error === "expired" ? t("expired") : null;
  return (
    <div className="page editor">
      <h1>{t("signInTitle")}</h1>
      {message && (
        <p className="notice notice--error" role="alert">
          {message}
        </p>
      )}
      <form method="post" action="/api/editor/session" className="editor-form">
        <input type="hidden" name="locale" value={locale} />
        <label>
          {t("name")}
          <input name="name" autoComplete="username" required maxLength={100} />
        </label>
        <label>
          {t("password")}
          <input name="password" type="password" autoComplete="current-password" required maxLength={200} />
        </label>
        <button type="submit">{t("signIn")}</button>
      </form>
    </div>
  );
}
