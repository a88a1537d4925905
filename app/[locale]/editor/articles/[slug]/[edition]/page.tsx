import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { notFound } from "next/navigation";
import { z } from "zod";
import { EditionLinks } from "@/components/editor/edition-links";
import { EditorHeader } from "@/components/editor/editor-header";
import { EditorMessages } from "@/components/editor/editor-messages";
import { MissingNames } from "@/components/editor/missing-names";
import { TranslationEditor } from "@/components/editor/translation-editor";
import { termCardData } from "@/components/glossary/term-cards";
import { alignmentOf, getArticleRecord, missingNames, previewBlocks } from "@/lib/editor/articles";
import { editorOrSignIn } from "@/lib/editor/guard";
import { termSuggestions } from "@/lib/editor/terms";
import { originalOf } from "@/lib/import/article-document";
import { inlineMarkdown } from "@/lib/import/article-markdown";
import { locales } from "@/lib/locales";
import { articleParams } from "@/lib/params";

export const metadata: Metadata = { robots: { index: false } };

const editionParams = articleParams.extend({ edition: z.enum(locales) });

/** A translation, edited beside its original block by block, with its alignment, preview and missing names. */
export default async function TranslationPage({ params, searchParams }: PageProps<"/[locale]/editor/articles/[slug]/[edition]">) {
  const parsed = editionParams.safeParse(await params);
  if (!parsed.success) notFound();
  const { locale, slug, edition: editionLocale } = parsed.data;
  setRequestLocale(locale);
  const editor = await editorOrSignIn(locale);
  const record = await getArticleRecord(slug);
  if (!record || record.doc.original === editionLocale) notFound();
  const t = await getTranslations({ locale, namespace: "Editor" });
  const languages = await getTranslations({ locale, namespace: "Languages" });
  const original = originalOf(record.doc);
  const edition = record.doc.editions.find((e) => e.locale === editionLocale);
  const preview = edition ? await previewBlocks(editionLocale, locale, edition.blocks) : null;
  const done = (await searchParams).done;
  return (
    <div className="page page--full editor">
      <EditorHeader editor={editor} locale={locale} />
      <h1>{t("translationTitle", { language: languages(editionLocale) })}</h1>
      <p lang={original.locale}>{original.title}</p>
      <EditionLinks record={record} current={editionLocale} uiLocale={locale} />
      <EditorMessages locale={locale}>
        <TranslationEditor
          slug={slug}
          uiLocale={locale}
          locale={editionLocale}
          original={{ locale: original.locale, blocks: original.blocks }}
          initial={{
            title: edition?.title ?? "",
            authors: (edition?.authors ?? original.authors).join("; "),
            rows: edition?.blocks.map(inlineMarkdown) ?? [],
            version: record.versions[editionLocale] ?? 0,
            status: edition?.status ?? "draft",
          }}
          alignment={edition ? await alignmentOf(original, edition, locale) : []}
          preview={preview && { blocks: preview.blocks, ...(await termCardData(preview.cards, locale)) }}
          done={typeof done === "string" ? done : undefined}
        />
        {edition && <MissingNames names={await missingNames(record, editionLocale, termSuggestions)} locale={editionLocale} uiLocale={locale} />}
      </EditorMessages>
    </div>
  );
}
