import { NextIntlClientProvider } from "next-intl";
import type { ReactNode } from "react";

/**
 * The editor's pages use next-intl on the client (its Link and router need the locale): they get
 * its provider here. The public pages do without it, and without its JavaScript.
 */
export default function EditorLayout({ children }: { children: ReactNode }) {
  return <NextIntlClientProvider messages={null}>{children}</NextIntlClientProvider>;
}
