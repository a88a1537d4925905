import type { Metadata } from "next";
import { routeLocale } from "@/i18n/route-locale";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { ArticleEditor } from "@/components/editor/article-editor";
import { EditorHeader } from "@/components/editor/editor-header";
import { EditorMessages } from "@/components/editor/editor-messages";
import { editorOrSignIn } from "@/lib/editor/guard";
import { byLocale } from "@/lib/locales";

export const metadata: Metadata = { robots: { index: false } };

export default async function NewArticlePage({ params }: PageProps<"/[locale]/editor/articles/new">) {
  const locale = await routeLocale(params);
  setRequestLocale(locale);
  const editor = await editorOrSignIn(locale);
  const t = await getTranslations({ locale, namespace: "Editor" });
  const languages = await getTranslations({ locale, namespace: "Languages" });
  const today = new Date().toISOString().slice(0, 10);
  return (
    <div className="page page--wide editor">
      <EditorHeader editor={editor} locale={locale} />
      <h1>{t("newArticle")}</h1>
      <EditorMessages locale={locale}>
        <ArticleEditor
          mode="new"
          uiLocale={locale}
          languages={byLocale(languages)}
          preview={null}
          initial={{ slug: "", locale, title: "", authors: "", publisher: "", date: today, sourceUrl: "", body: "", version: 0, status: "draft" }}
        />
      </EditorMessages>
    </div>
  );
}
