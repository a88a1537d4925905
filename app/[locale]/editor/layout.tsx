import { NextIntlClientProvider } from "next-intl";
import { setRequestLocale } from "next-intl/server";
import type { ReactNode } from "react";
import { routeLocale } from "@/i18n/route-locale";

/**
 * The editor's pages use next-intl on the client (its Link and router need the locale): they get
 * its provider here, with the route's locale (a layout renders beside its page, so it cannot rely
 * on the page's setRequestLocale). The public pages do without it, and without its JavaScript.
 */
export default async function EditorLayout({ children, params }: LayoutProps<"/[locale]/editor">) {
  const locale = await routeLocale(params);
  setRequestLocale(locale);
  return (
    <NextIntlClientProvider locale={locale} messages={null}>
      {children as ReactNode}
    </NextIntlClientProvider>
  );
}
