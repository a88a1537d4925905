import { getTranslations } from "next-intl/server";
import { signOutAction } from "@/app/[locale]/editor/actions";
import { Link } from "@/i18n/navigation";
import type { EditorAccount } from "@/lib/db/editors";
import type { Locale } from "@/lib/locales";

/** The editor's navigation, who is signed in, and sign-out (a form, so it works without JavaScript). */
export async function EditorHeader({ editor, locale }: { editor: EditorAccount; locale: Locale }) {
  const t = await getTranslations({ locale, namespace: "Editor" });
  return (
    <nav className="editor-bar" aria-label={t("navigation")}>
      <Link href="/editor">{t("terms")}</Link>
      <Link href="/editor/articles">{t("articles")}</Link>
      <span>{t("signedInAs", { name: editor.name })}</span>
      <form action={signOutAction}>
        <input type="hidden" name="locale" value={locale} />
        <button type="submit" className="link-button">
          {t("signOut")}
        </button>
      </form>
    </nav>
  );
}
