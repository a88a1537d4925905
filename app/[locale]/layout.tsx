import type { Metadata } from "next";
import { hasLocale } from "next-intl";
import { getMessages, getTranslations, setRequestLocale } from "next-intl/server";
import { notFound } from "next/navigation";
import type { ReactNode } from "react";
import { preload } from "react-dom";
import { Enhanced } from "@/components/layout/enhanced";
import { ErrorMessagesProvider } from "@/components/layout/error-messages";
import { SiteHeader } from "@/components/layout/site-header";
import { feedLink } from "@/i18n/alternates";
import { routing } from "@/i18n/routing";
import { directionOf } from "@/lib/locales";
import { highlightBootScript } from "@/components/article/highlight-boot";
import { registerWorkerScript } from "@/components/layout/register-worker";
import { siteUrl } from "@/lib/env";
import { fontPreloads } from "@/lib/fonts/preload";

// Locales are all built at build time; any other first segment is a 404 (notFound below). Params
// are not closed here: an article or term published after the build renders on its first visit.

export function generateStaticParams() {
  return routing.locales.map((locale) => ({ locale }));
}

export async function generateMetadata({ params }: LayoutProps<"/[locale]">): Promise<Metadata> {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) return {};
  const t = await getTranslations({ locale, namespace: "Metadata" });
  return {
    metadataBase: new URL(siteUrl()),
    title: { default: t("title"), template: `%s · ${t("title")}` },
    description: t("description"),
    alternates: { types: await feedLink(locale) },
  };
}

export default async function LocaleLayout({ children, params }: LayoutProps<"/[locale]">) {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) notFound();
  setRequestLocale(locale);
  const t = await getTranslations({ locale, namespace: "Navigation" });
  // client components take plain props; only the error boundary reads messages on the client
  const { Error } = await getMessages({ locale });
  // the reading font of this locale's script, wanted above the fold: fetched with the stylesheet
  for (const href of fontPreloads(locale)) preload(href, { as: "font", type: "font/woff2", crossOrigin: "anonymous" });
  return (
    <html lang={locale} dir={directionOf(locale)} suppressHydrationWarning>
      <head>
        <script dangerouslySetInnerHTML={{ __html: highlightBootScript }} />
      </head>
      <body>
        <a className="skip-link" href="#content">
          {t("skip")}
        </a>
        <ErrorMessagesProvider messages={Error}>
          <SiteHeader locale={locale} />
          <main id="content" tabIndex={-1}>
            {children as ReactNode}
          </main>
          <Enhanced />
        </ErrorMessagesProvider>
        {process.env.NODE_ENV === "production" && <script dangerouslySetInnerHTML={{ __html: registerWorkerScript }} />}
      </body>
    </html>
  );
}
