import { getTranslations } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import type { EditorAccount } from "@/lib/db/editors";
import type { Locale } from "@/lib/locales";

/** Who is signed in, a way back to the list, and sign-out (a form post, so it works without JavaScript). */
export async function EditorHeader({ editor, locale }: { editor: EditorAccount; locale: Locale }) {
  const t = await getTranslations({ locale, namespace: "Editor" });
  return (
    <div className="editor-bar">
      <Link href="/editor">{t("backToList")}</Link>
      <span>{t("signedInAs", { name: editor.name })}</span>
      <form method="post" action="/api/editor/sign-out">
        <input type="hidden" name="locale" value={locale} />
        <button type="submit" className="link-button">
          {t("signOut")}
        </button>
      </form>
    </div>
  );
}
