import type { Metadata } from "next";
import { routeLocale } from "@/i18n/route-locale";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { alternates } from "@/i18n/alternates";
import { Link } from "@/components/layout/link";
import { listArticles } from "@/lib/db/articles";
import { formatIsoDate } from "@/lib/format/date";
import { directionOf } from "@/lib/locales";


// Rendered once at build time from the database; never per request.
export const dynamic = "error";
export async function generateMetadata({ params }: PageProps<"/[locale]">): Promise<Metadata> {
  const locale = await routeLocale(params);
  return { alternates: await alternates(locale, "/") };
}

export default async function ArticleListPage({ params }: PageProps<"/[locale]">) {
  const locale = await routeLocale(params);
  setRequestLocale(locale);
  const t = await getTranslations({ locale, namespace: "ArticleList" });
  const articles = await listArticles(locale);
  return (
    <div className="page">
      <h1>{t("title")}</h1>
      <p className="lede">{t("intro")}</p>
      {articles.length === 0 ? (
        <p>{t("empty")}</p>
      ) : (
        <ul className="article-list">
          {articles.map((a) => (
            <li key={a.slug}>
              <h2 lang={a.locale} dir={directionOf(a.locale)}>
                <Link href={`/articles/${a.slug}`}>{a.title}</Link>
              </h2>
              <p className="byline">
                {t("byline", { authors: new Intl.ListFormat(locale, { type: "conjunction" }).format(a.authors), count: a.authors.length })} ·{" "}
                <span translate="no">{a.publisher}</span> ·{" "}
                <time dateTime={a.publishedOn}>{formatIsoDate(a.publishedOn, locale)}</time>
              </p>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
