import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import { listTerms } from "@/lib/db/terms";
import { termKinds } from "@/lib/import/glossary-schema";
import { localeParams } from "@/lib/params";

export async function generateMetadata({ params }: PageProps<"/[locale]/glossary">): Promise<Metadata> {
  const { locale } = localeParams.parse(await params);
  const t = await getTranslations({ locale, namespace: "Navigation" });
  return { title: t("glossary") };
}

export default async function GlossaryPage({ params }: PageProps<"/[locale]/glossary">) {
  const { locale } = localeParams.parse(await params);
  setRequestLocale(locale);
  const t = await getTranslations({ locale, namespace: "Navigation" });
  const kinds = await getTranslations({ locale, namespace: "Kinds" });
  const collator = new Intl.Collator(locale);
  const terms = (await listTerms(locale)).sort((a, b) => collator.compare(a.name, b.name));
  return (
    <div className="page">
      <h1>{t("glossary")}</h1>
      {termKinds
        .filter((kind) => terms.some((term) => term.kind === kind))
        .map((kind) => (
          <section key={kind} aria-labelledby={`kind-${kind}`}>
            <h2 id={`kind-${kind}`}>{kinds(kind)}</h2>
            <ul className="term-list">
              {terms
                .filter((term) => term.kind === kind)
                .map((term) => (
                  <li key={term.slug} translate="no">
                    <Link href={`/glossary/${term.slug}`}>{term.name}</Link>
                  </li>
                ))}
            </ul>
          </section>
        ))}
    </div>
  );
}
