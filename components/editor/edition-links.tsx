import { getTranslations } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import type { ArticleRecord } from "@/lib/db/newsroom";
import { locales, type Locale } from "@/lib/locales";

/** The article's editions: the original and a translation per locale (or a link to start one), with their status. */
export async function EditionLinks({ record, current, uiLocale }: { record: ArticleRecord; current: Locale; uiLocale: Locale }) {
  const t = await getTranslations({ locale: uiLocale, namespace: "Editor" });
  const languages = await getTranslations({ locale: uiLocale, namespace: "Languages" });
  const { doc } = record;
  const articleLive = doc.editions.find((e) => e.locale === doc.original)?.status === "published";
  return (
    <nav aria-label={t("editions")} className="edition-links">
      <ul>
        {locales.map((l) => {
          const edition = doc.editions.find((e) => e.locale === l);
          const href = l === doc.original ? `/editor/articles/${doc.slug}` : `/editor/articles/${doc.slug}/${l}`;
          const label = `${languages(l)}${l === doc.original ? ` (${t("original")})` : ""}: ${edition ? t(`status_${edition.status}`) : t("noTranslation")}`;
          return (
            <li key={l}>
              {l === current ? (
                <span aria-current="page">{label}</span>
              ) : (
                <Link href={href}>{edition || l === doc.original ? label : t("startTranslation", { language: languages(l) })}</Link>
              )}
            </li>
          );
        })}
      </ul>
      {articleLive && (
        <p>
          <Link href={`/articles/${doc.slug}`} locale={current}>
            {t("readerView")}
          </Link>
        </p>
      )}
    </nav>
  );
}
