import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { notFound } from "next/navigation";
import { Link } from "@/i18n/navigation";
import { routing } from "@/i18n/routing";
import { getTermCard, listTermSlugs } from "@/lib/db/terms";
import { formatIsoDate } from "@/lib/format/date";
import { directionOf } from "@/lib/locales";
import { termParams } from "@/lib/params";


// Rendered once at build time from the database; never per request.
export const dynamic = "error";
export async function generateStaticParams() {
  const slugs = await listTermSlugs();
  return routing.locales.flatMap((locale) => slugs.map((slug) => ({ locale, slug })));
}

export async function generateMetadata({ params }: PageProps<"/[locale]/glossary/[slug]">): Promise<Metadata> {
  const parsed = termParams.safeParse(await params);
  if (!parsed.success) return {};
  const card = await getTermCard(parsed.data.slug, parsed.data.locale);
  return card ? { title: card.name, description: card.definition?.text } : {};
}

export default async function TermPage({ params }: PageProps<"/[locale]/glossary/[slug]">) {
  const parsed = termParams.safeParse(await params);
  if (!parsed.success) notFound();
  const { locale, slug } = parsed.data;
  setRequestLocale(locale);
  const card = await getTermCard(slug, locale);
  if (!card) notFound();
  const t = await getTranslations({ locale, namespace: "TermCard" });
  const te = await getTranslations({ locale, namespace: "GlossaryEntry" });
  const kinds = await getTranslations({ locale, namespace: "Kinds" });
  const languages = await getTranslations({ locale, namespace: "Languages" });
  return (
    <article className="page entry">
      <p className="entry__kind">{kinds(card.kind)}</p>
      <h1 translate="no">{card.name}</h1>
      {card.definition && (
        <p className="lede" lang={card.definition.locale} dir={directionOf(card.definition.locale)}>
          {card.definition.text}
        </p>
      )}
      {card.definition?.fallback && <p className="notice">{t("fallback", { language: languages(locale) })}</p>}
      <h2>{t("names")}</h2>
      <dl className="entry__names">
        {card.names.map((n) => (
          <div key={n.locale}>
            <dt>{languages(n.locale)}</dt>
            <dd>
              <span lang={n.locale} dir={directionOf(n.locale)} translate="no">
                {n.text}
              </span>
              {n.translit && (
                <i className="translit" translate="no" lang={`${n.locale}-Latn`}>
                  {n.translit}
                </i>
              )}
            </dd>
          </div>
        ))}
      </dl>
      <h2>{t("sources")}</h2>
      <ul>
        {card.sources.map((s) => (
          <li key={s.key}>
            {s.url ? (
              <a href={s.url} rel="noopener noreferrer external">
                {s.title}
              </a>
            ) : (
              s.title
            )}
            {s.date && ` (${formatIsoDate(s.date, locale)})`}
          </li>
        ))}
      </ul>
      <p>{t("asOf", { date: formatIsoDate(card.asOf, locale) })}</p>
      <p>
        <Link href="/glossary">{te("back")}</Link>
      </p>
    </article>
  );
}
