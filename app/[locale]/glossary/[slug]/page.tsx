import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { notFound } from "next/navigation";
import { JsonLd } from "@/components/layout/json-ld";
import { alternates } from "@/i18n/alternates";
import { getPathname } from "@/i18n/paths";
import { SourceLink } from "@/components/glossary/source-link";
import { LocatorFigure } from "@/components/map/locator-figure";
import { getLocators } from "@/components/map/locator-maps";
import { TermNames } from "@/components/glossary/term-names";
import { Link } from "@/components/layout/link";
import { routing } from "@/i18n/routing";
import { getTermEntry, listTermSlugs } from "@/lib/db/terms";
import { formatIsoDate } from "@/lib/format/date";
import { siteUrl } from "@/lib/env";
import { byLocale, directionOf, type Locale } from "@/lib/locales";
import { termParams } from "@/lib/params";
import { shareMetadata } from "@/lib/share/metadata";
import { definedTerm } from "@/lib/structured-data";
import type { TermEntry } from "@/lib/types";

// Rendered once at build time from the database; never per request.
export const dynamic = "error";

export async function generateStaticParams() {
  const slugs = await listTermSlugs();
  return routing.locales.flatMap((locale) => slugs.map((slug) => ({ locale, slug })));
}

export async function generateMetadata({ params }: PageProps<"/[locale]/glossary/[slug]">): Promise<Metadata> {
  const parsed = termParams.safeParse(await params);
  if (!parsed.success) return {};
  const { locale, slug } = parsed.data;
  const entry = await getTermEntry(slug, locale);
  if (!entry) return {};
  const t = await getTranslations({ locale, namespace: "GlossaryEntry" });
  const nav = await getTranslations({ locale, namespace: "Navigation" });
  const description = entry.definition ? t("description", { name: entry.name, definition: entry.definition.text }) : entry.name;
  return {
    title: entry.name,
    description,
    alternates: await alternates(locale, `/glossary/${slug}`),
    ...shareMetadata({
      title: entry.name,
      description,
      url: getPathname({ locale, href: `/glossary/${slug}` }),
      image: getPathname({ locale, href: `/glossary/${slug}/share.png` }),
      locale,
      siteName: nav("brand"),
    }),
  };
}

/** The entry as schema.org's DefinedTerm, in the glossary's DefinedTermSet. */
async function structuredData(entry: TermEntry, locale: Locale) {
  const nav = await getTranslations({ locale, namespace: "Navigation" });
  const url = (href: string) => new URL(getPathname({ locale, href }), siteUrl()).href;
  return definedTerm({
    url: url(`/glossary/${entry.slug}`),
    lang: locale,
    name: entry.name,
    description: entry.definition?.text ?? null,
    alternateNames: [...new Set(entry.names.map((n) => n.text).filter((name) => name !== entry.name))],
    slug: entry.slug,
    image: url(`/glossary/${entry.slug}/share.png`),
    glossary: { url: url("/glossary"), name: `${nav("brand")}: ${nav("glossary")}` },
  });
}

