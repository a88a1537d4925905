import { getTranslations } from "next-intl/server";
import { Link } from "@/components/layout/link";
import { formatBytes } from "@/lib/format/bytes";
import type { Locale } from "@/lib/locales";
import type { OfflineEdition } from "@/lib/offline-edition/build";

/** The offline edition's download link, its size and its SHA-256 (to check a copy passed on by hand). */
export async function OfflineEditionLink({ slug, locale, edition }: { slug: string; locale: Locale; edition: OfflineEdition }) {
  const t = await getTranslations({ locale, namespace: "Offline" });
  return (
    <>
      <p>
        <Link href={`/articles/${slug}/offline`} download={edition.filename} type="text/html">
          {t("editionDownload", { size: formatBytes(edition.bytes, locale) })}
        </Link>
        . {t("editionHint")}
      </p>
      <p>
        {t("editionHash")}: <code className="sha256" translate="no">{edition.sha256}</code>
        <br />
        <span className="hint">{t("editionHashHint")}</span>
      </p>
    </>
  );
}

/** Under an article: save it for offline reading (the service worker does it), or download the offline edition. */
export async function OfflineReading({ slug, locale, edition }: { slug: string; locale: Locale; edition: OfflineEdition }) {
  const t = await getTranslations({ locale, namespace: "Offline" });
  return (
    <section className="offline-reading" aria-label={t("section")}>
      <p>
        <Link href={`/articles/${slug}/save`} rel="nofollow">
          {t("saveLink")}
        </Link>
        . {t("saveHint")}
      </p>
      <OfflineEditionLink slug={slug} locale={locale} edition={edition} />
    </section>
  );
}
