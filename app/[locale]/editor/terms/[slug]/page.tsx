import type { Metadata } from "next";
import { setRequestLocale } from "next-intl/server";
import { notFound } from "next/navigation";
import { TermEditPage } from "@/components/editor/term-page";
import { editorOrSignIn } from "@/lib/editor/guard";
import { termRevisions } from "@/lib/editor/revisions";
import { listSourceKeys, termFile } from "@/lib/editor/terms";
import { termParams } from "@/lib/params";

export const metadata: Metadata = { robots: { index: false } };

export default async function EditTermPage({ params, searchParams }: PageProps<"/[locale]/editor/terms/[slug]">) {
  const parsed = termParams.safeParse(await params);
  if (!parsed.success) notFound();
  const { locale, slug } = parsed.data;
  setRequestLocale(locale);
  const editor = await editorOrSignIn(locale);
  const term = await termFile(slug);
  if (!term) notFound();
  const saved = (await searchParams).saved === "1";
  return <TermEditPage editor={editor} locale={locale} term={term} revisions={await termRevisions(slug)} sourceKeys={await listSourceKeys()} saved={saved} />;
}
