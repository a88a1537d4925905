import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { notFound } from "next/navigation";
import { deleteArticleAction, revertArticleAction } from "@/app/[locale]/editor/articles/actions";
import { ArticleEditor } from "@/components/editor/article-editor";
import { DeleteArticleForm } from "@/components/editor/delete-article-form";
import { EditionLinks } from "@/components/editor/edition-links";
import { EditorHeader } from "@/components/editor/editor-header";
import { EditorMessages } from "@/components/editor/editor-messages";
import { MissingNames } from "@/components/editor/missing-names";
import { RevisionList } from "@/components/editor/revision-list";
import { termCardData } from "@/components/glossary/term-cards";
import { getArticleRecord, missingNames, previewBlocks } from "@/lib/editor/articles";
import { editorOrSignIn } from "@/lib/editor/guard";
import { articleRevisions } from "@/lib/editor/revisions";
import { termSuggestions } from "@/lib/editor/terms";
import { originalOf } from "@/lib/import/article-document";
import { toMarkdownBody } from "@/lib/import/article-markdown";
import { byLocale } from "@/lib/locales";
import { articleParams } from "@/lib/params";

export const metadata: Metadata = { robots: { index: false } };

/** An article's original edition: fields, text and live preview, its translations, the names the glossary lacks, revisions, deletion. */
export default async function EditArticlePage({ params, searchParams }: PageProps<"/[locale]/editor/articles/[slug]">) {
  const parsed = articleParams.safeParse(await params);
  if (!parsed.success) notFound();
  const { locale, slug } = parsed.data;
  setRequestLocale(locale);
  const editor = await editorOrSignIn(locale);
  const record = await getArticleRecord(slug);
  if (!record) notFound();
  const t = await getTranslations({ locale, namespace: "Editor" });
  const languages = await getTranslations({ locale, namespace: "Languages" });
  const original = originalOf(record.doc);
  const preview = await previewBlocks(original.locale, locale, original.blocks);
  const done = (await searchParams).done;
  return (
    <div className="page page--wide editor">
      <EditorHeader editor={editor} locale={locale} />
      <h1 lang={original.locale}>{original.title}</h1>
      <EditionLinks record={record} current={original.locale} uiLocale={locale} />
      <EditorMessages locale={locale}>
        <ArticleEditor
          mode="edit"
          uiLocale={locale}
          languages={byLocale(languages)}
          done={typeof done === "string" && ["created", "published", "imported", "restored"].includes(done) ? done : undefined}
          preview={{ blocks: preview.blocks, ...(await termCardData(preview.cards, locale)) }}
          initial={{
            slug,
            locale: original.locale,
            title: original.title,
            authors: original.authors.join("; "),
            publisher: record.doc.publisher,
            date: record.doc.date,
            sourceUrl: record.doc.sourceUrl ?? "",
            body: toMarkdownBody(original.blocks),
            version: record.versions[original.locale] ?? 0,
            status: original.status,
          }}
        />
        <MissingNames names={await missingNames(record, original.locale, termSuggestions)} locale={original.locale} uiLocale={locale} />
        <section aria-labelledby="revisions">
          <h2 id="revisions">{t("revisions")}</h2>
          <RevisionList
            action={revertArticleAction}
            locale={locale}
            labels={{ byCommand: t("byCommand") }}
            rows={(await articleRevisions(slug)).map((r) => ({
              id: r.id,
              at: r.at,
              action: t(`action_${r.action}`),
              editor: r.editor,
              changed: r.changed,
              href: `/editor/articles/${slug}/revisions/${r.id}`,
              revertible: true,
            }))}
          />
        </section>
        <DeleteArticleForm slug={slug} uiLocale={locale} action={deleteArticleAction} />
      </EditorMessages>
    </div>
  );
}
