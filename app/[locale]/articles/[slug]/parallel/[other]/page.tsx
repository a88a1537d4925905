import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { notFound } from "next/navigation";
import { ParallelTwins } from "@/components/article/parallel-twins";
import { QuietNames } from "@/components/article/quiet-names";
import { TermCards } from "@/components/glossary/term-cards";
import { TermPopovers } from "@/components/glossary/term-popovers";
import { Link } from "@/components/layout/link";
import { getPathname } from "@/i18n/paths";
import { routing } from "@/i18n/routing";
import { getArticle, listEditions } from "@/lib/db/articles";
import { directionOf } from "@/lib/locales";
import { parallelParams } from "@/lib/params";
import { segmentsHtml } from "@/lib/text/body-html";
import type { TermCard as Card } from "@/lib/types";

// Rendered once at build time from the database; never per request.
export const dynamic = "error";

export async function generateStaticParams() {
  const editions = await listEditions();
  return editions.flatMap(({ slug, locales }) =>
    routing.locales.flatMap((locale) => locales.filter((other) => other !== locale).map((other) => ({ locale, slug, other }))),
  );
}

export async function generateMetadata({ params }: PageProps<"/[locale]/articles/[slug]/parallel/[other]">): Promise<Metadata> {
  const parsed = parallelParams.safeParse(await params);
  if (!parsed.success) return {};
  const article = await getArticle(parsed.data.slug, parsed.data.locale);
  return article ? { title: article.title, robots: { index: false } } : {};
}

/** Two editions side by side, paragraph by paragraph (stacked on a phone), each in its own direction. */
export default async function ParallelPage({ params }: PageProps<"/[locale]/articles/[slug]/parallel/[other]">) {
  const parsed = parallelParams.safeParse(await params);
  if (!parsed.success) notFound();
  const { locale, slug, other } = parsed.data;
  setRequestLocale(locale);
  const [left, right] = await Promise.all([getArticle(slug, locale), getArticle(slug, locale, other)]);
  if (!left || !right || right.locale !== other || left.locale === other) notFound();
  const t = await getTranslations({ locale, namespace: "Parallel" });
  const languages = await getTranslations({ locale, namespace: "Languages" });
  const cards = new Map<string, Card>([...left.cards, ...right.cards].map((c) => [c.slug, c]));
  const rows = Math.max(left.blocks.length, right.blocks.length);
  const column = (edition: typeof left) =>
    `${languages(edition.locale)} · ${edition.locale === edition.originalLocale ? t("original") : t("translation")}`;
  const glossaryPath = getPathname({ locale, href: "/glossary" });
  return (
    <article className="parallel">
      <QuietNames slugs={[...cards.keys()]} />
      <header className="parallel__header">
        <h1 lang={left.locale} dir={directionOf(left.locale)}>
          {left.title}
        </h1>
        <p>
          <Link href={`/articles/${slug}`}>{t("back")}</Link>
        </p>
      </header>
      <div className="parallel__row parallel__columns" aria-hidden="true">
        <p className="parallel__column-name">{column(left)}</p>
        <p className="parallel__column-name">{column(right)}</p>
      </div>
      {Array.from({ length: rows }, (_, i) => (
        <div key={i} className="parallel__row">
          {[left, right].map((edition, side) => {
            const block = edition.blocks[i];
            if (!block) return <div key={side} />;
            const Tag = block.kind === "heading" ? "h2" : "p";
            return (
              <div key={side} className="parallel__cell" lang={edition.locale} dir={directionOf(edition.locale)} data-side={side}>
                {/* the page's own words inside the other language's cell: in the page's language and font */}
                <span className="parallel__lang" lang={locale} dir={directionOf(locale)}>
                  {languages(edition.locale)}:{" "}
                </span>
                <Tag id={side === 0 ? block.anchor : undefined} dangerouslySetInnerHTML={{ __html: segmentsHtml(block.segments, glossaryPath) }} />
              </div>
            );
          })}
        </div>
      ))}
      <TermCards cards={[...cards.values()]} locale={locale} />
      <TermPopovers />
      <ParallelTwins />
    </article>
  );
}
