import { NextIntlClientProvider } from "next-intl";
import { getMessages } from "next-intl/server";
import type { ReactNode } from "react";
import type { Locale } from "@/lib/locales";

/** Gives the editor's client components their messages (and only theirs). */
export async function EditorMessages({ locale, children }: { locale: Locale; children: ReactNode }) {
  const { Editor } = await getMessages({ locale });
  return <NextIntlClientProvider messages={{ Editor }}>{children}</NextIntlClientProvider>;
}
