import type { Metadata } from "next";
import { NextIntlClientProvider } from "next-intl";
import { getMessages, getTranslations, setRequestLocale } from "next-intl/server";
import { notFound } from "next/navigation";
import { GlossaryIndex } from "@/components/glossary/glossary-index";
import { listTerms } from "@/lib/db/terms";
import { GlossarySearch } from "@/components/glossary/glossary-search";
import { SearchResults } from "@/components/glossary/search-results";
import { getPathname } from "@/i18n/paths";
import { forgetDb, isUnavailable } from "@/lib/db/client";
import { searchTerms } from "@/lib/db/search";
import { termKinds } from "@/lib/import/glossary-schema";
import { localeParams, searchTextSchema } from "@/lib/params";

/**
 * The glossary with the results of a search, for the form without JavaScript:
 * /{locale}/glossary?q=... is rewritten here by proxy.ts.
 */
export async function generateMetadata({ params, searchParams }: PageProps<"/[locale]/search">): Promise<Metadata> {
  const parsed = localeParams.safeParse(await params);
  if (!parsed.success) return {};
  const t = await getTranslations({ locale: parsed.data.locale, namespace: "GlossarySearch" });
  const q = searchTextSchema.safeParse(firstValue((await searchParams).q));
  return { title: t("title", { query: q.success ? q.data : "" }), robots: { index: false } };
}

const firstValue = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value) ?? "";

export default async function SearchPage({ params, searchParams }: PageProps<"/[locale]/search">) {
  const parsed = localeParams.safeParse(await params);
  if (!parsed.success) notFound();
  const { locale } = parsed.data;
  setRequestLocale(locale);
  const q = searchTextSchema.safeParse(firstValue((await searchParams).q));
  const query = q.success ? q.data : "";
  const t = await getTranslations({ locale, namespace: "Navigation" });
  const ts = await getTranslations({ locale, namespace: "GlossarySearch" });
  const kindsT = await getTranslations({ locale, namespace: "Kinds" });
  const kinds = Object.fromEntries(termKinds.map((k) => [k, kindsT(k)])) as Record<(typeof termKinds)[number], string>;
  const { GlossarySearch: messages } = await getMessages({ locale });
  const glossaryPath = getPathname({ locale, href: "/glossary" });
  let results: Awaited<ReturnType<typeof searchTerms>> = [];
  let failed = false;
  try {
    results = query ? await searchTerms(query, locale, 50) : [];
  } catch (error) {
    if (!isUnavailable(error)) throw error;
    forgetDb();
    failed = true;
  }
  return (
    <div className="page">
      <h1>{t("glossary")}</h1>
      <NextIntlClientProvider messages={{ GlossarySearch: messages }}>
        <GlossarySearch locale={locale} glossaryPath={glossaryPath} kinds={kinds} initialQuery={query}>
          {query ? (
            <>
              <p className="search-status">{failed ? ts("error") : q.success ? ts("count", { count: results.length, query }) : null}</p>
              <SearchResults
                results={results}
                glossaryPath={glossaryPath}
                kinds={kinds}
                matched={(name) => ts.rich("matched", { name: () => name })}
            status={(status) => ts("status", { status })}
              />
            </>
          ) : (
            <GlossaryIndex locale={locale} terms={await listTerms(locale)} />
          )}
        </GlossarySearch>
      </NextIntlClientProvider>
    </div>
  );
}
