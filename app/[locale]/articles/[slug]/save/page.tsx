import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { notFound } from "next/navigation";
import { OfflineEditionLink } from "@/components/article/offline-reading";
import { Link } from "@/components/layout/link";
import { routing } from "@/i18n/routing";
import { listArticleSlugs } from "@/lib/db/articles";
import { buildOfflineEdition } from "@/lib/offline-edition/build";
import { articleParams } from "@/lib/params";

// Rendered once at build time. Where the service worker runs, it answers this address itself
// (app/sw.ts) and saves the article; this page is what a browser without it gets.
export const dynamic = "error";

export async function generateStaticParams() {
  const slugs = await listArticleSlugs();
  return routing.locales.flatMap((locale) => slugs.map((slug) => ({ locale, slug })));
}

export async function generateMetadata({ params }: PageProps<"/[locale]/articles/[slug]/save">): Promise<Metadata> {
  const parsed = articleParams.safeParse(await params);
  if (!parsed.success) return {};
  const t = await getTranslations({ locale: parsed.data.locale, namespace: "OfflineWorker" });
  return { title: t("savingTitle"), robots: { index: false } };
}

export default async function SaveFallbackPage({ params }: PageProps<"/[locale]/articles/[slug]/save">) {
  const parsed = articleParams.safeParse(await params);
  if (!parsed.success) notFound();
  const { locale, slug } = parsed.data;
  setRequestLocale(locale);
  const edition = await buildOfflineEdition(slug, locale);
  if (!edition) notFound();
  const t = await getTranslations({ locale, namespace: "Offline" });
  const tw = await getTranslations({ locale, namespace: "OfflineWorker" });
  return (
    <div className="page">
      <h1>{tw("savingTitle")}</h1>
      <p>{t("unsupported")}</p>
      <OfflineEditionLink slug={slug} locale={locale} edition={edition} />
      <p>
        <Link href={`/articles/${slug}`}>{tw("back")}</Link>
      </p>
    </div>
  );
}
