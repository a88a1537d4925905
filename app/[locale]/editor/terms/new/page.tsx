import type { Metadata } from "next";
import { setRequestLocale } from "next-intl/server";
import { TermEditPage } from "@/components/editor/term-page";
import { editorOrSignIn } from "@/lib/editor/guard";
import { localeParams } from "@/lib/params";

export const metadata: Metadata = { robots: { index: false } };

export default async function NewTermPage({ params }: PageProps<"/[locale]/editor/terms/new">) {
  const { locale } = localeParams.parse(await params);
  setRequestLocale(locale);
  const editor = await editorOrSignIn(locale);
  return <TermEditPage editor={editor} locale={locale} term={null} />;
}
