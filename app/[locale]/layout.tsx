import type { Metadata } from "next";
import { hasLocale, NextIntlClientProvider } from "next-intl";
import { getMessages, getTranslations, setRequestLocale } from "next-intl/server";
import { notFound } from "next/navigation";
import type { ReactNode } from "react";
import { Enhanced } from "@/components/layout/enhanced";
import { SiteHeader } from "@/components/layout/site-header";
import { feedLink } from "@/i18n/alternates";
import { routing } from "@/i18n/routing";
import { directionOf } from "@/lib/locales";
import { highlightBootScript } from "@/components/article/highlight-boot";
import { registerWorkerScript } from "@/components/layout/register-worker";
import { siteUrl } from "@/lib/env";
// Self-hosted fonts (from npm): Noto for Latin and Cyrillic with the Tajik letters, Vazirmatn for Persian.
// Each face lists its unicode-range, so a page loads only the files its text needs.
import "@fontsource/noto-serif/400.css";
import "@fontsource/noto-serif/700.css";
import "@fontsource/noto-sans/400.css";
import "@fontsource/noto-sans/700.css";
import "@fontsource/vazirmatn/400.css";
import "@fontsource/vazirmatn/700.css";

export const dynamicParams = false;

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
  return (
    <html lang={locale} dir={directionOf(locale)} suppressHydrationWarning>
      <head>
        <script dangerouslySetInnerHTML={{ __html: highlightBootScript }} />
      </head>
      <body>
        <a className="skip-link" href="#content">
          {t("skip")}
        </a>
        <NextIntlClientProvider locale={locale} messages={{ Error }}>
          <SiteHeader locale={locale} />
          <main id="content" tabIndex={-1}>
            {children as ReactNode}
          </main>
          <Enhanced />
        </NextIntlClientProvider>
        {process.env.NODE_ENV === "production" && <script dangerouslySetInnerHTML={{ __html: registerWorkerScript }} />}
      </body>
    </html>
  );
}
