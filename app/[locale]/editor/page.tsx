import type { Metadata } from "next";
import { routeLocale } from "@/i18n/route-locale";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { EditorHeader } from "@/components/editor/editor-header";
import { Link } from "@/i18n/navigation";
import { editorOrSignIn } from "@/lib/editor/guard";
import { listTermsForEditor } from "@/lib/editor/terms";
import { searchTextSchema } from "@/lib/params";

export const metadata: Metadata = { robots: { index: false } };

export default async function EditorHome({ params, searchParams }: PageProps<"/[locale]/editor">) {
  const locale = await routeLocale(params);
  setRequestLocale(locale);
  const editor = await editorOrSignIn(locale);
  const t = await getTranslations({ locale, namespace: "Editor" });
  const q = searchTextSchema.safeParse((await searchParams).q ?? "");
  const query = q.success ? q.data : "";
  const terms = await listTermsForEditor(query, locale);
  return (
    <div className="page editor">
      <EditorHeader editor={editor} locale={locale} />
      <h1>{t("title")}</h1>
      <p>
        <Link href="/editor/terms/new">{t("newTerm")}</Link>
      </p>
      <form role="search" method="get" className="search-form">
        <label htmlFor="editor-q">{t("search")}</label>
        <div className="search-form__row">
          <input id="editor-q" type="search" name="q" defaultValue={query} maxLength={200} />
          <button type="submit">{t("search")}</button>
        </div>
      </form>
      <ul className="editor-list">
        {terms.map((term) => (
          <li key={term.slug}>
            <Link href={`/editor/terms/${term.slug}`} translate="no">
              {term.name}
            </Link>{" "}
            <span className="muted">{term.slug}</span>
          </li>
        ))}
      </ul>
    </div>
  );
}
