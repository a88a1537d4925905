import { getTranslations } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import type { NameCandidate } from "@/lib/editor/articles";
import { directionOf, type Locale } from "@/lib/locales";
import { AddNameForm } from "./add-name-form";

/**
 * The names in an edition that look like proper names and that the glossary does not know, with
 * how often they occur and where: one click starts a new term with the name, or adds it to a term
 * the glossary's search suggests, as a spelling or an inflected form.
 */
export async function MissingNames({ names, locale, uiLocale }: { names: NameCandidate[]; locale: Locale; uiLocale: Locale }) {
  const t = await getTranslations({ locale: uiLocale, namespace: "Editor" });
  const dir = directionOf(locale);
  return (
    <section aria-labelledby="missing-names" className="missing-names">
      <h2 id="missing-names">{t("missingNames")}</h2>
      {names.length === 0 ? (
        <p>{t("noMissingNames")}</p>
      ) : (
        <ul>
          {names.map((n) => (
            <li key={n.text}>
              <p>
                <strong lang={locale} dir={dir} translate="no">
                  {n.text}
                </strong>{" "}
                <span className="muted">{t("occurrences", { count: n.count })}</span>
              </p>
              <p className="snippet" lang={locale} dir={dir}>
                {n.snippet.before}
                <mark>{n.snippet.name}</mark>
                {n.snippet.after}
              </p>
              <p>
                <Link href={{ pathname: "/editor/terms/new", query: { name: n.text, in: locale } }}>{t("newTermFrom", { name: n.text })}</Link>
              </p>
              {n.suggestions.length > 0 && <AddNameForm name={n.text} locale={locale} uiLocale={uiLocale} suggestions={n.suggestions} />}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
