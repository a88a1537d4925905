import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { getPathname } from "@/i18n/paths";
import { routing } from "@/i18n/routing";
import { directionOf } from "@/lib/locales";

export const metadata: Metadata = { title: "404" };

/**
 * 404 for addresses outside any locale (such as an unknown locale, /xx/...). The reader's locale is
 * unknown here and the page stays static, so it says so in every locale, each in its own direction.
 */
export default async function RootNotFound() {
  const messages = await Promise.all(
    routing.locales.map(async (locale) => ({ locale, t: await getTranslations({ locale, namespace: "NotFound" }) })),
  );
  return (
    <html lang={routing.defaultLocale} dir={directionOf(routing.defaultLocale)}>
      <body>
        <main id="content" className="page not-found">
          {messages.map(({ locale, t }, i) => (
            <section key={locale} lang={locale} dir={directionOf(locale)}>
              {i === 0 ? <h1>{t("title")}</h1> : <h2>{t("title")}</h2>}
              <p>{t("description")}</p>
              <p>
                <a href={getPathname({ locale, href: "/" })}>{t("home")}</a>
              </p>
            </section>
          ))}
        </main>
      </body>
    </html>
  );
}
