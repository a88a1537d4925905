import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { notFound } from "next/navigation";
import { JsonLd } from "@/components/layout/json-ld";
import { alternates } from "@/i18n/alternates";
import { getPathname } from "@/i18n/paths";
import { SourceLink } from "@/components/glossary/source-link";
import { LocatorFigure } from "@/components/map/locator-figure";
import { getLocators } from "@/lib/places/locators";
import { TermNames } from "@/components/glossary/term-names";
import { Link } from "@/components/layout/link";
import { routing } from "@/i18n/routing";
import { getTermEntry, listTermSlugs } from "@/lib/db/terms";
import { formatIsoDate } from "@/lib/format/date";
import { siteUrl } from "@/lib/env";
import { EntryNames, type EntryNameLabels } from "@/components/glossary/entry-names";
import { languageLabel, languageLabels } from "@/lib/format/language";
import { directionOf, localeOfTag, type Locale } from "@/lib/locales";
import { termParams } from "@/lib/params";
import { shareMetadata } from "@/lib/share/metadata";
import { definedTerm } from "@/lib/structured-data";
import type { TermEntry } from "@/lib/types";

// Rendered once at build time from the database; never per request.
export const dynamic = "error";
// a term added after the build (by an import or the editor) is rendered on its first request, then kept
export const dynamicParams = true;

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
  const tbx = await getTranslations({ locale, namespace: "Tbx" });
  const kinds = await getTranslations({ locale, namespace: "Kinds" });
  const languages = await getTranslations({ locale, namespace: "Languages" });
  const language = (tag: string) => languageLabel(tag, locale, languages);
  const others = entry.definitions.filter((d) => d.tag !== entry.definition?.tag);
  const shown = new Set(entry.names.map((n) => `${n.tag} ${n.text}`));
  const variants = entry.entryNames.filter((n) => localeOfTag(n.tag) && !shown.has(`${n.tag} ${n.text}`));
  const otherLanguages = [...new Set(entry.entryNames.filter((n) => !localeOfTag(n.tag)).map((n) => n.tag))].map((tag) => [tag, entry.entryNames.filter((n) => n.tag === tag)] as const);
  const nameLabels: EntryNameLabels = {
    statuses: { deprecated: t("deprecated"), superseded: t("superseded") },
    value: (v) => (tbx.has(v as "noun") ? tbx(v as "noun") : v),
    region: (region) => te("region", { region }),
    source: (source) => te("nameSource", { source }),
    usage: te("usage"),
    context: te("context"),
    notes: te("notes"),
  };
  const tm = await getTranslations({ locale, namespace: "Map" });
  const locator = (await getLocators(locale)).entry(slug);
  return (
    <article className="page entry">
      <JsonLd data={await structuredData(entry, locale)} />
      <p className="entry__kind">
        {kinds(entry.kind)}
        {entry.subject && ` · ${te("subject", { subject: entry.subject })}`}
      </p>
      <h1 translate="no" lang={entry.nameTag} dir={directionOf(entry.nameTag)}>
        {entry.name}
      </h1>
      {entry.nameFallback && <p className="notice">{t("nameFallback", { language: languages(locale), shown: language(entry.nameTag) })}</p>}
      {entry.definition ? (
        <p className="lede" lang={entry.definition.tag} dir={directionOf(entry.definition.tag)}>
          {entry.definition.text}
        </p>
      ) : (
        <p>{t("noDefinition")}</p>
      )}
      {entry.definition?.fallback && <p className="notice">{t("fallback", { language: languages(locale), shown: language(entry.definition.tag) })}</p>}
      {others.length > 0 && (
        <details className="entry__other-definitions">
          <summary>{te("otherDefinitions")}</summary>
          <dl>
            {others.map((d) => (
              <div key={d.tag}>
                <dt>{language(d.tag)}</dt>
                <dd lang={d.tag} dir={directionOf(d.tag)}>
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
        languages={languageLabels(entry.names.map((n) => n.tag), locale, languages)}
        translitLabel={t("transliteration")}
        statusLabels={nameLabels.statuses}
        className="entry__names"
      />
      {variants.length > 0 && (
        <>
          <h3>{te("variants")}</h3>
          <EntryNames names={variants} labels={nameLabels} className="entry__variants" />
        </>
      )}
      {otherLanguages.length > 0 && (
        <section aria-labelledby="other-languages">
          <h2 id="other-languages">{te("otherLanguages")}</h2>
          <dl className="entry__other-languages">
            {otherLanguages.map(([tag, names]) => (
              <div key={tag}>
                <dt>{language(tag)}</dt>
                <dd>
                  <EntryNames names={names} labels={nameLabels} className="entry__variants" />
                </dd>
              </div>
            ))}
          </dl>
        </section>
      )}
      {entry.notes.length > 0 && (
        <>
          <h2>{te("notes")}</h2>
          <ul className="entry__notes">
            {entry.notes.map((n, i) => (
              <li key={i} lang={n.tag ?? undefined}>
                {n.tag && `${language(n.tag)}: `}
                {n.text}
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
      {entry.asOf && <p>{t("asOf", { date: formatIsoDate(entry.asOf, locale) })}</p>}
      <p>
        <Link href="/glossary">{te("back")}</Link>
      </p>
    </article>
  );
}
