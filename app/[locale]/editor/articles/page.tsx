import type { Metadata } from "next";
import { routeLocale } from "@/i18n/route-locale";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { revertArticleAction } from "@/app/[locale]/editor/articles/actions";
import { EditorHeader } from "@/components/editor/editor-header";
import { EditorMessages } from "@/components/editor/editor-messages";
import { RevisionList } from "@/components/editor/revision-list";
import { Link } from "@/i18n/navigation";
import { listForEditor } from "@/lib/editor/articles";
import { editorOrSignIn } from "@/lib/editor/guard";
import { deletedArticles } from "@/lib/editor/revisions";
import { formatIsoDate } from "@/lib/format/date";
import { directionOf } from "@/lib/locales";
import { searchTextSchema } from "@/lib/params";

export const metadata: Metadata = { robots: { index: false } };

/** Every article with its editions and their status, found by title, sorted by date; and the deleted ones, restorable. */
export default async function ArticlesPage({ params, searchParams }: PageProps<"/[locale]/editor/articles">) {
  const locale = await routeLocale(params);
  setRequestLocale(locale);
  const editor = await editorOrSignIn(locale);
  const t = await getTranslations({ locale, namespace: "Editor" });
  const search = await searchParams;
  const q = searchTextSchema.safeParse(search.q ?? "");
  const query = q.success ? q.data : "";
  const sort = search.sort === "oldest" ? "oldest" : "newest";
  const articles = await listForEditor({ q: query, sort });
  const deleted = await deletedArticles();
  const format = new Intl.DateTimeFormat(locale, { dateStyle: "medium", timeStyle: "short", timeZone: "UTC" });
  return (
    <div className="page page--wide editor">
      <EditorHeader editor={editor} locale={locale} />
      <h1>{t("articlesTitle")}</h1>
      {typeof search.deleted === "string" && (
        <p className="notice" role="status">
          {t("deletedNotice", { slug: search.deleted })}
        </p>
      )}
      <p className="editor-actions">
        <Link href="/editor/articles/new">{t("newArticle")}</Link>
        <Link href="/editor/articles/import">{t("importArticles")}</Link>
      </p>
      <form role="search" method="get" className="search-form">
        <label htmlFor="articles-q">{t("findArticle")}</label>
        <div className="search-form__row">
          <input id="articles-q" type="search" name="q" defaultValue={query} maxLength={200} />
          <label htmlFor="articles-sort" className="visually-hidden">
            {t("sortBy")}
          </label>
          <select id="articles-sort" name="sort" defaultValue={sort}>
            <option value="newest">{t("newestFirst")}</option>
            <option value="oldest">{t("oldestFirst")}</option>
          </select>
          <button type="submit">{t("find")}</button>
        </div>
      </form>
      {articles.length === 0 ? (
        <p>{t("noArticles")}</p>
      ) : (
        <table className="editor-table">
          <caption className="visually-hidden">{t("articlesTitle")}</caption>
          <thead>
            <tr>
              <th scope="col">{t("articleTitle")}</th>
              <th scope="col">{t("editions")}</th>
              <th scope="col">{t("date")}</th>
              <th scope="col">{t("lastChange")}</th>
            </tr>
          </thead>
          <tbody>
            {articles.map((a) => (
              <tr key={a.slug}>
                <td>
                  <Link href={`/editor/articles/${a.slug}`} lang={a.original} dir={directionOf(a.original)}>
                    {a.title}
                  </Link>
                  <br />
                  <span className="muted">{a.slug}</span>
                </td>
                <td>
                  <ul className="edition-badges">
                    {a.editions.map((e) => (
                      <li key={e.locale} className={`badge badge--${e.status}`}>
                        <Link href={e.locale === a.original ? `/editor/articles/${a.slug}` : `/editor/articles/${a.slug}/${e.locale}`}>
                          {e.locale}: {t(`status_${e.status}`)}
                        </Link>
                      </li>
                    ))}
                  </ul>
                </td>
                <td>
                  <time dateTime={a.date}>{formatIsoDate(a.date, locale)}</time>
                </td>
                <td>{a.changedAt ? <time dateTime={a.changedAt}>{format.format(new Date(a.changedAt))}</time> : "—"}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {deleted.length > 0 && (
        <section aria-labelledby="deleted">
          <h2 id="deleted">{t("recentlyDeleted")}</h2>
          <EditorMessages locale={locale}>
            <RevisionList
              action={revertArticleAction}
              locale={locale}
              labels={{ byCommand: t("byCommand"), revert: t("restore"), from: "list" }}
              rows={deleted.map((r) => ({
                id: r.id,
                at: r.at,
                action: `${t("action_delete")}: ${r.articleSlug}`,
                editor: r.editor,
                changed: r.changed,
                href: `/editor/articles/${r.articleSlug}/revisions/${r.id}`,
                revertible: true,
              }))}
            />
          </EditorMessages>
        </section>
      )}
    </div>
  );
}
