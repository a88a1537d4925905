import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { cookies, headers } from "next/headers";
import { directionOf, isLocale, negotiateLocale } from "@/lib/locales";
import { getPathname } from "@/i18n/navigation";

export const metadata: Metadata = { title: "404" };

/** 404 for addresses outside any locale (an unknown locale such as /xx/...): in the reader's language. */
export default async function RootNotFound() {
  const cookie = (await cookies()).get("NEXT_LOCALE")?.value;
  const locale = isLocale(cookie) ? cookie : negotiateLocale((await headers()).get("accept-language"));
  const t = await getTranslations({ locale, namespace: "NotFound" });
  return (
    <html lang={locale} dir={directionOf(locale)}>
      <body>
        <main id="content" className="page not-found">
          <h1>{t("title")}</h1>
          <p>{t("description")}</p>
          <p>
            <a href={getPathname({ locale, href: "/" })}>{t("home")}</a>
          </p>
        </main>
      </body>
    </html>
  );
}
