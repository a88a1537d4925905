import { getTranslations } from "next-intl/server";
import { Link } from "@/components/layout/link";
import type { TermListItem } from "@/lib/db/terms";
import { termKinds } from "@/lib/import/glossary-schema";
import { directionOf, type Locale } from "@/lib/locales";

/** Every term, grouped by kind and sorted the way the locale sorts (the page reads them). */
export async function GlossaryIndex({ locale, terms: all }: { locale: Locale; terms: TermListItem[] }) {
  const kinds = await getTranslations({ locale, namespace: "Kinds" });
  const collator = new Intl.Collator(locale);
  const terms = [...all].sort((a, b) => collator.compare(a.name, b.name));
  return termKinds
    .filter((kind) => terms.some((term) => term.kind === kind))
    .map((kind) => (
      <section key={kind} aria-labelledby={`kind-${kind}`}>
        <h2 id={`kind-${kind}`}>{kinds(kind)}</h2>
        <ul className="term-list">
          {terms
            .filter((term) => term.kind === kind)
            .map((term) => (
              <li key={term.slug} translate="no" lang={term.tag === locale ? undefined : term.tag} dir={term.tag === locale ? undefined : directionOf(term.tag)}>
                <Link href={`/glossary/${term.slug}`}>{term.name}</Link>
              </li>
            ))}
        </ul>
      </section>
    ));
}
