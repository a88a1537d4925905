import type { Metadata } from "next";
import { routeLocale } from "@/i18n/route-locale";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { EditorHeader } from "@/components/editor/editor-header";
import { EditorMessages } from "@/components/editor/editor-messages";
import { ImportForms } from "@/components/editor/import-forms";
import { editorOrSignIn } from "@/lib/editor/guard";

export const metadata: Metadata = { robots: { index: false } };

/** Bringing articles in: from a web page (its address, or a saved HTML file) or from a feed. */
export default async function ImportPage({ params }: PageProps<"/[locale]/editor/articles/import">) {
  const locale = await routeLocale(params);
  setRequestLocale(locale);
  const editor = await editorOrSignIn(locale);
  const t = await getTranslations({ locale, namespace: "Editor" });
  return (
    <div className="page editor">
      <EditorHeader editor={editor} locale={locale} />
      <h1>{t("importArticles")}</h1>
      <EditorMessages locale={locale}>
        <ImportForms uiLocale={locale} />
      </EditorMessages>
    </div>
  );
}
