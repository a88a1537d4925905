import type { Metadata } from "next";
import { setRequestLocale } from "next-intl/server";
import { notFound } from "next/navigation";
import { TermEditPage } from "@/components/editor/term-page";
import { db } from "@/lib/db/client";
import { exportGlossary } from "@/lib/db/glossary";
import { editorOrSignIn } from "@/lib/editor/guard";
import { termParams } from "@/lib/params";

export const metadata: Metadata = { robots: { index: false } };

export default async function EditTermPage({ params }: PageProps<"/[locale]/editor/terms/[slug]">) {
  const parsed = termParams.safeParse(await params);
  if (!parsed.success) notFound();
  const { locale, slug } = parsed.data;
  setRequestLocale(locale);
  const editor = await editorOrSignIn(locale);
  const term = (await exportGlossary(db(), [slug])).terms[0];
  if (!term) notFound();
  return <TermEditPage editor={editor} locale={locale} term={term} />;
}
