import type { Metadata } from "next";
import { routeLocale } from "@/i18n/route-locale";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { EditorMessages } from "@/components/editor/editor-messages";
import { SignInForm } from "@/components/editor/sign-in-form";
import { redirect } from "@/i18n/navigation";
import { currentEditor } from "@/lib/editor/sessions";

export const metadata: Metadata = { robots: { index: false } };

export default async function SignInPage({ params }: PageProps<"/[locale]/editor/sign-in">) {
  const locale = await routeLocale(params);
  setRequestLocale(locale);
  if (await currentEditor()) redirect({ href: "/editor", locale });
  const t = await getTranslations({ locale, namespace: "Editor" });
  return (
    <div className="page editor">
      <h1>{t("signInTitle")}</h1>
      <EditorMessages locale={locale}>
        <SignInForm locale={locale} />
      </EditorMessages>
    </div>
  );
}
