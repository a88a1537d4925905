import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { notFound } from "next/navigation";
import { EditorHeader } from "@/components/editor/editor-header";
import { Link } from "@/i18n/navigation";
import { editorOrSignIn } from "@/lib/editor/guard";
import { articleRevision } from "@/lib/editor/revisions";
import { toMarkdownBody } from "@/lib/import/article-markdown";
import type { ArticleDocument } from "@/lib/import/article-document";
import { directionOf } from "@/lib/locales";
import { articleParams } from "@/lib/params";

export const metadata: Metadata = { robots: { index: false } };

/** An article as the file format writes it: front matter, then the text. */
const asText = (doc: ArticleDocument | null, locale: string) => {
  const edition = doc?.editions.find((e) => e.locale === locale);
  if (!doc || !edition) return "—";
  const head = [`title: ${edition.title}`, `authors: ${edition.authors.join("; ")}`, `status: ${edition.status}`];
  if (locale === doc.original) head.push(`publisher: ${doc.publisher}`, `date: ${doc.date}`, `source: ${doc.sourceUrl ?? ""}`);
  return `${head.join("\n")}\n\n${toMarkdownBody(edition.blocks)}`;
};

/** One article revision: who, when, what changed, and each changed edition before and after. */
export default async function ArticleRevisionPage({ params }: PageProps<"/[locale]/editor/articles/[slug]/revisions/[id]">) {
  const raw = await params;
  const parsed = articleParams.safeParse(raw);
  const id = Number(raw.id);
  if (!parsed.success || !Number.isSafeInteger(id)) notFound();
  const { locale, slug } = parsed.data;
  setRequestLocale(locale);
  const editor = await editorOrSignIn(locale);
  const revision = await articleRevision(id);
  if (!revision || revision.articleSlug !== slug) notFound();
  const t = await getTranslations({ locale, namespace: "Editor" });
  const languages = await getTranslations({ locale, namespace: "Languages" });
  const touched = [...new Set([...(revision.before?.editions ?? []), ...(revision.after?.editions ?? [])].map((e) => e.locale))].filter(
    (l) => asText(revision.before, l) !== asText(revision.after, l),
  );
  return (
    <div className="page page--wide editor">
      <EditorHeader editor={editor} locale={locale} />
      <h1>{t("revision", { id })}</h1>
      <p>
        {t(`action_${revision.action}`)} {revision.editor ? t("by", { name: revision.editor }) : t("byCommand")} · {revision.at} ·{" "}
        {t("changedFields", { fields: revision.changed.join(", ") })}
      </p>
      <p>
        <Link href={`/editor/articles/${slug}`}>{t("backToArticle")}</Link>
      </p>
      {touched.map((l) => (
        <section key={l} aria-labelledby={`rev-${l}`}>
          <h2 id={`rev-${l}`}>{languages(l)}</h2>
          <div className="revision-diff">
            <section aria-labelledby={`rev-${l}-before`}>
              <h3 id={`rev-${l}-before`}>{t("before")}</h3>
              <pre lang={l} dir={directionOf(l)}>
                {asText(revision.before, l)}
              </pre>
            </section>
            <section aria-labelledby={`rev-${l}-after`}>
              <h3 id={`rev-${l}-after`}>{t("after")}</h3>
              <pre lang={l} dir={directionOf(l)}>
                {asText(revision.after, l)}
              </pre>
            </section>
          </div>
        </section>
      ))}
    </div>
  );
}