export default async function TermPage({ params }: PageProps<"/[locale]/glossary/[slug]">) {
  const parsed = termParams.safeParse(await params);
  if (!parsed.success) notFound();
  const { locale, slug } = parsed.data;
  setRequestLocale(locale);
  const entry = await getTermEntry(slug, locale);
  if (!entry) notFound();
  const t = await getTranslations({ locale, namespace: "TermCard" });
  const te = await getTranslations({ locale, namespace: "GlossaryEntry" });
  const tc = await getTranslations({ locale, namespace: "Claims" });
  const kinds = await getTranslations({ locale, namespace: "Kinds" });
  const languages = await getTranslations({ locale, namespace: "Languages" });
  const tm = await getTranslations({ locale, namespace: "Map" });
  const locator = (await getLocators(locale)).entry(slug);
  const others = entry.definitions.filter((d) => d.locale !== entry.definition?.locale);
  return (
    <article className="page entry">
      <JsonLd data={await structuredData(entry, locale)} />
      <p className="entry__kind">{kinds(entry.kind)}</p>
      <h1 translate="no">{entry.name}</h1>
      {entry.definition ? (
        <p className="lede" lang={entry.definition.locale} dir={directionOf(entry.definition.locale)}>
          {entry.definition.text}
        </p>
      ) : (
        <p>{t("noDefinition")}</p>
      )}
      {entry.definition?.fallback && <p className="notice">{t("fallback", { language: languages(locale) })}</p>}
      {others.length > 0 && (
        <details className="entry__other-definitions">
          <summary>{te("otherDefinitions")}</summary>
          <dl>
            {others.map((d) => (
              <div key={d.locale}>
                <dt>{languages(d.locale)}</dt>
                <dd lang={d.locale} dir={directionOf(d.locale)}>
                  {d.text}
                </dd>
              </div>
            ))}
          </dl>
        </details>
      )}

      {locator && (
        <section aria-labelledby="on-the-map">
          <h2 id="on-the-map">{tm("heading")}</h2>
          <LocatorFigure locator={locator} />
        </section>
      )}

      <h2>{t("names")}</h2>
      <TermNames
        names={entry.names}
        languages={byLocale(languages)}
        translitLabel={t("transliteration")}
        className="entry__names"
      />
      {entry.variants.length > 0 && (
        <>
          <h3>{te("variants")}</h3>
          <ul className="entry__variants">
            {entry.variants.map((v) => (
              <li key={`${v.locale}-${v.text}`} lang={v.locale} dir={directionOf(v.locale)} translate="no">
                {v.text}
              </li>
            ))}
          </ul>
        </>
      )}

      {entry.claims.length > 0 && (
        <>
          <h2>{tc("title")}</h2>
          <dl className="entry__claims">
            {entry.claims.map((c) => (
              <div key={c.property}>
                <dt>
                  {tc(c.property)}
                  {c.disputed && <strong className="disputed"> · {tc("disputed")}</strong>}
                </dt>
                {c.values.map((v, i) => (
                  <dd key={i}>
                    {v.value} <span className="entry__claim-source">(<SourceLink title={v.source.title} url={v.source.url} date={v.source.date && formatIsoDate(v.source.date, locale)} />)</span>
                  </dd>
                ))}
              </div>
            ))}
          </dl>
        </>
      )}

      <h2>{te("appearances")}</h2>
      {entry.appearances.length === 0 ? (
        <p>{te("noAppearances")}</p>
      ) : (
        <ul className="entry__appearances">
          {entry.appearances.map((a) => (
            <li key={`${a.articleSlug}-${a.anchor}`} lang={a.locale} dir={directionOf(a.locale)}>
              <Link href={`/articles/${a.articleSlug}#${a.anchor}`}>
                {a.snippet.before}
                <mark translate="no">{a.snippet.name}</mark>
                {a.snippet.after}
              </Link>
              <span className="entry__appearance-title"> {a.articleTitle}</span>
            </li>
          ))}
        </ul>
      )}

      {entry.related.length > 0 && (
        <>
          <h2>{te("related")}</h2>
          <ul className="entry__related">
            {entry.related.map((r) => (
              <li key={r.slug} translate="no">
                <Link href={`/glossary/${r.slug}`}>{r.name}</Link>
              </li>
            ))}
          </ul>
        </>
      )}

      <h2>{t("sources")}</h2>
      <ul>
        {entry.sources.map((s) => (
          <li key={s.key}>
            <SourceLink title={s.title} url={s.url} date={s.date && formatIsoDate(s.date, locale)} />
          </li>
        ))}
      </ul>
      <p>{t("asOf", { date: formatIsoDate(entry.asOf, locale) })}</p>
      <p>
        <Link href="/glossary">{te("back")}</Link>
      </p>
    </article>
  );
}
