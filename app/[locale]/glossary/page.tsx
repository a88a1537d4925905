import type { Metadata } from "next";
import { routeLocale } from "@/i18n/route-locale";
import { NextIntlClientProvider } from "next-intl";
import { getMessages, getTranslations, setRequestLocale } from "next-intl/server";
import { GlossaryIndex } from "@/components/glossary/glossary-index";
import { listTerms } from "@/lib/db/terms";
import { GlossarySearch } from "@/components/glossary/glossary-search";
import { alternates } from "@/i18n/alternates";
import { getPathname } from "@/i18n/paths";
import { termKinds } from "@/lib/import/glossary-schema";

// Rendered once at build time; a search (?q=) is answered by /[locale]/search (see proxy.ts).
export const dynamic = "error";

export async function generateMetadata({ params }: PageProps<"/[locale]/glossary">): Promise<Metadata> {
  const locale = await routeLocale(params);
  const t = await getTranslations({ locale, namespace: "Navigation" });
  return { title: t("glossary"), alternates: await alternates(locale, "/glossary") };
}

export default async function GlossaryPage({ params }: PageProps<"/[locale]/glossary">) {
  const locale = await routeLocale(params);
  setRequestLocale(locale);
  const t = await getTranslations({ locale, namespace: "Navigation" });
  const kinds = await getTranslations({ locale, namespace: "Kinds" });
  const { GlossarySearch: messages } = await getMessages({ locale });
  return (
    <div className="page">
      <h1>{t("glossary")}</h1>
      <NextIntlClientProvider messages={{ GlossarySearch: messages }}>
        <GlossarySearch
          locale={locale}
          glossaryPath={getPathname({ locale, href: "/glossary" })}
          kinds={Object.fromEntries(termKinds.map((k) => [k, kinds(k)])) as Record<(typeof termKinds)[number], string>}
        >
          <GlossaryIndex locale={locale} terms={await listTerms(locale)} />
        </GlossarySearch>
      </NextIntlClientProvider>
    </div>
  );
}
