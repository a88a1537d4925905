import { getTranslations } from "next-intl/server";
import { Link } from "@/components/layout/link";
import { formatIsoDate } from "@/lib/format/date";
import { directionOf, endonyms, type Locale } from "@/lib/locales";
import type { ArticleView } from "@/lib/types";

/** Title, byline, publisher and date; says when the text is a translation or the original shown in place of one. */
export async function ArticleHeader({ article, locale }: { article: ArticleView; locale: Locale }) {
  const t = await getTranslations({ locale, namespace: "Article" });
  const languages = await getTranslations({ locale, namespace: "Languages" });
  const authors = new Intl.ListFormat(locale, { type: "conjunction" }).format(article.authors);
  const isTranslation = article.locale !== article.originalLocale;
  const missing = article.locale !== locale;
  const tp = await getTranslations({ locale, namespace: "Parallel" });
  const others = article.editions.filter((e) => e !== article.locale);
  return (
    <header className="article-header">
      <h1 lang={article.locale} dir={directionOf(article.locale)}>
        {article.title}
      </h1>
      <p className="byline">
        <span translate="no">{t("by", { authors, count: article.authors.length })}</span>
        <span aria-hidden="true"> · </span>
        <span translate="no">{article.publisher}</span>
        <span aria-hidden="true"> · </span>
        <time dateTime={article.publishedOn}>{t("published", { date: formatIsoDate(article.publishedOn, locale) })}</time>
        {article.sourceUrl && (
          <>
            <span aria-hidden="true"> · </span>
            <a href={article.sourceUrl} rel="noopener noreferrer external">
              {t("source")}
            </a>
          </>
        )}
      </p>
      {missing && (
        <p className="notice" role="note">
          {t("noEdition", { language: languages(locale), original: languages(article.locale) })}
        </p>
      )}
      {isTranslation && !missing && (
        <p className="notice" role="note">
          {t("translation", { language: languages(article.originalLocale) })}{" "}
          <Link href={`/articles/${article.slug}`} locale={article.originalLocale}>
            {t("readOriginal")}
          </Link>
        </p>
      )}
      {others.length > 0 && (
        <nav className="parallel-links" aria-label={tp("sideBySide")}>
          {tp("sideBySide")}:{" "}
          {others.map((other, i) => (
            <span key={other}>
              {i > 0 && " · "}
              <Link href={`/articles/${article.slug}/parallel/${other}`} lang={other} hrefLang={other}>
                {endonyms[other]}
              </Link>
            </span>
          ))}
        </nav>
      )}
      <p className="hint">{t("termsHint")}</p>
    </header>
  );
}
